/**
 * classical/descent-lemma
 *
 * Statement. Let f be L-smooth and 0 < η < 2/L. Then every gradient step decreases f by at least
 *   f(x_{t+1}) ≤ f(x_t) − η(1 − Lη/2)·‖∇f(x_t)‖².
 *
 * Source: the descent lemma; Nesterov, "Lectures on Convex Optimization", 2nd ed., Springer 2018,
 * Lemma 1.2.3 with Theorem 2.1.5 [recalled].
 *
 * Hypotheses → generators. L-smooth: quadratics ½(x − x*)ᵀA(x − x*) with spectrum in {0} ∪ [1e-3, 10]
 * (convexity is not needed), random or diagonal eigenbasis, L = λ_max exactly. 0 < η < 2/L:
 * η = s/L with s drawn in [0.001, 1.999]. Checked at every step t < numSteps ≤ 40.
 *
 * Tolerance. On a quadratic the lemma is an equality along the top eigenvector, so lhs and rhs
 * can agree to the last bit; rounding in f(x) = ½(x−x*)ᵀA(x−x*) is at most about d·ε·L‖x−x*‖²
 * (the terms of the form, not their sum, set the scale), hence the allowance
 * ROUNDING_FACTOR·d·ε·L·(‖x_t − x*‖² + ‖x_{t+1} − x*‖²).
 *
 * Triage. A failure is re-evaluated in double-double in the eigenbasis (recheckDescent,
 * recheckMonotone): the same inequality, with the rounding allowance scaled down from ε = 2⁻⁵²
 * to 2⁻¹⁰⁴; if it holds there, the double-precision failure was rounding.
 *
 * Not covered: non-quadratic smooth functions (see classical/gd-convex-rate for the softplus
 * family); η exactly 2/L.
 */
import * as fc from 'fast-check';
import { gradientDescent } from '../../src/algorithms/gradientDescent.ts';
import type { QuadraticInstance } from '../../src/generators/quadratic.ts';
import { materializeQuadratic, quadraticInstance } from '../../src/generators/quadratic.ts';
import { allOf, countAtLeast, lowerBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { allowance, MACHINE_EPSILON, tolerance } from '../../src/numeric/tolerance.ts';
import { spectralGradientDescentDD } from '../../src/algorithms/spectralGradientDescentDD.ts';
import type { DD } from '../../src/numeric/doubleDouble.ts';
import {
  add,
  compare,
  dd,
  div,
  DD_EPSILON,
  mul,
  sub,
  toNumber,
} from '../../src/numeric/doubleDouble.ts';

/** 8 covers the two products and the sum of the quadratic form with room to spare. */
const ROUNDING_FACTOR = 8;

function stepTolerance(dimension: number, scale: number) {
  return tolerance(0, ROUNDING_FACTOR * dimension * MACHINE_EPSILON * scale);
}

interface Instance {
  readonly problem: QuadraticInstance;
  /** η·L ∈ (0, 2) for the property, (2, 2.2] for the control */
  readonly stepTimesL: number;
  readonly numSteps: number;
}

function instanceArbitrary(
  stepTimesL: fc.Arbitrary<number>,
  maxSteps: number,
): fc.Arbitrary<Instance> {
  return fc.record({
    problem: quadraticInstance({ maxDimension: 6, maxEigenvalue: 10 }).filter(
      (q) => Math.max(...q.spectrum) > 0,
    ),
    stepTimesL,
    numSteps: fc.integer({ min: 1, max: maxSteps }),
  });
}

function run(instance: Instance) {
  const { f, x0 } = materializeQuadratic(instance.problem);
  const L = f.smoothness;
  const eta = instance.stepTimesL / L;
  const trace = gradientDescent(f, {
    stepSize: eta,
    numSteps: instance.numSteps,
    x0,
    keepIterates: true,
  });
  const distancesSq = (trace.iterates ?? []).map((x) =>
    x.reduce((s, xi, i) => s + (xi - f.minimizer[i]) ** 2, 0),
  );
  return { f, L, eta, trace, distancesSq };
}

function describe(instance: Instance) {
  const L = Math.max(...instance.problem.spectrum);
  return {
    spectrum: instance.problem.spectrum,
    x0InEigenbasis: instance.problem.start,
    eigenbasis:
      instance.problem.basisSeed === null
        ? 'diagonal'
        : `random (seed ${instance.problem.basisSeed})`,
    L,
    stepSize: instance.stepTimesL / L,
    'η·L': instance.stepTimesL,
    numSteps: instance.numSteps,
  };
}

function checkDescent(instance: Instance): Verdict {
  const { f, L, eta, trace, distancesSq } = run(instance);
  const d = f.dimension;
  const steps: Verdict[] = [];
  for (let t = 0; t < instance.numSteps; t++) {
    const decrease = eta * (1 - (L * eta) / 2) * trace.gradNormsSq[t];
    const scale = L * (distancesSq[t] + distancesSq[t + 1]);
    // stated as actual decrease ≥ guaranteed decrease, so the ratio guaranteed/actual ∈ [0, 1]
    // measures tightness (1 on the top eigenvector) instead of dividing two numbers near f*
    const step = lowerBound({
      relation: `f(x_${t}) − f(x_${t + 1}) ≥ η(1 − Lη/2)‖∇f(x_${t})‖²`,
      lhs: trace.values[t] - trace.values[t + 1],
      rhs: decrease,
      tolerance: stepTolerance(d, scale),
      details: { t, 'f(x_t)': trace.values[t], '‖∇f(x_t)‖²': trace.gradNormsSq[t] },
    });
    // a step whose guaranteed decrease is below rounding says nothing about tightness: it is
    // still checked (a real increase fails it) but does not compete for the worst ratio
    const vacuous = decrease <= allowance(decrease, stepTolerance(d, scale));
    if (!step.holds || !vacuous) steps.push(step);
  }
  if (steps.length === 0) {
    return lowerBound({
      relation: 'every step vacuous: guaranteed decrease below rounding',
      lhs: 0,
      rhs: 0,
      tolerance: tolerance(0),
      details: { numSteps: instance.numSteps },
    });
  }
  return allOf('f(x_t) − f(x_{t+1}) ≥ η(1 − Lη/2)‖∇f(x_t)‖² for every t', steps);
}

function checkMonotone(instance: Instance): Verdict {
  const { f, trace } = run(instance);
  let increases = 0;
  let firstIncrease = -1;
  for (let t = 0; t < instance.numSteps; t++) {
    // a rise beyond rounding: relative 8·d·ε of the current value
    if (
      trace.values[t + 1] >
      trace.values[t] * (1 + ROUNDING_FACTOR * f.dimension * MACHINE_EPSILON)
    ) {
      increases++;
      if (firstIncrease < 0) firstIncrease = t;
    }
  }
  // the claim "monotone" holds when there are zero increases: encode as 0 ≥ increases
  return countAtLeast(
    'f(x_{t+1}) ≤ f(x_t) for every t (number of increases must be 0)',
    0,
    increases,
    {
      increases,
      firstIncreaseAt: firstIncrease,
      'f(x_0)': trace.values[0],
      'f(x_N)': trace.values[instance.numSteps],
    },
  );
}

/** The same run in double-double, in eigen-coordinates (a second way, for triage). */
function runDD(instance: Instance) {
  const { spectrum, start } = instance.problem;
  const L = Math.max(...spectrum);
  const eta = div(dd(instance.stepTimesL), dd(L));
  return { L, eta, trace: spectralGradientDescentDD(spectrum, start, eta, instance.numSteps) };
}

function recheckDescent(instance: Instance): Verdict {
  const { L, eta, trace } = runDD(instance);
  const d = instance.problem.spectrum.length;
  const factor = mul(eta, sub(dd(1), mul(dd(L / 2), eta))); // η(1 − Lη/2)
  let worst: { t: number; lhs: DD; rhs: DD; holds: boolean; ratio: number } | null = null;
  for (let t = 0; t < instance.numSteps; t++) {
    const lhs = sub(trace.values[t], trace.values[t + 1]);
    const rhs = mul(factor, trace.gradNormsSq[t]);
    const slack = mul(
      dd(ROUNDING_FACTOR * d * DD_EPSILON * L),
      add(trace.distancesSq[t], trace.distancesSq[t + 1]),
    );
    const holds = compare(add(lhs, slack), rhs) >= 0;
    if (holds && compare(rhs, slack) <= 0) continue; // vacuous step, as in checkDescent
    const ratio =
      toNumber(lhs) === 0 ? (toNumber(rhs) === 0 ? 1 : Infinity) : toNumber(div(rhs, lhs));
    const step = { t, lhs, rhs, holds, ratio };
    if (worst === null || (!holds && worst.holds) || (holds === worst.holds && ratio > worst.ratio))
      worst = step;
  }
  if (worst === null) {
    return {
      holds: true,
      relation: 'every step vacuous (double-double)',
      lhs: 0,
      rhs: 0,
      ratio: 1,
      details: {},
    };
  }
  return {
    holds: worst.holds,
    relation: `f(x_${worst.t}) − f(x_${worst.t + 1}) ≥ η(1 − Lη/2)‖∇f(x_${worst.t})‖² (double-double)`,
    lhs: toNumber(worst.lhs),
    rhs: toNumber(worst.rhs),
    ratio: worst.ratio,
    details: { t: worst.t },
  };
}

function recheckMonotone(instance: Instance): Verdict {
  const { trace } = runDD(instance);
  // a rise beyond rounding, as in checkMonotone with ε = 2⁻¹⁰⁴
  const rise = add(dd(1), dd(ROUNDING_FACTOR * instance.problem.spectrum.length * DD_EPSILON));
  let increases = 0;
  for (let t = 0; t < instance.numSteps; t++) {
    if (compare(trace.values[t + 1], mul(trace.values[t], rise)) > 0) increases++;
  }
  return countAtLeast('number of increases must be 0 (double-double)', 0, increases, { increases });
}

function conditionNumbers(instance: Instance): Record<string, number> {
  const positive = instance.problem.spectrum.filter((l) => l > 0);
  return { 'κ = λ_max/λ_min⁺': Math.max(...positive) / Math.min(...positive) };
}

function stepMargins(instance: Instance) {
  return [
    { hypothesis: 'η < 2/L', value: instance.stepTimesL, relation: '<', bound: 2 },
    { hypothesis: 'η > 0', value: instance.stepTimesL, relation: '>', bound: 0, scale: 2 },
  ] as const;
}

export const descentLemma = defineTheorem<Instance>({
  theoremId: 'classical/descent-lemma',
  family: 'classical',
  title: 'Descent lemma',
  mark: 'recalled',
  source: {
    authors: 'Y. Nesterov',
    title: 'Lectures on Convex Optimization (2nd ed.)',
    venue: 'Springer',
    year: 2018,
    locator: 'Lemma 1.2.3 and Theorem 2.1.5',
  },
  statement: 'L-smooth f, 0 < η < 2/L ⇒ f(x_{t+1}) ≤ f(x_t) − η(1 − Lη/2)‖∇f(x_t)‖²',
  fullStatement:
    'If ∇f is L-Lipschitz and 0 < η < 2/L, then x_{t+1} = x_t − η∇f(x_t) satisfies ' +
    'f(x_{t+1}) ≤ f(x_t) − η(1 − Lη/2)‖∇f(x_t)‖².',
  constants: [
    {
      name: '1 − Lη/2',
      value: 'exact',
      provenance: 'recalled',
      why: 'from the quadratic upper bound of L-smooth functions',
    },
  ],
  hypotheses:
    'Quadratics with spectrum in {0} ∪ [1e-3, 10], L = λ_max exactly; η·L uniform in [0.001, 1.999]; up to 40 steps.',
  gaps: [
    'Non-quadratic L-smooth functions are exercised by the rate theorems, not here.',
    'η·L = 2 exactly.',
  ],
  expected: { status: 'holds' },
  arbitrary: instanceArbitrary(fc.double({ min: 0.001, max: 1.999, noNaN: true }), 40),
  check: checkDescent,
  recheck: recheckDescent,
  conditionNumbers,
  hypothesisMargins: stepMargins,
  describe,
  controls: [
    {
      id: 'monotone-above-2-over-l',
      statement: 'η slightly above 2/L (η·L ∈ (2, 2.2]) is still monotone on quadratics',
      arbitrary: instanceArbitrary(fc.double({ min: 2.0001, max: 2.2, noNaN: true }), 400),
      check: checkMonotone,
      recheck: recheckMonotone,
      conditionNumbers,
      describe,
    },
  ],
});
