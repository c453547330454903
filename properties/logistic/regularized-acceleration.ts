/**
 * logistic/regularized-acceleration (rate)
 *
 * Statement. Regularized logistic regression F = L + (λ/2)‖θ‖² on separable data with
 * λ ≲ γ²/(n ln n), κ = Θ(1/λ): GD with η ≍ 1/√λ reaches F − F* ≤ ε in O(√κ ln(1/ε)) steps, while
 * η = Θ(1) needs Õ(κ ln(1/ε)). As rates in λ: steps-to-ε ∝ λ^(−1/2) at η = 1/√λ and ∝ λ^(−1) (up
 * to the ln(1/λ) of the curvature at the optimum) at η = 1.
 *
 * Source: Wu, Marion, Bartlett, NeurIPS 2025, arXiv 2506.02336 [paper; the constants were not
 * visible, so the statement is restated from THEOREMS.md].
 *
 * Hypotheses → generators. Tiny separable sets: n ∈ [2, 4], d = 2, γ₀ ∈ [0.3, 0.5] (so
 * λ ≤ 1e-2 ≤ γ₀²/(n ln n)); λ ∈ {10^(−2), 10^(−2.5), …, 10^(−4)}; ε = 10⁻⁶·F* (relative); steps-to-ε is
 * the first t after which F(θ_s) − F* ≤ ε for all s ≤ 2t (large-η runs are not monotone early).
 *
 * Log factors, divided out explicitly. At η = 1 the rate is set by the smallest curvature at the
 * optimum, λ(1 + Θ(ln(1/λ))) on these sets, so steps·ln(1/λ) is fitted against λ (expected slope
 * −1); at η = 1/√λ the contraction factor is 1 − ηλ = 1 − √λ and steps are fitted as they are
 * (expected slope −½).
 *
 * Tolerance. RATE_TOLERANCE = 0.25 on each slope: calibration on four sets (seeds 1–4, λ down to
 * 1e-5) gave −0.55 … −0.67 at η = c/√λ for c ∈ {½, 1, 2} (the unstable first phase adds a slowly
 * growing term) and −0.86 … −1.02 for raw steps at η = 1.
 *
 * Negative control: "η = 1 also needs only O(√κ) steps" (raw slope ≥ −½ − 0.25) — refuted.
 *
 * Recorded finding (expected status 'refuted'; frozen calibration, not re-fitted): `verify --budget deep
 * --seed 4242` refutes the property on n = 2, γ₀ = 0.46, data seed 19: steps at η = 1/√λ are
 * [4, 25, 51, 107, 222], slope −0.82. The first λ needs 4 steps (pre-asymptotic), and on other
 * sets the steps follow λ^(−1/2)·ln(1/λ) better than λ^(−1/2) (the unstable phase lasts O(η)
 * steps up to logs); local slopes approach −½ only below λ ≈ 1e-4. A redesign (λ ≤ 10^(−2.5),
 * ln(1/λ) divided out at η = 1/√λ) was tried and also failed on a calibration seed (seed 1,
 * ×10: ratio 1.001, n = 3, γ₀ = 0.34); slopes at η = 1/√λ spread over about [−1.1, −0.44].
 */
import * as fc from 'fast-check';
import { separableData, separableInstance } from '../../src/generators/separable.ts';
import type { SeparableInstance } from '../../src/generators/separable.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Detail, Verdict } from '../../src/harness/theorem.ts';
import { allOf, upperBound } from '../../src/harness/verdict.ts';
import type { ClassificationData } from '../../src/logistic/dataset.ts';
import { evaluateRegularized, regularizedMinimum } from '../../src/logistic/regularized.ts';
import { fitLogLog } from '../../src/numeric/rateFit.ts';
import { tolerance } from '../../src/numeric/tolerance.ts';

const RATE_TOLERANCE = 0.25;
const RELATIVE_EPSILON = 1e-6;
const LAMBDAS = [1e-2, 10 ** -2.5, 1e-3, 10 ** -3.5, 1e-4];
const BUDGET_LARGE = 20000;
const BUDGET_SMALL = 200000;

interface Instance {
  readonly data: SeparableInstance;
  readonly fitSeed: number;
}

const arbitrary: fc.Arbitrary<Instance> = fc.record({
  data: separableInstance({
    minPoints: 2,
    maxPoints: 4,
    minDimension: 2,
    maxDimension: 2,
    minGamma: 0.3,
    boundaryShare: 0,
  }),
  fitSeed: fc.noBias(fc.integer({ min: 0, max: 0x7fffffff })),
});

function describe(i: Instance): Readonly<Record<string, Detail>> {
  return { n: i.data.n, 'γ₀': i.data.gamma0, dataSeed: i.data.seed };
}

/**
 * First t after which F(θ_s) − F* ≤ ε for every s up to 2t (the run goes on for as many steps
 * again after the gap first drops below ε, and restarts the count if it rises above).
 */
function stepsToEpsilon(
  data: ClassificationData,
  lambda: number,
  eta: number,
  budget: number,
): number {
  const fStar = regularizedMinimum(data, lambda).value;
  const theta = new Float64Array(data.d);
  let lastAbove = -1;
  for (let t = 0; t <= budget; t++) {
    const e = evaluateRegularized(data, theta, lambda);
    if (e.value - fStar > RELATIVE_EPSILON * fStar) lastAbove = t;
    else if (t >= 2 * (lastAbove + 1)) return lastAbove + 1;
    for (let j = 0; j < data.d; j++) theta[j] -= eta * e.gradient[j];
  }
  throw new RangeError(
    `stepsToEpsilon: F − F* ≤ ε not settled within ${budget} steps (λ = ${lambda}, η = ${eta}).`,
  );
}

function slopeOf(steps: number[], seed: number) {
  return fitLogLog(LAMBDAS, steps, { seed });
}

function details(fit: ReturnType<typeof slopeOf>, steps: number[]): Record<string, Detail> {
  return {
    slope: fit.slope,
    slopeLow: fit.slopeLow,
    slopeHigh: fit.slopeHigh,
    lambdas: LAMBDAS,
    steps,
  };
}

function sweep(instance: Instance, large: boolean): number[] {
  const { data } = separableData(instance.data);
  return LAMBDAS.map((l) =>
    stepsToEpsilon(data, l, large ? 1 / Math.sqrt(l) : 1, large ? BUDGET_LARGE : BUDGET_SMALL),
  );
}

function checkRates(instance: Instance): Verdict {
  const large = sweep(instance, true);
  const small = sweep(instance, false);
  const fitLarge = slopeOf(large, instance.fitSeed);
  const corrected = small.map((s, k) => s * Math.log(1 / LAMBDAS[k]));
  const fitSmall = slopeOf(corrected, instance.fitSeed);
  return allOf('steps-to-ε ∝ λ^(−1/2) at η = 1/√λ and ∝ 1/(λ ln(1/λ)) at η = 1', [
    upperBound({
      relation: '|slope(η = 1/√λ) + ½| ≤ 0.25',
      lhs: Math.abs(fitLarge.slope + 0.5),
      rhs: RATE_TOLERANCE,
      tolerance: tolerance(0),
      details: details(fitLarge, large),
    }),
    upperBound({
      relation: '|slope(η = 1, steps·ln(1/λ)) + 1| ≤ 0.25',
      lhs: Math.abs(fitSmall.slope + 1),
      rhs: RATE_TOLERANCE,
      tolerance: tolerance(0),
      details: details(fitSmall, corrected),
    }),
  ]);
}

function checkSmallEtaAlsoFast(instance: Instance): Verdict {
  const small = sweep(instance, false);
  const fit = slopeOf(small, instance.fitSeed);
  // "slope ≥ −½ − tol" written as −slope ≤ ½ + tol, so that ratio > 1 reads as violated
  return upperBound({
    relation: '−slope(η = 1) ≤ ½ + 0.25',
    lhs: -fit.slope,
    rhs: 0.5 + RATE_TOLERANCE,
    tolerance: tolerance(0),
    details: details(fit, small),
  });
}

export const regularizedAcceleration = defineTheorem<Instance>({
  theoremId: 'logistic/regularized-acceleration',
  family: 'logistic',
  title: 'Regularized logistic regression: η ≍ 1/√λ needs √κ steps, η = 1 needs κ',
  mark: 'restated',
  source: {
    authors: 'J. Wu, P. Marion, P. L. Bartlett',
    title: 'Large stepsizes accelerate gradient descent for regularized logistic regression',
    venue: 'NeurIPS',
    year: 2025,
    locator: 'main theorem (O(√κ ln(1/ε)) steps with η ≍ √κ); restated',
    arxiv: '2506.02336',
  },
  statement: 'steps to ε: slope in λ ≈ −½ at η = 1/√λ, ≈ −1 at η = 1 (ln(1/λ) divided out)',
  fullStatement:
    'On separable data with λ ≲ γ²/(n ln n), GD on F = L + (λ/2)‖θ‖² with η = 1/√λ reaches F − ' +
    'F* ≤ ε in ' +
    'O(√κ ln(1/ε)) steps; with η = 1 it needs Θ̃(κ ln(1/ε)).',
  constants: [
    {
      name: 'RATE_TOLERANCE',
      value: String(RATE_TOLERANCE),
      provenance: 'ours',
      why: 'calibration on seeds 1–4',
    },
  ],
  hypotheses: 'n ∈ [2, 4], d = 2, γ₀ ∈ [0.3, 0.5]; λ ∈ 10^(−2 … −4) in half decades; ε = 1e-6·F*.',
  gaps: [
    'λ < 1e-4 (the η = 1 runs would need > 2·10⁵ steps); larger sets.',
    'Fails on fresh seeds at deep budgets (see the header): the ±0.25 window around −½ is too narrow for the pre-asymptotic λ range.',
  ],
  expected: {
    status: 'refuted',
    evidence:
      'Our encoding of the Θ(√κ) rate (fitted slope of steps-to-ε over λ ∈ [1e-4, 1e-2] within ' +
      '±0.25 of −½ at η = 1/√λ) fails on rare tiny sets: n = 2, γ₀ = 0.46, data seed 19 gives ' +
      'steps [4, 25, 51, 107, 222], slope −0.82 (95% interval [−1.11, −0.63]); triage: genuine, ' +
      'not rounding. Found by verify --budget deep --seed 4242; the default seed does not reach ' +
      "it. The paper's asymptotic claim is not contradicted: the steps follow λ^(−1/2)·ln(1/λ) " +
      'better than λ^(−1/2) at these λ. Witness: fixtures/logistic/regularized-acceleration/' +
      'property.b88bbca0.json.',
  },
  arbitrary,
  check: checkRates,
  describe,
  numRuns: 5,
  controls: [
    {
      id: 'small-eta-also-sqrt-kappa',
      statement: 'η = 1 also needs only O(√κ) steps (slope ≥ −½ − 0.25)',
      arbitrary,
      check: checkSmallEtaAlsoFast,
      describe,
      numRuns: 5,
    },
  ],
});
