/**
 * logistic/stable-phase-rate
 *
 * Statement. ‖x_i‖ ≤ 1, margin γ along a unit θ*, logistic loss, GD with constant η. If
 * ηL(θ_s) ≤ ½ and L(θ_s) ≤ ln2/n, then for every t > s
 *   L(θ_t) ≤ (1/L(θ_s) + cγ²η(t − s)/4)⁻¹,   c = 1 − √e/4.
 *
 * Source: Wu, Bartlett, Telgarsky, Yu, COLT 2024, arXiv 2402.15926 (stable phase, Õ(1/(ηt)))
 * [paper]; constants [derived] (THEOREMS.md): the stable-phase descent L_{k+1} ≤ L_k − cη‖∇L‖²,
 * ‖∇L‖ ≥ γG, and L ≤ 2G once every margin is positive (L ≤ ln2/n forces that), so
 * L_{k+1} ≤ L_k − (cγ²η/4)L_k², whence 1/L_{k+1} ≥ 1/L_k + cγ²η/4.
 *
 * Hypotheses → generators. O2 data, η ∈ [0.1, 10⁴], up to 2·10⁴ steps. s runs over τ̂ (the
 * first step meeting both conditions) and three later steps at ¼, ½, ¾ of the remaining run;
 * every t > s is checked. The bound is evaluated as −ln(e^(−ln L_s) + cγ²η(t − s)/4) by logAddExp,
 * so 1/L(θ_s) = e^(1000) is no obstacle.
 *
 * Tolerance. ln L(θ_t) and ln L(θ_s) each carry logLossRounding (shared.ts); their sum is the slack.
 *
 * Not covered: s before τ̂ (the hypothesis fails there).
 */
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { firstStableStep, STABLE_PHASE_C } from '../../src/logistic/phases.ts';
import { logAddExp } from '../../src/numeric/logspace.ts';
import type { GdInstance } from './shared.ts';
import {
  COLT_2024,
  describeGd,
  gdInstance,
  logLossRounding,
  runGd,
  WorstComparison,
} from './shared.ts';

function checkRate(instance: GdInstance): Verdict {
  const { run, eta, gamma } = runGd(instance);
  const { n, d } = instance.data;
  const T = instance.numSteps;
  const tau = firstStableStep(run.logLosses, eta, n);
  const worst = new WorstComparison();
  if (tau >= 0 && tau < T) {
    const starts = [
      ...new Set([tau, ...[1, 2, 3].map((k) => tau + Math.floor(((T - tau) * k) / 4))]),
    ].filter((s) => s < T);
    const a = (STABLE_PHASE_C * gamma * gamma * eta) / 4;
    for (const s of starts) {
      for (let t = s + 1; t <= T; t++) {
        const logBound = -logAddExp(-run.logLosses[s], Math.log(a * (t - s)));
        const slack = logLossRounding(d, run.thetaNorms[s]) + logLossRounding(d, run.thetaNorms[t]);
        worst.consider(run.logLosses[t], logBound, slack, () => ({
          τ̂: tau,
          s,
          t,
          'ln L(θ_s)': run.logLosses[s],
        }));
      }
    }
  }
  return worst.verdict('L(θ_t) ≤ (1/L(θ_s) + cγ²η(t − s)/4)⁻¹ for t > s ≥ τ̂');
}

export const stablePhaseRate = defineTheorem<GdInstance>({
  theoremId: 'logistic/stable-phase-rate',
  family: 'logistic',
  title: 'Stable-phase rate 1/(1/L(θ_s) + cγ²η(t − s)/4)',
  mark: 'derived',
  source: { ...COLT_2024, locator: 'stable phase; constants derived in THEOREMS.md' },
  statement: 'ηL(θ_s) ≤ ½, L(θ_s) ≤ ln2/n ⇒ L(θ_t) ≤ (1/L(θ_s) + cγ²η(t − s)/4)⁻¹ for all t > s',
  fullStatement:
    'If ‖x_i‖ ≤ 1, the data have margin γ, and GD with constant η reaches ηL(θ_s) ≤ ½ and ' +
    'L(θ_s) ≤ ln2/n, then ' +
    'L(θ_t) ≤ (1/L(θ_s) + cγ²η(t − s)/4)⁻¹ for all t > s, with c = 1 − √e/4.',
  constants: [
    {
      name: 'c = 1 − √e/4',
      value: String(STABLE_PHASE_C),
      provenance: 'derived',
      why: 'descent factor with margins moving ≤ ½',
    },
    { name: '¼', value: 'exact', provenance: 'derived', why: '‖∇L‖² ≥ γ²G² ≥ γ²L²/4' },
  ],
  hypotheses:
    'O2 data, η ∈ [0.1, 10⁴], up to 2·10⁴ steps; s ∈ {τ̂, and 3 later steps}, every t > s.',
  gaps: ['Only four starting steps s per run (the bound for later s is checked on a sample).'],
  expected: { status: 'holds' },
  arbitrary: gdInstance(),
  check: checkRate,
  describe: describeGd,
  numRuns: 25,
  regimes: [
    {
      id: 'stable-phase-reached',
      description: 'τ̂ exists before the last step',
      minShare: 0.15,
      contains: (_instance, verdict) => typeof verdict.details.vacuous !== 'string',
    },
  ],
  controls: [],
});
