/**
 * classical/gd-drori-teboulle
 *
 * Statement. Let f be convex and L-smooth with a minimiser x*, R = ‖x₀ − x*‖ and 0 < η ≤ 1/L.
 * Then N steps of gradient descent give
 *   f(x_N) − f* ≤ LR²/(4NLη + 2),
 * and at η = 1/L the bound LR²/(4N + 2) is attained by the 1-D Huber function with
 * δ = R/(2N + 1) started at x₀ = R (problems/huber.ts): GD moves by exactly δ per step.
 *
 * Source: Y. Drori and M. Teboulle, "Performance of first-order methods for smooth convex
 * minimization: a novel approach", Math. Program. 145 (2014), Theorem 3.1 (bound for h = Lη ∈
 * (0, 1]) and §3.2 (the Huber example) [restated], arXiv:1206.3209.
 *
 * Hypotheses → generators. As classical/gd-convex-rate (quadratics, softplus sums, Huber
 * functions with a random horizon; η·L = 1 or in [0.01, 1]; N ≤ 128), plus — half of the
 * instances — the tight case: Huber designed for exactly this N, η = 1/L, where equality is
 * asserted too. R and f* are conservative (generators/smoothConvex.ts).
 *
 * Tolerances. Bound: RATE_ROUNDING·(N + 1)·d·ε relative plus valueFloor, as gd-convex-rate.
 * Attainment: x_N carries ≲ N·ε·R of rounding and f(x_N) = Lδx_N − Lδ²/2 loses at most a factor
 * 2 to cancellation (x_N ≥ δ): HUBER_ATTAINMENT·(N + 2)·ε relative, HUBER_ATTAINMENT = 8.
 *
 * Not covered: η > 1/L (Drori–Teboulle's bound has a second branch there); dimension > 5.
 * Controls: GD does not reach LR²/(8N), nor Nesterov's 2LR²/(N + 1)² (the Huber case refutes
 * both: LR²/(4N + 2) exceeds each, the latter for N ≥ 7).
 */
import * as fc from 'fast-check';
import { gradientDescent } from '../../src/algorithms/gradientDescent.ts';
import type { SmoothConvexInstance } from '../../src/generators/smoothConvex.ts';
import {
  describeSmoothConvex,
  materializeSmoothConvex,
  smoothConvexInstance,
} from '../../src/generators/smoothConvex.ts';
import { logUniformDouble } from '../../src/generators/quadratic.ts';
import { allOf, upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { isClose, MACHINE_EPSILON, tolerance } from '../../src/numeric/tolerance.ts';

const RATE_ROUNDING = 64;
const HUBER_ATTAINMENT = 8;

interface Instance {
  readonly problem: SmoothConvexInstance;
  readonly stepTimesL: number;
  readonly numSteps: number;
}

const generic: fc.Arbitrary<Instance> = fc.record({
  problem: smoothConvexInstance({ maxDimension: 5, maxDesignSteps: 128 }),
  stepTimesL: fc.oneof(fc.constant(1), fc.double({ min: 0.01, max: 1, noNaN: true })),
  numSteps: fc.integer({ min: 1, max: 128 }),
});

/** The Huber function designed for this N, at η = 1/L. */
const tight: fc.Arbitrary<Instance> = fc
  .record({
    smoothness: logUniformDouble(1e-2, 1e2),
    radius: logUniformDouble(1e-2, 1e2),
    numSteps: fc.integer({ min: 1, max: 128 }),
  })
  .map(({ smoothness, radius, numSteps }) => ({
    problem: { kind: 'huber' as const, huber: { smoothness, radius, designSteps: numSteps } },
    stepTimesL: 1,
    numSteps,
  }));

function isTight(instance: Instance): boolean {
  const p = instance.problem;
  return (
    p.kind === 'huber' && p.huber.designSteps === instance.numSteps && instance.stepTimesL === 1
  );
}

function describe(instance: Instance) {
  return {
    ...describeSmoothConvex(instance.problem),
    'η·L': instance.stepTimesL,
    numSteps: instance.numSteps,
  };
}

function runGd(instance: Instance) {
  const m = materializeSmoothConvex(instance.problem);
  const eta = instance.stepTimesL / m.L;
  const trace = gradientDescent(m.f, { stepSize: eta, numSteps: instance.numSteps, x0: m.x0 });
  const N = instance.numSteps;
  const gap = m.gap(trace.values[N]);
  const rounding = tolerance(
    RATE_ROUNDING * (N + 1) * m.f.dimension * MACHINE_EPSILON,
    m.valueFloor,
  );
  return { m, eta, N, gap, rounding };
}

function checkDroriTeboulle(instance: Instance): Verdict {
  const { m, eta, N, gap, rounding } = runGd(instance);
  const bound = (m.L * m.R * m.R) / (4 * N * m.L * eta + 2);
  const details = { L: m.L, R: m.R, N, 'f(x_N) − f*': gap, 'LR²/(4NLη + 2)': bound };
  const parts = [
    upperBound({
      relation: 'f(x_N) − f* ≤ LR²/(4NLη + 2)',
      lhs: gap,
      rhs: bound,
      tolerance: rounding,
      details,
    }),
  ];
  if (isTight(instance)) {
    // attainment: the two-sided check, written as the reverse bound plus closeness
    const attained = isClose(gap, bound, tolerance(HUBER_ATTAINMENT * (N + 2) * MACHINE_EPSILON));
    parts.push({
      holds: attained,
      relation: 'Huber(δ = R/(2N + 1)) attains f(x_N) − f* = LR²/(4N + 2)',
      lhs: gap,
      rhs: bound,
      ratio: gap / bound,
      details: { ...details, 'relative gap': (gap - bound) / bound },
    });
  }
  return allOf(
    isTight(instance)
      ? 'f(x_N) − f* = LR²/(4N + 2) on the designed Huber function'
      : 'f(x_N) − f* ≤ LR²/(4NLη + 2)',
    parts,
  );
}

function gdAtOneOverL(claimed: (L: number, R: number, N: number) => number, relation: string) {
  return (instance: Instance): Verdict => {
    const { m, N, gap, rounding } = runGd(instance);
    const rhs = claimed(m.L, m.R, N);
    return upperBound({
      relation,
      lhs: gap,
      rhs,
      tolerance: rounding,
      details: { L: m.L, R: m.R, N, 'f(x_N) − f*': gap },
    });
  };
}

const atOneOverL: fc.Arbitrary<Instance> = fc.record({
  problem: smoothConvexInstance({ maxDimension: 3, maxDesignSteps: 64 }),
  stepTimesL: fc.constant(1),
  numSteps: fc.integer({ min: 1, max: 64 }),
});

export const gdDroriTeboulle = defineTheorem<Instance>({
  theoremId: 'classical/gd-drori-teboulle',
  family: 'classical',
  title: 'GD on convex L-smooth functions, tight form: f(x_N) − f* ≤ LR²/(4NLη + 2)',
  mark: 'restated',
  source: {
    authors: 'Y. Drori and M. Teboulle',
    title: 'Performance of first-order methods for smooth convex minimization: a novel approach',
    venue: 'Mathematical Programming 145',
    year: 2014,
    locator: 'Theorem 3.1 and §3.2 (Huber example)',
    arxiv: '1206.3209',
  },
  statement:
    'convex L-smooth, 0 < η ≤ 1/L ⇒ f(x_N) − f* ≤ LR²/(4NLη + 2); attained by Huber at η = 1/L',
  fullStatement:
    'f convex and L-smooth, R = ‖x₀ − x*‖, 0 < η ≤ 1/L ⇒ f(x_N) − f* ≤ LR²/(4NLη + 2); at η = 1/L equality holds ' +
    'for the 1-D Huber function with δ = R/(2N + 1) started at x₀ = R.',
  constants: [
    {
      name: '1/(4NLη + 2)',
      value: 'exact',
      provenance: 'restated',
      why: 'PEP-tight worst case (Drori–Teboulle Thm 3.1)',
    },
  ],
  hypotheses:
    'Quadratics, softplus sums, Huber functions with random horizons; η·L = 1 or in [0.01, 1]; N ≤ 128; half of ' +
    'the instances are the designed Huber case, where equality is also asserted.',
  gaps: ['η·L ∈ (1, 2).', 'Dimension ≤ 5; N ≤ 128.'],
  expected: { status: 'holds' },
  arbitrary: fc.oneof(generic, tight),
  check: checkDroriTeboulle,
  describe,
  hypothesisMargins: (instance) => [
    { hypothesis: 'η ≤ 1/L', value: instance.stepTimesL, relation: '≤', bound: 1 },
    { hypothesis: 'η > 0', value: instance.stepTimesL, relation: '>', bound: 0, scale: 1 },
  ],
  regimes: [
    {
      id: 'attained',
      description: 'the designed Huber instance, where the bound is an equality',
      minShare: 0.25,
      contains: (instance) => isTight(instance),
    },
  ],
  controls: [
    {
      id: 'reaches-lr2-over-8n',
      statement: 'GD at η = 1/L reaches f(x_N) − f* ≤ LR²/(8N)',
      arbitrary: atOneOverL,
      check: gdAtOneOverL((L, R, N) => (L * R * R) / (8 * N), 'f(x_N) − f* ≤ LR²/(8N)'),
      describe,
    },
    {
      id: 'reaches-nesterov-rate',
      statement: "GD at η = 1/L reaches Nesterov's f(x_N) − f* ≤ 2LR²/(N + 1)²",
      arbitrary: atOneOverL,
      check: gdAtOneOverL(
        (L, R, N) => (2 * L * R * R) / (N + 1) ** 2,
        'f(x_N) − f* ≤ 2LR²/(N + 1)²',
      ),
      describe,
    },
  ],
});
