/**
 * classical/quadratic-divergence
 *
 * Statement. Let f(x) = ½(x − x*)ᵀA(x − x*) with A ⪰ 0, top eigenvalue L > 0, η > 2/L, and let
 * x₀ − x* have a component c_top ≠ 0 on the top eigenspace. Then GD diverges at exactly the rate
 * |1 − ηL|^(2t):
 *   ½L‖c_top‖²·(ηL − 1)^(2t) ≤ f(x_t) − f* ≤ (ηL − 1)^(2t)·(f(x₀) − f*)   for every t,
 * so f(x_t) → ∞. (In the eigenbasis f(x_t) − f* = ½Σ λᵢ(1 − ηλᵢ)^(2t)cᵢ², and for η > 2/L the
 * largest |1 − ηλ| over λ ∈ [0, L] is ηL − 1 > 1, attained only at λ = L.)
 *
 * Source: the classical stability threshold of GD on quadratics, e.g. Nesterov, "Lectures on
 * Convex Optimization", 2nd ed., Springer 2018, §1.2.3 [recalled]; the sandwich is [derived]
 * from the eigen-expansion above.
 *
 * Hypotheses → generators. Quadratics with spectrum in {0} ∪ [1e-3, 10] (random or diagonal
 * basis), start filtered to have a non-zero coordinate on some eigenvalue equal to L; η·L drawn
 * in (2, 4]; up to 100 steps (so (ηL − 1)^(2t) ≤ 9^100 stays finite).
 *
 * Tolerance. Rounding injects about d·ηL·ε‖x_s‖ into x at each step; the top direction amplifies
 * it at the same rate as the signal, so relative to the top component the error after t steps
 * is ≲ t·d·ηL·ε·‖c‖/‖c_top‖, doubled for the square: DIVERGENCE_ROUNDING·(t + 1)·d·ηL·ε·‖c‖/‖c_top‖
 * relative, with DIVERGENCE_ROUNDING = 16 for the constants of the matrix–vector products.
 *
 * Not covered: η exactly 2/L (f stays bounded on the top direction); non-quadratic functions.
 * Control: dropping the top-component hypothesis, f need not grow (x₀ on a small eigenvalue);
 * its generator uses small integer spectra and starts so that the witness is readable.
 */
import * as fc from 'fast-check';
import { gradientDescent } from '../../src/algorithms/gradientDescent.ts';
import type { QuadraticInstance } from '../../src/generators/quadratic.ts';
import { integerQuadraticInstance } from '../../src/generators/integerQuadratic.ts';
import { materializeQuadratic, quadraticInstance } from '../../src/generators/quadratic.ts';
import { allOf, countAtLeast, lowerBound, upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { MACHINE_EPSILON, tolerance } from '../../src/numeric/tolerance.ts';

const DIVERGENCE_ROUNDING = 16;

interface Instance {
  readonly problem: QuadraticInstance;
  /** η·L ∈ (2, 4] */
  readonly stepTimesL: number;
  readonly numSteps: number;
}

function topMassOf(q: QuadraticInstance): number {
  const L = Math.max(...q.spectrum);
  return q.spectrum.reduce((s, lambda, i) => (lambda === L ? s + q.start[i] ** 2 : s), 0);
}

const problems = quadraticInstance({ maxDimension: 5, maxEigenvalue: 10 }).filter(
  (q) => Math.max(...q.spectrum) > 0,
);

const arbitrary = fc.record({
  problem: problems.filter((q) => topMassOf(q) > 0),
  stepTimesL: fc.double({ min: 2.0001, max: 4, noNaN: true }),
  numSteps: fc.integer({ min: 1, max: 100 }),
});

function run(instance: Instance) {
  const { f, x0 } = materializeQuadratic(instance.problem);
  const L = f.smoothness;
  const eta = instance.stepTimesL / L;
  const trace = gradientDescent(f, { stepSize: eta, numSteps: instance.numSteps, x0 });
  return { f, L, eta, trace };
}

function describe(instance: Instance) {
  const q = instance.problem;
  return {
    spectrum: q.spectrum,
    x0InEigenbasis: q.start,
    eigenbasis: q.basisSeed === null ? 'diagonal' : `random (seed ${q.basisSeed})`,
    'η·L': instance.stepTimesL,
    numSteps: instance.numSteps,
  };
}

function checkSandwich(instance: Instance): Verdict {
  const { f, L, eta, trace } = run(instance);
  const q = instance.problem;
  const growth = (eta * L - 1) ** 2;
  const topMass = topMassOf(q);
  const f0 = 0.5 * q.spectrum.reduce((s, lambda, i) => s + lambda * q.start[i] ** 2, 0);
  const spread = Math.sqrt(q.start.reduce((s, c) => s + c * c, 0) / topMass);
  const parts: Verdict[] = [];
  for (let t = 1; t <= instance.numSteps; t++) {
    const tol = tolerance(
      DIVERGENCE_ROUNDING * (t + 1) * f.dimension * eta * L * MACHINE_EPSILON * spread,
    );
    const factor = growth ** t;
    const details = { t, 'f(x_t)': trace.values[t], '(ηL − 1)^(2t)': factor };
    parts.push(
      lowerBound({
        relation: `f(x_${t}) ≥ ½L‖c_top‖²(ηL − 1)^(2t)`,
        lhs: trace.values[t],
        rhs: 0.5 * L * topMass * factor,
        tolerance: tol,
        details,
      }),
      upperBound({
        relation: `f(x_${t}) ≤ (ηL − 1)^(2t)·f(x₀)`,
        lhs: trace.values[t],
        rhs: factor * f0,
        tolerance: tol,
        details,
      }),
    );
  }
  return allOf(
    '½L‖c_top‖²(ηL − 1)^(2t) ≤ f(x_t) − f* ≤ (ηL − 1)^(2t)(f(x₀) − f*) for every t',
    parts,
  );
}

/**
 * A fall counts only beyond rounding: each step perturbs f by ≲ 8·d·ε relative (as in
 * descent-lemma), and the drift adds up over N steps when |1 − ηλ| = 1 exactly.
 */
const FALL_ROUNDING = 8;

function checkNeverFallsFromAnyStart(instance: Instance): Verdict {
  const { f, trace } = run(instance);
  const N = instance.numSteps;
  const fell =
    trace.values[N] <
    trace.values[0] * (1 - FALL_ROUNDING * (N + 1) * f.dimension * MACHINE_EPSILON);
  // the claim "f(x_N) ≥ f(x₀)" holds when there is no fall: encode as 0 ≥ falls
  return countAtLeast('f(x_N) ≥ f(x₀) from every x₀ (number of falls must be 0)', 0, fell ? 1 : 0, {
    'f(x₀)': trace.values[0],
    'f(x_N)': trace.values[N],
  });
}

export const quadraticDivergence = defineTheorem<Instance>({
  theoremId: 'classical/quadratic-divergence',
  family: 'classical',
  title: 'GD diverges on quadratics above η = 2/L, at rate |1 − ηL|^(2t)',
  mark: 'recalled',
  source: {
    authors: 'Y. Nesterov',
    title: 'Lectures on Convex Optimization (2nd ed.)',
    venue: 'Springer',
    year: 2018,
    locator: '§1.2.3 (gradient method on quadratics)',
  },
  statement:
    'quadratic, top eigenvalue L, η > 2/L, c_top ≠ 0 ⇒ f(x_t) − f* grows exactly like |1 − ηL|^(2t)',
  fullStatement:
    'f(x) = ½(x − x*)ᵀA(x − x*), A ⪰ 0 with top eigenvalue L, η > 2/L, x₀ − x* with component c_top ≠ 0 on ' +
    'the top eigenspace ⇒ ½L‖c_top‖²(ηL − 1)^(2t) ≤ f(x_t) − f* ≤ (ηL − 1)^(2t)(f(x₀) − f*), so f(x_t) → ∞.',
  constants: [
    {
      name: '(ηL − 1)^(2t)',
      value: 'exact',
      provenance: 'derived',
      why: 'eigen-expansion of GD on a quadratic',
    },
  ],
  hypotheses:
    'Quadratics with spectrum in {0} ∪ [1e-3, 10], random or diagonal basis, start with a non-zero top component; ' +
    'η·L ∈ (2, 4]; 1–100 steps; the sandwich is checked at every step.',
  gaps: ['η·L = 2 exactly.', 'Non-quadratic objectives.'],
  expected: { status: 'holds' },
  arbitrary,
  check: checkSandwich,
  describe,
  conditionNumbers: (instance) => {
    const positive = instance.problem.spectrum.filter((l) => l > 0);
    return { 'κ = λ_max/λ_min⁺': Math.max(...positive) / Math.min(...positive) };
  },
  hypothesisMargins: (instance) => [
    { hypothesis: 'η > 2/L', value: instance.stepTimesL, relation: '>', bound: 2 },
  ],
  controls: [
    {
      id: 'never-falls-from-any-start',
      statement:
        'η > 2/L never lets f fall: f(x_N) ≥ f(x₀) from every start (no top-component hypothesis)',
      arbitrary: fc.record({
        // integer spectra and starts keep witnesses readable (no eigenvalue a hair below 2/η)
        problem: integerQuadraticInstance(),
        stepTimesL: fc.double({ min: 2.0001, max: 4, noNaN: true }),
        numSteps: fc.integer({ min: 1, max: 100 }),
      }),
      check: checkNeverFallsFromAnyStart,
      describe,
    },
  ],
});
