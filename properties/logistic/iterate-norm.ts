/**
 * logistic/iterate-norm
 *
 * Statement. Same setting as logistic/eos-average-loss (‖x_i‖ ≤ 1, margin γ along a unit θ*,
 * θ₀ = 0, any constant η > 0). For every t with q := γ²ηt ≥ 1:
 *   ‖θ_t‖ ≤ (2 ln q + η + √2)/γ   and   min_{k<t} G(θ_k) ≤ (η + 2 ln q + √2)/(ηγ²t).
 *
 * Source: Wu, Bartlett, Telgarsky, Yu, COLT 2024, arXiv 2402.15926 (the iterate bound of the
 * unstable phase) [paper]; constants [derived] (THEOREMS.md): the telescoped inequality of the
 * average-loss bound gives ‖θ_t − u‖² ≤ ‖u‖² + 2/γ² with ‖u‖ = (ln q + η/2)/γ, so
 * ‖θ_t‖ ≤ 2‖u‖ + √2/γ; and ⟨θ_t, θ*⟩ = η Σ_{k<t} ⟨−∇L(θ_k), θ*⟩ ≥ ηγ Σ_{k<t} G(θ_k).
 *
 * Hypotheses → generators. As in eos-average-loss (O2 data, η ∈ [0.1, 10⁴], up to 2·10⁴ steps,
 * γ₀²η·numSteps ≥ 1); both bounds checked at every t with q ≥ 1.
 *
 * Tolerance. ‖θ_t‖ is a sum of t ≤ 2·10⁴ rounded steps: relative error ≲ t·d·ε < 1e-10, so
 * RELATIVE_SLACK = 1e-9; G is compared through logs with the same slack.
 *
 * Not covered: θ₀ ≠ 0; η > 10⁴.
 */
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { allOf } from '../../src/harness/verdict.ts';
import type { GdInstance } from './shared.ts';
import { COLT_2024, describeGd, gdInstance, runGd, WorstComparison } from './shared.ts';

/** 1e-9 ≫ 2·10⁴·16·ε, the accumulated relative rounding of ‖θ_t‖. */
const RELATIVE_SLACK = 1e-9;

function checkNorms(withEta: boolean) {
  return (instance: GdInstance): Verdict => {
    const { run, eta, gamma } = runGd(instance);
    const norms = new WorstComparison();
    const grads = new WorstComparison();
    let minLogG = Infinity;
    for (let t = 1; t <= instance.numSteps; t++) {
      minLogG = Math.min(minLogG, run.logGs[t - 1]);
      const logQ = Math.log(gamma * gamma * eta * t);
      if (logQ < 0) continue;
      const numerator = 2 * logQ + (withEta ? eta : 0) + Math.SQRT2;
      norms.consider(
        Math.log(run.thetaNorms[t]),
        Math.log(numerator / gamma),
        RELATIVE_SLACK,
        () => ({
          t,
          q: Math.exp(logQ),
          '‖θ_t‖': run.thetaNorms[t],
        }),
      );
      const logMinG = minLogG;
      grads.consider(
        logMinG,
        Math.log(numerator / (eta * gamma * gamma * t)),
        RELATIVE_SLACK,
        () => ({
          t,
          q: Math.exp(logQ),
          'ln min G': logMinG,
        }),
      );
    }
    const normVerdict = norms.verdict(`‖θ_t‖ ≤ (2 ln q${withEta ? ' + η' : ''} + √2)/γ`);
    if (!withEta) return normVerdict;
    return allOf('‖θ_t‖ ≤ (2 ln q + η + √2)/γ and min_{k<t} G(θ_k) ≤ (η + 2 ln q + √2)/(ηγ²t)', [
      normVerdict,
      grads.verdict('min_{k<t} G(θ_k) ≤ (η + 2 ln q + √2)/(ηγ²t)'),
    ]);
  };
}

const hasSomeQAboveOne = (i: GdInstance) => i.data.gamma0 ** 2 * i.stepSize * i.numSteps >= 1;

export const iterateNorm = defineTheorem<GdInstance>({
  theoremId: 'logistic/iterate-norm',
  family: 'logistic',
  title: 'Iterate norm and smallest G in the unstable phase',
  mark: 'derived',
  source: {
    ...COLT_2024,
    locator: 'unstable-phase lemmas; explicit constants derived in THEOREMS.md',
  },
  statement:
    'q = γ²ηt ≥ 1 ⇒ ‖θ_t‖ ≤ (2 ln q + η + √2)/γ and min_{k<t} G(θ_k) ≤ (η + 2 ln q + √2)/(ηγ²t)',
  fullStatement:
    'Under the hypotheses of logistic/eos-average-loss, for every t with q = γ²ηt ≥ 1: ‖θ_t‖ ≤ ' +
    '(2 ln q + η + √2)/γ ' +
    'and min_{k<t} G(θ_k) ≤ (η + 2 ln q + √2)/(ηγ²t), G(θ) = (1/n)Σ|ℓ′(y_i x_iᵀθ)|.',
  constants: [
    {
      name: '2, 1, √2',
      value: 'exact',
      provenance: 'derived',
      why: '‖θ_t‖ ≤ 2‖u‖ + √2/γ from ‖θ_t − u‖² ≤ ‖u‖² + 2/γ²',
    },
  ],
  hypotheses: 'As logistic/eos-average-loss; both bounds at every t with q ≥ 1.',
  gaps: ['θ₀ ≠ 0; η > 10⁴.'],
  expected: { status: 'holds' },
  arbitrary: gdInstance().filter(hasSomeQAboveOne),
  check: checkNorms(true),
  describe: describeGd,
  numRuns: 15,
  controls: [
    {
      id: 'norm-without-eta',
      statement: 'the norm bound without its η: ‖θ_t‖ ≤ (2 ln q + √2)/γ (true for small η only)',
      arbitrary: gdInstance({ minStepSize: 10, maxSteps: 2000 }).filter(hasSomeQAboveOne),
      check: checkNorms(false),
      describe: describeGd,
      numRuns: 15,
    },
  ],
});
