/**
 * logistic/phase-transition
 *
 * Statement. ‖x_i‖ ≤ 1, margin γ along a unit θ*, logistic loss, GD with constant η from θ₀ = 0.
 * Let τ̂ be the first s with ηL(θ_s) ≤ ½ and L(θ_s) ≤ ln2/n, and t* the first t with q = γ²ηt ≥ 1
 * and (η + 2 ln q + √2)/(ηγ²t) ≤ min(ln2/(2n), 1/(4η)). Then τ̂ ≤ t* = O(max(n, η)/γ²) up to logs.
 *
 * Source: Wu, Bartlett, Telgarsky, Yu, COLT 2024, arXiv 2402.15926 (the unstable phase ends
 * within O(η) steps, γ and n hidden) [paper]; t* and the proof [derived] (THEOREMS.md,
 * src/logistic/phases.ts): by logistic/iterate-norm some k < t* has G(θ_k) below the target, and
 * there L ≤ 2G meets both conditions.
 *
 * Hypotheses → generators. t* depends only on (n, γ₀, η), so instances are filtered on
 * t* ≤ 2·10⁴ before any data are drawn; the run then has exactly t* steps. η ∈ [0.1, 10⁴] is drawn
 * but the filter keeps η ≲ γ₀²·5000 (t* ≈ 4η/γ² for large η).
 *
 * Tolerance: none — τ̂ and t* are integers.
 *
 * Reported: t*·γ²/max(n, η), the constant of the O(·) on this instance.
 */
import * as fc from 'fast-check';
import { separableInstance } from '../../src/generators/separable.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { upperBound } from '../../src/harness/verdict.ts';
import { firstStableStep, transitionBound } from '../../src/logistic/phases.ts';
import { EXACT } from '../../src/numeric/tolerance.ts';
import type { GdInstance } from './shared.ts';
import { COLT_2024, describeGd, logUniformFromMin, runGd } from './shared.ts';

const STEP_LIMIT = 20000;

const tStarOf = (i: { data: { n: number; gamma0: number }; stepSize: number }) =>
  transitionBound(i.data.n, i.data.gamma0, i.stepSize, STEP_LIMIT);

const arbitrary: fc.Arbitrary<GdInstance> = fc
  .record({ data: separableInstance(), stepSize: logUniformFromMin(0.1, 1e4) })
  .filter((i) => tStarOf(i) <= STEP_LIMIT)
  .map((i) => ({ ...i, numSteps: tStarOf(i) }));

function checkTransition(instance: GdInstance): Verdict {
  const tStar = tStarOf(instance);
  const { run, eta, gamma } = runGd({ ...instance, numSteps: tStar });
  const tau = firstStableStep(run.logLosses, eta, instance.data.n);
  const tauOrBeyond = tau < 0 ? tStar + 1 : tau;
  return upperBound({
    relation: 'τ̂ ≤ t*',
    lhs: tauOrBeyond,
    rhs: tStar,
    tolerance: EXACT,
    details: {
      τ̂: tau < 0 ? `not reached by t* = ${tStar}` : tau,
      't*': tStar,
      't*·γ²/max(n, η)': (tStar * gamma * gamma) / Math.max(instance.data.n, eta),
    },
  });
}

export const phaseTransition = defineTheorem<GdInstance>({
  theoremId: 'logistic/phase-transition',
  family: 'logistic',
  title: 'The unstable phase ends by an explicit t* = O(max(n, η)/γ²)',
  mark: 'derived',
  source: { ...COLT_2024, locator: 'phase transition; explicit t* derived in THEOREMS.md' },
  statement:
    'τ̂ (first s with ηL(θ_s) ≤ ½, L(θ_s) ≤ ln2/n) ≤ t* (explicit, O(max(n, η)/γ²) up to logs)',
  fullStatement:
    'With τ̂ the first s such that ηL(θ_s) ≤ ½ and L(θ_s) ≤ ln2/n, and t* the first t with q = ' +
    'γ²ηt ≥ 1 and ' +
    '(η + 2 ln q + √2)/(ηγ²t) ≤ min(ln2/(2n), 1/(4η)): τ̂ ≤ t*.',
  constants: [
    {
      name: 'ln2/(2n), 1/(4η)',
      value: 'exact',
      provenance: 'derived',
      why: 'G below both forces L ≤ 2G ≤ ln2/n and ηL ≤ ½',
    },
  ],
  hypotheses: 'O2 data, η log-uniform in [0.1, 10⁴], kept when t* ≤ 2·10⁴; the run has t* steps.',
  gaps: ['η ≳ γ₀²·5000 (t* beyond 2·10⁴ steps) is filtered out.'],
  expected: { status: 'holds' },
  arbitrary,
  check: checkTransition,
  describe: describeGd,
  numRuns: 15,
  controls: [],
});
