/**
 * logistic/eos-average-loss
 *
 * Statement. Let ‖x_i‖ ≤ 1 and let some unit θ* have y_i x_iᵀθ* ≥ γ > 0 for all i. Run GD on the
 * logistic risk from θ₀ = 0 with any constant η > 0. Then for every t with q := γ²ηt ≥ 1,
 *   (1/t) Σ_{k<t} L(θ_k) ≤ [1 + ½(ln q + η/2)²] / q.
 *
 * Source: Wu, Bartlett, Telgarsky, Yu, "Large stepsize gradient descent for logistic loss:
 * non-monotonicity of the loss improves optimization efficiency", COLT 2024, arXiv 2402.15926
 * (the unstable-phase bound, Õ((1 + η²)/(ηt))) [paper]; the explicit constants are [derived]
 * (THEOREMS.md): compare with u = (ln q/γ + η/(2γ))θ*; the η/(2γ) part of u absorbs η²‖∇L‖² since
 * ‖∇L‖² ≤ G² ≤ G ≤ −⟨∇L, θ*⟩/γ; telescope and use L((ln q/γ)θ*) ≤ ln(1 + 1/q) ≤ 1/q.
 *
 * Hypotheses → generators. Data from O2 (certified γ₀ ≤ true margin; the bound falls in γ, so γ₀
 * is valid); η log-uniform in [0.1, 10⁴]; t ≤ numSteps ≤ 2·10⁴; instances with γ₀²η·numSteps < 1
 * (no t with q ≥ 1) are filtered out. Every t with q ≥ 1 is checked.
 *
 * Tolerance. Both sides are computed in the log domain; the running log-sum of t ≤ 2·10⁴ terms
 * carries relative error ≲ t·ε < 1e-11, so RELATIVE_SLACK = 1e-9.
 *
 * Not covered: θ₀ ≠ 0; ‖x_i‖ > 1 (the toy set is only plotted); η > 10⁴.
 */
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { logAddExp } from '../../src/numeric/logspace.ts';
import type { GdInstance } from './shared.ts';
import {
  COLT_2024,
  describeGd,
  gdInstance,
  runGd,
  sharpnessAtOrigin,
  WorstComparison,
} from './shared.ts';

/** 1e-9 ≫ 2·10⁴·ε, the relative rounding of a running log-sum of 2·10⁴ terms. */
const RELATIVE_SLACK = 1e-9;

type BoundForm = (logQ: number, eta: number) => number;

/** ln of [1 + ½(ln q + η/2)²]/q */
const paperBound: BoundForm = (logQ, eta) => Math.log1p(0.5 * (logQ + eta / 2) ** 2) - logQ;
/**
 * The bound in the talk's shape Õ((1 + η²)/(ηt)): ½(ln q + η/2)² ≤ ln²q + η²/4, so the paper's
 * bound is ≤ [1 + ln²q + η²/4]/q; dropping its η² term leaves [1 + ln²q]/q, the small-stepsize
 * rate Õ(1/(ηt)) claimed for every η.
 */
const withoutEtaSquared: BoundForm = (logQ) => Math.log1p(logQ * logQ) - logQ;

function checkWith(bound: BoundForm, relation: string) {
  return (instance: GdInstance): Verdict => {
    const { run, eta, gamma } = runGd(instance);
    const worst = new WorstComparison();
    let logSum = -Infinity;
    for (let t = 1; t <= instance.numSteps; t++) {
      logSum = logAddExp(logSum, run.logLosses[t - 1]);
      const logQ = Math.log(gamma * gamma * eta * t);
      if (logQ < 0) continue;
      worst.consider(logSum - Math.log(t), bound(logQ, eta), RELATIVE_SLACK, () => ({
        t,
        q: Math.exp(logQ),
        'γ used': gamma,
      }));
    }
    return worst.verdict(relation);
  };
}

const hasSomeQAboveOne = (i: GdInstance) => i.data.gamma0 ** 2 * i.stepSize * i.numSteps >= 1;

export const eosAverageLoss = defineTheorem<GdInstance>({
  theoremId: 'logistic/eos-average-loss',
  family: 'logistic',
  title: 'Average loss in the unstable phase, for every stepsize',
  mark: 'derived',
  source: {
    ...COLT_2024,
    locator: 'unstable-phase bound (Theorem 2.2); explicit constants derived in THEOREMS.md',
  },
  statement:
    'γ-separable, ‖x‖ ≤ 1, any η, q = γ²ηt ≥ 1 ⇒ (1/t)Σ_{k<t} L(θ_k) ≤ [1 + ½(ln q + η/2)²]/q',
  fullStatement:
    'If ‖x_i‖ ≤ 1 and a unit θ* has y_i x_iᵀθ* ≥ γ for all i, GD θ_{k+1} = θ_k − η∇L(θ_k) from ' +
    'θ₀ = 0 ' +
    'satisfies (1/t)Σ_{k<t} L(θ_k) ≤ [1 + ½(ln q + η/2)²]/q for every η > 0 and every t with q ' +
    '= γ²ηt ≥ 1.',
  constants: [
    {
      name: '½ and η/2',
      value: 'exact',
      provenance: 'derived',
      why: 'from ‖u‖²/(2ηt) with u = (ln q + η/2)θ*/γ',
    },
    {
      name: '1/q',
      value: 'exact',
      provenance: 'derived',
      why: 'L((ln q/γ)θ*) ≤ ln(1 + 1/q) ≤ 1/q',
    },
  ],
  hypotheses:
    'O2 data, n ∈ [2, 64], d ∈ [2, 16], γ₀ ∈ [0.02, 0.5] (a quarter near-degenerate); η ' +
    'log-uniform in [0.1, 10⁴]; ' +
    'numSteps log-uniform in [1, 2·10⁴] with γ₀²η·numSteps ≥ 1; every t with q ≥ 1 checked.',
  gaps: ['η > 10⁴ and more than 2·10⁴ steps only through deeper runs of the CLI.', 'θ₀ ≠ 0.'],
  expected: { status: 'holds' },
  arbitrary: gdInstance().filter(hasSomeQAboveOne),
  check: checkWith(
    paperBound,
    '(1/t)Σ_{k<t} L(θ_k) ≤ [1 + ½(ln q + η/2)²]/q for every t with q ≥ 1',
  ),
  describe: describeGd,
  numRuns: 15,
  regimes: [
    {
      id: 'unstable-start',
      description: 'η > 2/λ_max(∇²L(θ₀)), so GD starts above the classical stability threshold',
      minShare: 0.15,
      contains: (instance) => {
        const { problem } = runGd({ ...instance, numSteps: 0 });
        return instance.stepSize > 2 / sharpnessAtOrigin(problem);
      },
    },
  ],
  controls: [
    {
      id: 'without-eta-squared',
      statement:
        'the bound without its η² term, [1 + ln²q]/q = Õ(1/(ηt)), holds for η ∈ [10, 3000]',
      arbitrary: gdInstance({ minStepSize: 10, maxStepSize: 3000, maxSteps: 2000 }).filter(
        hasSomeQAboveOne,
      ),
      check: checkWith(
        withoutEtaSquared,
        '(1/t)Σ_{k<t} L(θ_k) ≤ [1 + ln²q]/q for every t with q ≥ 1',
      ),
      describe: describeGd,
      numRuns: 15,
    },
  ],
});
