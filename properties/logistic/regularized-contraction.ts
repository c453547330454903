/**
 * logistic/regularized-contraction
 *
 * Statement. ‖x_i‖ ≤ 1, any labels, F(θ) = L(θ) + (λ/2)‖θ‖² with the logistic L, GD
 * θ_{k+1} = θ_k − η∇F(θ_k). At every k with η(e^(η‖∇F(θ_k)‖)·G(θ_k) + λ) ≤ 1:
 *   F(θ_{k+1}) − F* ≤ (1 − ηλ)(F(θ_k) − F*).
 *
 * Source: Wu, Marion, Bartlett, "Large stepsizes accelerate gradient descent for regularized
 * logistic regression", NeurIPS 2025, arXiv 2506.02336 (the stable phase of the regularized
 * problem) [paper]; this local form [derived] (THEOREMS.md): the step moves every margin by
 * ≤ δ = η‖∇F‖, so on the segment ∇²F ⪯ (e^δ·G(θ_k) + λ)I =: M·I; ηM ≤ 1 and the descent lemma give
 * F_{k+1} ≤ F_k − (η/2)‖∇F‖², and λ-strong convexity gives ‖∇F‖² ≥ 2λ(F_k − F*).
 *
 * Hypotheses → generators. O2 data (n ≤ 32, d ≤ 8), λ log-uniform in [1e-4, 1e-1], η log-uniform
 * in [0.1, 10⁴], up to 300 steps from θ₀ = 0; every k meeting the condition is checked. F* from
 * damped Newton (‖∇F‖ ≤ 1e-12 at exit, F − F* ≲ 1e-24).
 *
 * Tolerance. F is a sum of n terms of size ≤ F: rounding ≤ n·ε·F per evaluation; the difference
 * F_{k+1} − F* and (1 − ηλ)(F_k − F*) then carry ROUNDING_FACTOR·n·ε·(F_k + F_{k+1} + F*).
 *
 * Not covered: the global (unstable-phase) part of the paper's analysis.
 */
import * as fc from 'fast-check';
import { separableData, separableInstance } from '../../src/generators/separable.ts';
import type { SeparableInstance } from '../../src/generators/separable.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Detail, Verdict } from '../../src/harness/theorem.ts';
import { allOf, upperBound } from '../../src/harness/verdict.ts';
import { regularizedGradientDescent, regularizedMinimum } from '../../src/logistic/regularized.ts';
import { MACHINE_EPSILON, tolerance } from '../../src/numeric/tolerance.ts';
import { logUniformFromMin, logUniformInteger, roundTo2Digits } from './shared.ts';

/** 8 covers the sum, the subtraction and the product by (1 − ηλ). */
const ROUNDING_FACTOR = 8;

export interface RegularizedInstance {
  readonly data: SeparableInstance;
  readonly lambda: number;
  readonly stepSize: number;
  readonly numSteps: number;
}

export const regularizedInstance: fc.Arbitrary<RegularizedInstance> = fc.record({
  data: separableInstance({ maxPoints: 32, maxDimension: 8 }),
  lambda: logUniformFromMin(1e-4, 1e-1).map(roundTo2Digits),
  stepSize: logUniformFromMin(0.1, 1e4).map(roundTo2Digits),
  numSteps: logUniformInteger(1, 300),
});

export function describeRegularized(i: RegularizedInstance): Readonly<Record<string, Detail>> {
  return {
    n: i.data.n,
    d: i.data.d,
    'γ₀': i.data.gamma0,
    dataSeed: i.data.seed,
    λ: i.lambda,
    η: i.stepSize,
    numSteps: i.numSteps,
  };
}

function checkContraction(instance: RegularizedInstance): Verdict {
  const { data } = separableData(instance.data);
  const { lambda, stepSize: eta, numSteps } = instance;
  const fStar = regularizedMinimum(data, lambda).value;
  const run = regularizedGradientDescent(data, { stepSize: eta, lambda, numSteps });
  const steps: Verdict[] = [];
  for (let k = 0; k < numSteps; k++) {
    const condition = eta * (Math.exp(eta * run.gradNorms[k]) * run.Gs[k] + lambda);
    if (!(condition <= 1)) continue;
    const scale = run.values[k] + run.values[k + 1] + fStar;
    steps.push(
      upperBound({
        relation: `F(θ_${k + 1}) − F* ≤ (1 − ηλ)(F(θ_${k}) − F*)`,
        // the rounding allowance is added to the right side, so the ratio stays finite when
        // F(θ_k) = F* to the last bit
        lhs: run.values[k + 1] - fStar,
        rhs:
          (1 - eta * lambda) * (run.values[k] - fStar) +
          ROUNDING_FACTOR * data.n * MACHINE_EPSILON * scale,
        tolerance: tolerance(0),
        details: { k, 'η(e^(η‖∇F‖)G + λ)': condition, 'F*': fStar },
      }),
    );
  }
  if (steps.length === 0) {
    return upperBound({
      relation: 'no step met η(e^(η‖∇F‖)G + λ) ≤ 1',
      lhs: 0,
      rhs: 1,
      tolerance: tolerance(0),
      details: { vacuous: 'yes' },
    });
  }
  return allOf(
    'F(θ_{k+1}) − F* ≤ (1 − ηλ)(F(θ_k) − F*) whenever η(e^(η‖∇F(θ_k)‖)G(θ_k) + λ) ≤ 1',
    steps,
  );
}

export const regularizedContraction = defineTheorem<RegularizedInstance>({
  theoremId: 'logistic/regularized-contraction',
  family: 'logistic',
  title: 'Regularized logistic regression: local linear contraction at rate 1 − ηλ',
  mark: 'derived',
  source: {
    authors: 'J. Wu, P. Marion, P. L. Bartlett',
    title: 'Large stepsizes accelerate gradient descent for regularized logistic regression',
    venue: 'NeurIPS',
    year: 2025,
    locator: 'stable-phase analysis; local form derived in THEOREMS.md',
    arxiv: '2506.02336',
  },
  statement: 'η(e^(η‖∇F(θ_k)‖)G(θ_k) + λ) ≤ 1 ⇒ F(θ_{k+1}) − F* ≤ (1 − ηλ)(F(θ_k) − F*)',
  fullStatement:
    'For F = L + (λ/2)‖θ‖² with logistic L and ‖x_i‖ ≤ 1, a GD step from θ_k with ' +
    'η(e^(η‖∇F(θ_k)‖)G(θ_k) + λ) ≤ 1 ' +
    'contracts the optimality gap: F(θ_{k+1}) − F* ≤ (1 − ηλ)(F(θ_k) − F*).',
  constants: [
    {
      name: 'e^(η‖∇F‖)',
      value: 'exact',
      provenance: 'derived',
      why: 'ℓ″(m − δ) ≤ e^δ|ℓ′(m)| with δ = η‖∇F‖',
    },
  ],
  hypotheses:
    'O2 data n ≤ 32, d ≤ 8; λ ∈ [1e-4, 1e-1]; η ∈ [0.1, 10⁴]; ≤ 300 steps from 0; every ' +
    'qualifying k.',
  gaps: ['Non-separable data (the statement does not need separability, the generator uses it).'],
  expected: { status: 'holds' },
  arbitrary: regularizedInstance,
  check: checkContraction,
  describe: describeRegularized,
  numRuns: 60,
  regimes: [
    {
      id: 'condition-met',
      description: 'at least one step meets η(e^(η‖∇F‖)G + λ) ≤ 1',
      minShare: 0.2,
      contains: (_i, verdict) => verdict.details.vacuous === undefined,
    },
  ],
  controls: [],
});
