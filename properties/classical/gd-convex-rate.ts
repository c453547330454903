/**
 * classical/gd-convex-rate
 *
 * Statement. Let f be convex and L-smooth with a minimiser x*, R = ‖x₀ − x*‖ and 0 < η ≤ 1/L.
 * Then gradient descent satisfies, for every N ≥ 1,
 *   f(x_N) − f* ≤ R²/(2ηN).
 *
 * Source: Nesterov, "Lectures on Convex Optimization", 2nd ed., Springer 2018, Corollary 2.1.2
 * (stated there for η = 1/L as 2LR²/(N + 4)); the form R²/(2ηN) for any η ≤ 1/L is the textbook
 * one, e.g. Bubeck, "Convex Optimization: Algorithms and Complexity", FnT ML 2015, Thm 3.3
 * [recalled].
 *
 * Hypotheses → generators. Convex L-smooth: quadratics (spectrum in {0} ∪ [1e-3, 10], so merely
 * convex cases are included), softplus sums (L = λ_max(AᵀA)/(4m) + μ, μ ≥ 0) and the 1-D Huber
 * worst case with a random design horizon; η·L is 1 or uniform in [0.01, 1]; N ≤ 128, checked
 * at every t ≤ N. R and f* are taken conservatively (generators/smoothConvex.ts).
 *
 * Tolerance. GD's iterates carry ≲ t·d·ε relative rounding after t steps and f(x_t) − f* loses
 * the rounding of the sum f(x_t) (materialized valueFloor): RATE_ROUNDING·(t + 1)·d·ε relative,
 * RATE_ROUNDING = 64, plus valueFloor absolute.
 *
 * Not covered: non-smooth or non-convex functions; dimension > 5; N > 128.
 * Control: the hypothesis η ≤ 1/L matters — for η·L ∈ (1.5, 2) the bound fails on a quadratic
 * whose top eigenvalue is L (f(x_N) − f* = ½L(ηL − 1)^(2N)R² there).
 */
import * as fc from 'fast-check';
import { gradientDescent } from '../../src/algorithms/gradientDescent.ts';
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

const RATE_ROUNDING = 64;

interface Instance {
  readonly problem: SmoothConvexInstance;
  readonly stepTimesL: number;
  readonly numSteps: number;
}

function instanceArbitrary(stepTimesL: fc.Arbitrary<number>): fc.Arbitrary<Instance> {
  return fc.record({
    problem: smoothConvexInstance({ maxDimension: 5, maxDesignSteps: 128 }),
    stepTimesL,
    numSteps: fc.integer({ min: 1, max: 128 }),
  });
}

function describe(instance: Instance) {
  return {
    ...describeSmoothConvex(instance.problem),
    'η·L': instance.stepTimesL,
    numSteps: instance.numSteps,
  };
}

function checkRate(instance: Instance): Verdict {
  const m = materializeSmoothConvex(instance.problem);
  const eta = instance.stepTimesL / m.L;
  const trace = gradientDescent(m.f, { stepSize: eta, numSteps: instance.numSteps, x0: m.x0 });
  const parts: Verdict[] = [];
  for (let t = 1; t <= instance.numSteps; t++) {
    parts.push(
      upperBound({
        relation: `f(x_${t}) − f* ≤ R²/(2η·${t})`,
        lhs: m.gap(trace.values[t]),
        rhs: (m.R * m.R) / (2 * eta * t),
        tolerance: tolerance(
          RATE_ROUNDING * (t + 1) * m.f.dimension * MACHINE_EPSILON,
          m.valueFloor,
        ),
        details: { t, L: m.L, R: m.R, 'f(x_t) − f*': m.gap(trace.values[t]) },
      }),
    );
  }
  return allOf('f(x_t) − f* ≤ R²/(2ηt) for every t ≤ N', parts);
}

export const gdConvexRate = defineTheorem<Instance>({
  theoremId: 'classical/gd-convex-rate',
  family: 'classical',
  title: 'GD on convex L-smooth functions: f(x_N) − f* ≤ R²/(2ηN)',
  mark: 'recalled',
  source: {
    authors: 'S. Bubeck',
    title: 'Convex Optimization: Algorithms and Complexity',
    venue: 'Foundations and Trends in Machine Learning 8(3–4)',
    year: 2015,
    locator: 'Theorem 3.3',
    arxiv: '1405.4980',
  },
  statement: 'convex L-smooth, 0 < η ≤ 1/L ⇒ f(x_N) − f* ≤ R²/(2ηN)',
  fullStatement:
    'f convex and L-smooth with minimiser x*, R = ‖x₀ − x*‖, 0 < η ≤ 1/L, x_{t+1} = x_t − η∇f(x_t) ⇒ ' +
    'f(x_N) − f* ≤ R²/(2ηN) for every N ≥ 1.',
  constants: [
    {
      name: '1/2',
      value: '0.5',
      provenance: 'recalled',
      why: 'telescoping the descent lemma with η ≤ 1/L',
    },
  ],
  hypotheses:
    'Quadratics (PSD, spectrum in {0} ∪ [1e-3, 10]), softplus sums (μ ≥ 0), Huber worst cases; η·L = 1 or in ' +
    '[0.01, 1]; N ≤ 128, every t ≤ N checked; R and f* conservative.',
  gaps: ['Dimension ≤ 5; N ≤ 128.', 'Only three families of convex functions.'],
  expected: { status: 'holds' },
  arbitrary: instanceArbitrary(
    fc.oneof(fc.constant(1), fc.double({ min: 0.01, max: 1, noNaN: true })),
  ),
  check: checkRate,
  describe,
  hypothesisMargins: (instance) => [
    { hypothesis: 'η ≤ 1/L', value: instance.stepTimesL, relation: '≤', bound: 1 },
    { hypothesis: 'η > 0', value: instance.stepTimesL, relation: '>', bound: 0, scale: 1 },
  ],
  controls: [
    {
      id: 'step-up-to-2-over-l',
      statement: 'the rate R²/(2ηN) survives η·L ∈ (1.5, 2) (the hypothesis η ≤ 1/L dropped)',
      // η·L on a grid of 0.01: a continuous η shrinks onto the boundary lhs = rhs, where the
      // witness would sit within rounding; on the grid the shrunk witness fails by ≥ 1%
      arbitrary: instanceArbitrary(fc.integer({ min: 150, max: 199 }).map((k) => k / 100)),
      check: checkRate,
      describe,
    },
  ],
});
