/**
 * classical/nesterov-strongly-convex
 *
 * Statement. Let f be μ-strongly convex and L-smooth (0 < μ ≤ L) with minimiser x*,
 * R = ‖x₀ − x*‖. The fast gradient method with constant momentum β = (√L − √μ)/(√L + √μ),
 *   x_{t+1} = y_t − ∇f(y_t)/L,   y_{t+1} = x_{t+1} + β(x_{t+1} − x_t),   y₀ = x₀,
 * satisfies, for every n ≥ 0,
 *   f(x_n) − f* ≤ (1 − √(μ/L))^n·(f(x₀) − f* + μR²/2).
 *
 * Source: Y. Nesterov, "Lectures on Convex Optimization", 2nd ed., Springer 2018, constant step
 * scheme (2.2.22) and Theorem 2.2.3 with γ₀ = μ [restated].
 *
 * Hypotheses → generators. PD quadratics (spectrum in [1e-3, 10], μ = smallest eigenvalue) and
 * softplus sums with ridge μ ∈ [1e-3, 1] (L = λ_max(AᵀA)/(4m) + μ); n ≤ 100, every t ≤ n. On the
 * right-hand side f(x₀) − f* and R are taken from below, on the left f(x_t) − f* from above
 * (generators/smoothConvex.ts), so the error of a Newton-computed x* only makes the check harder.
 *
 * Tolerance. Constant momentum < 1 does not amplify rounding beyond a factor ≲ √(L/μ) per unit
 * of time; RATE_ROUNDING·(t + 1)·d·ε relative with RATE_ROUNDING = 64 covers the (t + 1)·d·ε of
 * the recursion, plus valueFloor absolute (below which f(x_t) − f* is not resolved; steps whose
 * bound is below it report their ratio against bound + floor, resolved.ts).
 *
 * Not covered: μ underestimated or overestimated by the method (μ is the declared one);
 * dimension > 5.
 * Control: the μR²/2 term cannot be dropped — f(x_n) − f* ≤ (1 − √(μ/L))^n·(f(x₀) − f*) fails.
 */
import * as fc from 'fast-check';
import { fastGradientMethod } from '../../src/algorithms/fastGradient.ts';
import { integerQuadraticInstance } from '../../src/generators/integerQuadratic.ts';
import type { SmoothConvexInstance } from '../../src/generators/smoothConvex.ts';
import {
  describeSmoothConvex,
  materializeSmoothConvex,
  smoothConvexInstance,
} from '../../src/generators/smoothConvex.ts';
import { allOf, upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { MACHINE_EPSILON, tolerance } from '../../src/numeric/tolerance.ts';
import { resolvedRatio } from './resolved.ts';

const RATE_ROUNDING = 64;

interface Instance {
  readonly problem: SmoothConvexInstance;
  readonly numSteps: number;
}

function describe(instance: Instance) {
  return { ...describeSmoothConvex(instance.problem), numSteps: instance.numSteps };
}

function linearRate(withDistanceTerm: boolean) {
  return (instance: Instance): Verdict => {
    const m = materializeSmoothConvex(instance.problem);
    const trace = fastGradientMethod(m.f, {
      numSteps: instance.numSteps,
      x0: m.x0,
      variant: 'strongly-convex',
    });
    const q = 1 - Math.sqrt(m.mu / m.L);
    const initial =
      Math.max(0, m.gapLower(trace.values[0])) + (withDistanceTerm ? (m.mu * m.R * m.R) / 2 : 0);
    const term = withDistanceTerm ? '(f(x₀) − f* + μR²/2)' : '(f(x₀) − f*)';
    const parts: Verdict[] = [];
    for (let t = 1; t <= instance.numSteps; t++) {
      const gap = m.gap(trace.values[t]);
      const tol = tolerance(
        RATE_ROUNDING * (t + 1) * m.f.dimension * MACHINE_EPSILON,
        m.valueFloor,
      );
      const verdict = upperBound({
        relation: `f(x_${t}) − f* ≤ (1 − √(μ/L))^${t}·${term}`,
        lhs: gap,
        rhs: q ** t * initial,
        tolerance: tol,
        details: {
          t,
          μ: m.mu,
          L: m.L,
          R: m.R,
          'f(x_t) − f*': gap,
          'f(x₀) − f*': m.gapLower(trace.values[0]),
        },
      });
      parts.push(resolvedRatio(verdict, tol));
    }
    return allOf(`f(x_t) − f* ≤ (1 − √(μ/L))^t·${term} for every t`, parts);
  };
}

const arbitrary = fc.record({
  problem: smoothConvexInstance({ maxDimension: 5, stronglyConvex: true }),
  numSteps: fc.integer({ min: 1, max: 100 }),
});

export const nesterovStronglyConvex = defineTheorem<Instance>({
  theoremId: 'classical/nesterov-strongly-convex',
  family: 'classical',
  title: 'Fast gradient method, strongly convex: linear rate (1 − √(μ/L))^n',
  mark: 'restated',
  source: {
    authors: 'Y. Nesterov',
    title: 'Lectures on Convex Optimization (2nd ed.)',
    venue: 'Springer',
    year: 2018,
    locator: 'scheme (2.2.22), Theorem 2.2.3',
  },
  statement: 'momentum (√L − √μ)/(√L + √μ) ⇒ f(x_n) − f* ≤ (1 − √(μ/L))^n (f(x₀) − f* + μR²/2)',
  fullStatement:
    'f μ-strongly convex and L-smooth, R = ‖x₀ − x*‖; x_{t+1} = y_t − ∇f(y_t)/L, y_{t+1} = x_{t+1} + ' +
    'β(x_{t+1} − x_t), β = (√L − √μ)/(√L + √μ), y₀ = x₀ ⇒ f(x_n) − f* ≤ (1 − √(μ/L))^n (f(x₀) − f* + μR²/2).',
  constants: [
    {
      name: '1 − √(μ/L)',
      value: 'exact',
      provenance: 'restated',
      why: 'estimate sequences with γ₀ = μ',
    },
  ],
  hypotheses:
    'PD quadratics (spectrum in [1e-3, 10]) and softplus sums with ridge μ ∈ [1e-3, 1]; n ≤ 100, every t ≤ n; ' +
    'both sides conservative.',
  gaps: ['Misspecified μ.', 'Dimension ≤ 5.'],
  expected: { status: 'holds' },
  arbitrary,
  check: linearRate(true),
  describe,
  conditionNumbers: (instance) => {
    const m = materializeSmoothConvex(instance.problem);
    return { 'κ = L/μ': m.L / m.mu };
  },
  controls: [
    {
      id: 'without-distance-term',
      statement: 'the μR²/2 term can be dropped: f(x_n) − f* ≤ (1 − √(μ/L))^n·(f(x₀) − f*)',
      // integer spectra: readable witnesses that fail by a visible margin
      arbitrary: fc.record({
        problem: integerQuadraticInstance({ minEigenvalue: 1 }).map((quadratic) => ({
          kind: 'quadratic' as const,
          quadratic,
        })),
        numSteps: fc.integer({ min: 1, max: 50 }),
      }),
      check: linearRate(false),
      describe,
    },
  ],
});
