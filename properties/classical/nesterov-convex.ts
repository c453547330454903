/**
 * classical/nesterov-convex
 *
 * Statement. Let f be convex and L-smooth with minimiser x*, R = ‖x₀ − x*‖. The fast gradient
 * method x_{t+1} = y_t − ∇f(y_t)/L, y_{t+1} = x_{t+1} + ((t − 1)/(t + 2))·(x_{t+1} − x_t) with
 * y₀ = x₀ (algorithms/fastGradient.ts; the momentum of step t is (t − 1)/(t + 2)) satisfies
 *   f(x_n) − f* ≤ 2LR²/(n + 1)²   for every n ≥ 1.
 * The performance-estimation value 2LR²/(n² + 5n + 6) = 2LR²/((n + 2)(n + 3)) is reported for
 * each instance as a tightness reference (ratio to it), not asserted as a bound. It is attained,
 * though: on the 1-D Huber function with δ = 4R/((n + 2)(n + 3)), started at x₀ = R, FGM stays on
 * the linear piece and moves by δ·S_n in all, S_n = (n² + 5n + 2)/8, so it ends at exactly
 * LR²/(2(2S_n + 1)) = 2LR²/((n + 2)(n + 3)) — the analogue of the Huber example for GD. A quarter
 * of the instances are that case, where the equality is asserted too [derived; found here and
 * fuzz-tested in float64 for L, R ∈ [1e-2, 1e2], n ≤ 128].
 * The bound comes from a potential the method never increases: with θ_t = 2/(t + 2), z₀ = x₀
 * and z_{t+1} = x_t + (x_{t+1} − x_t)/θ_t,
 *   (t + 2)²/4·(f(x_{t+1}) − f*) + (L/2)‖z_{t+1} − x*‖²
 *     ≤ t(t + 2)/4·(f(x_t) − f*) + (L/2)‖z_t − x*‖²,
 * which telescopes to the rate. It is checked at every step as part of the property: the rate
 * alone has room on the generated instances (largest ratio ≈ 0.91), and a wrong momentum such
 * as t/(t + 2) or (t − 1)/(t + 1) still meets it there, while the potential breaks at once.
 *
 * Source: Y. Nesterov, "A method for solving the convex programming problem with convergence
 * rate O(1/k²)", Soviet Math. Doklady 27 (1983); the momentum form and the constant 2 as in
 * Beck & Teboulle, SIAM J. Imaging Sci. 2 (2009), Theorem 4.4 [recalled]. The PEP value is from
 * THEOREMS.md [restated] (performance estimation, Drori & Teboulle 2014, arXiv:1206.3209). The
 * potential is the estimate-sequence argument (convexity at y_t against (1 − θ_t)x_t + θ_t·x*,
 * plus the descent lemma), [derived] in this form.
 *
 * Hypotheses → generators. As classical/gd-convex-rate: quadratics (PSD), softplus sums,
 * Huber worst cases (for GD; FGM is not tight on them); n ≤ 128, checked at every t ≤ n;
 * R and f* conservative.
 *
 * Tolerance. Momentum near 1 lets a rounding perturbation grow linearly along flat directions,
 * so the accumulated error after t steps is ≲ t²·d·ε relative: RATE_ROUNDING·(t + 1)²·d·ε with
 * RATE_ROUNDING = 64, plus valueFloor (the rounding of f* in f(x_t) − f*). The potential's terms
 * have magnitude A·|f| and L‖z‖², and z divides the rounding of x by θ_t, so the allowance is
 * POTENTIAL_ROUNDING·(t + 2)²·d·ε of those magnitudes (= 16) plus A·valueFloor; its left side is
 * taken from above and its right side from below (x* from Newton). PEP attainment: the
 * iterates on the linear piece accumulate ≲ (n + 2)²·ε relative rounding (n steps, each with a
 * momentum sum of ≲ n terms): PEP_ATTAINMENT·(n + 2)²·ε with PEP_ATTAINMENT = 8 (seen ≤ 23(n + 2)ε).
 *
 * Not covered: instances where 2LR²/(n + 1)² itself is approached (it is not tight: the PEP value
 * is smaller by a factor (n + 1)²/((n + 2)(n + 3)) < 1); dimension > 5.
 * Control: FGM is not a descent method — it is refuted that f(x_t) is non-increasing.
 */
import * as fc from 'fast-check';
import { fastGradientMethod } from '../../src/algorithms/fastGradient.ts';
import type {
  MaterializedSmoothConvex,
  SmoothConvexInstance,
} from '../../src/generators/smoothConvex.ts';
import {
  describeSmoothConvex,
  materializeSmoothConvex,
  smoothConvexInstance,
} from '../../src/generators/smoothConvex.ts';
import { logUniformDouble } from '../../src/generators/quadratic.ts';
import { allOf, countAtLeast, upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { isClose, MACHINE_EPSILON, tolerance } from '../../src/numeric/tolerance.ts';

const RATE_ROUNDING = 64;
const POTENTIAL_ROUNDING = 16;
const PEP_ATTAINMENT = 8;
/** A rise counts only beyond rounding of f: 8·(t + 1)·d·ε relative, as in descent-lemma. */
const RISE_ROUNDING = 8;

interface Instance {
  readonly problem: SmoothConvexInstance;
  readonly numSteps: number;
}

/** 2·designSteps + 1 = (n + 2)(n + 3)/4, i.e. δ = 4R/((n + 2)(n + 3)); exact in binary. */
function pepDesign(n: number): number {
  return ((n + 2) * (n + 3)) / 4 / 2 - 0.5;
}

function isPepTight(instance: Instance): boolean {
  const p = instance.problem;
  return p.kind === 'huber' && p.huber.designSteps === pepDesign(instance.numSteps);
}

const generic: fc.Arbitrary<Instance> = fc.record({
  problem: smoothConvexInstance({ maxDimension: 5, maxDesignSteps: 128 }),
  numSteps: fc.integer({ min: 1, max: 128 }),
});

/** The Huber function on which FGM attains the PEP value after exactly n steps. */
const pepTight: fc.Arbitrary<Instance> = fc
  .record({
    smoothness: logUniformDouble(1e-2, 1e2),
    radius: logUniformDouble(1e-2, 1e2),
    numSteps: fc.integer({ min: 1, max: 128 }),
  })
  .map(({ smoothness, radius, numSteps }) => ({
    problem: {
      kind: 'huber' as const,
      huber: { smoothness, radius, designSteps: pepDesign(numSteps) },
    },
    numSteps,
  }));

function describe(instance: Instance) {
  return { ...describeSmoothConvex(instance.problem), numSteps: instance.numSteps };
}

function runFgm(instance: Instance) {
  const m = materializeSmoothConvex(instance.problem);
  const trace = fastGradientMethod(m.f, {
    numSteps: instance.numSteps,
    x0: m.x0,
    variant: 'convex',
    keepIterates: true,
  });
  return { m, trace };
}

const normSq = (v: ArrayLike<number>) => Array.from(v).reduce((s, x) => s + x * x, 0);

/** The potential step t → t + 1 of the estimate-sequence proof, for every t < n. */
function potentialSteps(
  m: MaterializedSmoothConvex,
  iterates: readonly Float64Array[],
  values: Float64Array,
) {
  const d = m.f.dimension;
  const xStarSq = normSq(m.f.minimizer);
  const parts: Verdict[] = [];
  let z = Float64Array.from(iterates[0]);
  for (let t = 0; t + 1 < iterates.length; t++) {
    const theta = 2 / (t + 2);
    const next = iterates[t].map((xi, i) => xi + (iterates[t + 1][i] - xi) / theta);
    const A = (t + 2) ** 2 / 4;
    const APrev = (t * (t + 2)) / 4;
    const lhs = A * m.gap(values[t + 1]) + (m.L / 2) * m.distance(next) ** 2;
    const rhs = APrev * Math.max(0, m.gapLower(values[t])) + (m.L / 2) * m.distanceLower(z) ** 2;
    const magnitude =
      A * (Math.abs(values[t + 1]) + Math.abs(m.f.minimum)) +
      m.L * (normSq(next) + normSq(z) + xStarSq);
    const atol =
      POTENTIAL_ROUNDING * (t + 2) ** 2 * d * MACHINE_EPSILON * magnitude + A * m.valueFloor;
    parts.push(
      upperBound({
        relation: `potential at ${t + 1} ≤ potential at ${t}`,
        lhs,
        rhs,
        tolerance: tolerance(0, atol),
        details: { t, 'A_{t+1}(f(x_{t+1}) − f*) + (L/2)‖z_{t+1} − x*‖²': lhs },
      }),
    );
    z = next;
  }
  return parts;
}

function checkRate(instance: Instance): Verdict {
  const { m, trace } = runFgm(instance);
  const n = instance.numSteps;
  const d = m.f.dimension;
  const LR2 = m.L * m.R * m.R;

  // the potential first: a failure there is the sharper diagnosis
  const potential = allOf(
    'A_{t+1}(f(x_{t+1}) − f*) + (L/2)‖z_{t+1} − x*‖² ≤ A′_t(f(x_t) − f*) + (L/2)‖z_t − x*‖² for every t',
    potentialSteps(m, trace.iterates!, trace.values),
  );
  if (!potential.holds) return potential;

  // the rate, with the PEP value as a reference
  const parts: Verdict[] = [];
  for (let t = 1; t <= n; t++) {
    const gap = m.gap(trace.values[t]);
    parts.push(
      upperBound({
        relation: `f(x_${t}) − f* ≤ 2LR²/(${t} + 1)²`,
        lhs: gap,
        rhs: (2 * LR2) / (t + 1) ** 2,
        tolerance: tolerance(RATE_ROUNDING * (t + 1) ** 2 * d * MACHINE_EPSILON, m.valueFloor),
        details: {
          t,
          L: m.L,
          R: m.R,
          'f(x_t) − f*': gap,
          'ratio to PEP value 2LR²/(t² + 5t + 6)': gap / ((2 * LR2) / (t * t + 5 * t + 6)),
        },
      }),
    );
  }
  // on the designed Huber function the PEP value itself is attained at t = n
  if (isPepTight(instance)) {
    const gap = m.gap(trace.values[n]);
    const pep = (2 * LR2) / (n * n + 5 * n + 6);
    parts.push({
      holds: isClose(gap, pep, tolerance(PEP_ATTAINMENT * (n + 2) ** 2 * MACHINE_EPSILON)),
      relation: 'Huber(δ = 4R/((n + 2)(n + 3))) attains f(x_n) − f* = 2LR²/(n² + 5n + 6)',
      lhs: gap,
      rhs: pep,
      ratio: gap / pep,
      details: { n, L: m.L, R: m.R, 'relative gap': (gap - pep) / pep },
    });
  }
  const rate = allOf('f(x_t) − f* ≤ 2LR²/(t + 1)² for every t ≤ n', parts);
  return { ...rate, details: { ...rate.details, 'largest potential ratio': potential.ratio } };
}

function checkMonotone(instance: Instance): Verdict {
  const { m, trace } = runFgm(instance);
  let rises = 0;
  let firstRise = -1;
  for (let t = 0; t < instance.numSteps; t++) {
    const slack =
      RISE_ROUNDING * (t + 1) * m.f.dimension * MACHINE_EPSILON * Math.abs(trace.values[t]);
    if (trace.values[t + 1] > trace.values[t] + slack + m.valueFloor) {
      rises++;
      if (firstRise < 0) firstRise = t;
    }
  }
  return countAtLeast('f(x_{t+1}) ≤ f(x_t) for every t (number of rises must be 0)', 0, rises, {
    rises,
    firstRiseAt: firstRise,
    'f(x_0)': trace.values[0],
  });
}

export const nesterovConvex = defineTheorem<Instance>({
  theoremId: 'classical/nesterov-convex',
  family: 'classical',
  title: "Nesterov's fast gradient method: f(x_n) − f* ≤ 2LR²/(n + 1)²",
  mark: 'recalled',
  source: {
    authors: 'A. Beck and M. Teboulle',
    title: 'A fast iterative shrinkage-thresholding algorithm for linear inverse problems',
    venue: 'SIAM Journal on Imaging Sciences 2(1)',
    year: 2009,
    locator: 'Theorem 4.4 (smooth case: Nesterov 1983)',
  },
  statement: 'FGM, momentum (t−1)/(t+2), step 1/L ⇒ f(x_n) − f* ≤ 2LR²/(n+1)²',
  fullStatement:
    'f convex and L-smooth, R = ‖x₀ − x*‖; x_{t+1} = y_t − ∇f(y_t)/L, y_{t+1} = x_{t+1} + β_{t+1}(x_{t+1} − x_t), ' +
    'β_t = (t − 1)/(t + 2), y₀ = x₀ ⇒ f(x_n) − f* ≤ 2LR²/(n + 1)² for every n ≥ 1.',
  constants: [
    {
      name: '2',
      value: '2',
      provenance: 'recalled',
      why: 'estimate-sequence constant of the 1/k² rate',
    },
    {
      name: '2/(n² + 5n + 6)',
      value: 'reference',
      provenance: 'restated',
      why: 'PEP value, reported as a reference (not asserted as a bound)',
    },
    {
      name: 'δ = 4R/((n + 2)(n + 3))',
      value: 'exact',
      provenance: 'derived',
      why: 'Huber threshold on which FGM attains the PEP value (asserted on a quarter of instances)',
    },
  ],
  hypotheses:
    'Quadratics (PSD, spectrum in {0} ∪ [1e-3, 10]), softplus sums (μ ≥ 0), Huber functions; ' +
    'a quarter of instances the PEP-attaining Huber case; n ≤ 128, every t ≤ n, with the ' +
    'estimate-sequence potential; R and f* conservative.',
  gaps: [
    'The PEP value is attained only on the designed Huber case; other worst cases are not sought.',
    'Dimension ≤ 5.',
  ],
  expected: { status: 'holds' },
  arbitrary: fc.oneof({ arbitrary: generic, weight: 3 }, { arbitrary: pepTight, weight: 1 }),
  check: checkRate,
  describe,
  regimes: [
    {
      id: 'pep-attained',
      description:
        'the Huber function with δ = 4R/((n + 2)(n + 3)), where the PEP value is attained',
      minShare: 0.1,
      contains: (instance) => isPepTight(instance),
    },
  ],
  controls: [
    {
      id: 'monotone',
      statement: 'FGM is a descent method: f(x_{t+1}) ≤ f(x_t) for every t',
      arbitrary: fc.record({
        problem: smoothConvexInstance({ maxDimension: 3, maxDesignSteps: 32 }),
        numSteps: fc.integer({ min: 1, max: 64 }),
      }),
      check: checkMonotone,
      describe,
    },
  ],
});
