/**
 * logistic/stable-phase-monotone
 *
 * Statement. ‖x_i‖ ≤ 1, any data, logistic loss, GD with constant η. If ηL(θ_s) ≤ ½ for some s,
 * then L(θ_{k+1}) ≤ L(θ_k) for every k ≥ s.
 *
 * Source: Wu, Bartlett, Telgarsky, Yu, COLT 2024, arXiv 2402.15926 (stable phase) [paper];
 * constants [derived] (THEOREMS.md): a step moves θ by η‖∇L‖ ≤ ηG ≤ ηL ≤ ½, so every margin moves
 * by ≤ ½; on the segment ‖∇²L‖ ≤ e^(1/2)G(θ_k) (ℓ'' ≤ |ℓ'|, |ℓ'(m − δ)| ≤ e^δ|ℓ'(m)|); the descent
 * lemma then gives L(θ_{k+1}) ≤ L(θ_k) − cη‖∇L(θ_k)‖², c = 1 − √e/4 > 0, and induction.
 *
 * Hypotheses → generators. O2 data (separability is not needed, but it is what makes the
 * hypothesis reachable), η ∈ [0.1, 10⁴], up to 2·10⁴ steps; s is the first step with ηL ≤ ½
 * (later s give a subset of the same checks). Runs that never reach it hold vacuously; the
 * regime 'stable-phase-reached' makes sure most do not.
 *
 * Tolerance. Late in a run the true decrease cη‖∇L‖² is far below rounding; ln L at θ_k is off by
 * at most logLossRounding(d, ‖θ_k‖) (see shared.ts), so an increase of ln L up to the sum of the
 * two roundings is not an increase.
 *
 * Negative control: "the loss is monotone for every η", refuted by large-η runs.
 */
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { countAtLeast } from '../../src/harness/verdict.ts';
import type { GdInstance } from './shared.ts';
import {
  COLT_2024,
  describeGd,
  gdInstance,
  logLossRounding,
  runGd,
  WorstComparison,
} from './shared.ts';

/** first s with ηL(θ_s) ≤ ½, or −1 */
export function firstSmallLossStep(logLosses: ArrayLike<number>, eta: number): number {
  const threshold = Math.log(0.5 / eta);
  for (let s = 0; s < logLosses.length; s++) if (logLosses[s] <= threshold) return s;
  return -1;
}

function checkMonotoneAfter(instance: GdInstance): Verdict {
  const { run, eta } = runGd(instance);
  const d = instance.data.d;
  const s = firstSmallLossStep(run.logLosses, eta);
  const worst = new WorstComparison();
  if (s >= 0) {
    for (let k = s; k < instance.numSteps; k++) {
      const slack =
        logLossRounding(d, run.thetaNorms[k]) + logLossRounding(d, run.thetaNorms[k + 1]);
      worst.consider(run.logLosses[k + 1], run.logLosses[k], slack, () => ({
        s,
        k,
        'ηL(θ_s)': eta * Math.exp(run.logLosses[s]),
      }));
    }
  }
  return worst.verdict('L(θ_{k+1}) ≤ L(θ_k) for every k ≥ s, s = first step with ηL(θ_s) ≤ ½');
}

function checkMonotoneEverywhere(instance: GdInstance): Verdict {
  const { run } = runGd(instance);
  const d = instance.data.d;
  let increases = 0;
  let first = -1;
  for (let k = 0; k < instance.numSteps; k++) {
    const slack = logLossRounding(d, run.thetaNorms[k]) + logLossRounding(d, run.thetaNorms[k + 1]);
    if (run.logLosses[k + 1] > run.logLosses[k] + slack) {
      increases++;
      if (first < 0) first = k;
    }
  }
  return countAtLeast(
    'L(θ_{k+1}) ≤ L(θ_k) for every k (number of increases must be 0)',
    0,
    increases,
    {
      increases,
      firstIncreaseAt: first,
      'ln L(θ_0)': run.logLosses[0],
      'ln L(θ_T)': run.logLosses[instance.numSteps],
    },
  );
}

export const stablePhaseMonotone = defineTheorem<GdInstance>({
  theoremId: 'logistic/stable-phase-monotone',
  family: 'logistic',
  title: 'Once ηL ≤ ½ the loss never rises again',
  mark: 'derived',
  source: { ...COLT_2024, locator: 'stable phase; constants derived in THEOREMS.md' },
  statement: '‖x‖ ≤ 1, ηL(θ_s) ≤ ½ ⇒ L(θ_{k+1}) ≤ L(θ_k) for all k ≥ s',
  fullStatement:
    'If ‖x_i‖ ≤ 1 and GD on the logistic risk with constant η reaches ηL(θ_s) ≤ ½, then L(θ_k) ' +
    'is non-increasing for k ≥ s.',
  constants: [
    {
      name: '½',
      value: 'exact',
      provenance: 'derived',
      why: 'margins move ≤ ½ per step, so curvature ≤ e^(1/2)G and c = 1 − √e/4 > 0',
    },
  ],
  hypotheses:
    'O2 data, η log-uniform in [0.1, 10⁴], up to 2·10⁴ steps; s = first step with ηL(θ_s) ≤ ½.',
  gaps: ['Non-separable data (the hypothesis ηL ≤ ½ is then rarely reached).'],
  expected: { status: 'holds' },
  arbitrary: gdInstance(),
  check: checkMonotoneAfter,
  describe: describeGd,
  numRuns: 15,
  regimes: [
    {
      id: 'stable-phase-reached',
      description: 'the run reaches ηL(θ_s) ≤ ½ before its last step',
      minShare: 0.3,
      contains: (_instance, verdict) => typeof verdict.details.vacuous !== 'string',
    },
  ],
  controls: [
    {
      id: 'monotone-for-every-eta',
      statement: 'the loss is monotone for every η (no rise at any step)',
      arbitrary: gdInstance({ maxSteps: 2000 }),
      check: checkMonotoneEverywhere,
      describe: describeGd,
      numRuns: 25,
    },
  ],
});
