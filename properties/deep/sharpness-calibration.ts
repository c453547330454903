/**
 * deep/sharpness-calibration
 *
 * Statement. Let f(x) = ½xᵀAx with A symmetric positive semi-definite, λ_max = λ_max(A) > 0,
 * and x₀ with a non-zero component c₀ on a top eigenvector. Let Ŝ be the sharpness measured the
 * way deep/edge-of-stability measures it (Lanczos on Hessian–vector products v ↦ Av) and run GD
 * x_{t+1} = x_t − η∇f(x_t) for N steps. Then
 *   η·Ŝ < 2  ⇒  f(x_N) ≤ f(x₀)   (GD is stable), and
 *   η·Ŝ > 2  ⇒  the top component is c_N = (1 − ηλ_max)^N·c₀ exactly, so f(x_N) ≥ ½λ_max c_N²
 *                grows like |1 − ηλ_max|^(2N) and exceeds f(x₀) (GD diverges).
 * This calibrates the 2/η line of the edge-of-stability plots: on a quadratic the measured
 * sharpness puts the divergence threshold exactly at η = 2/Ŝ.
 *
 * Source: classical/quadratic-divergence of THEOREMS.md — GD on a quadratic multiplies the
 * i-th eigen-coordinate by (1 − ηλ_i) per step; e.g. Nesterov, "Lectures on Convex
 * Optimization", 2nd ed., Springer 2018, §1.2.3 [recalled].
 *
 * Hypotheses → generators. Spectra of dimension 1–6 in {0} ∪ [1e-3, 10] with a positive top
 * (src/generators/quadratic.ts), random or diagonal eigenbasis; other start coordinates at most 1
 * in modulus; the top-eigenvector coordinate of x₀ has modulus in [0.5, 1]. η = s/Ŝ with
 * s = η·Ŝ ∈ [0.05, 1.99] (stable side) or [2.01, 3] (unstable side); N = 400.
 * With these, on the unstable side ½λ_max c_N² ≥ ½λ_max·0.25·1.01⁸⁰⁰ > 360·λ_max while
 * f(x₀) ≤ 3λ_max, so "exceeds f(x₀)" is implied by the exact growth of the top component.
 *
 * Tolerance. Rounding in GD on a quadratic is O(d·ε) relative per step in each coordinate;
 * over N = 400 steps the top coordinate's relative error stays below N·d·16ε ≈ 9e-12, so
 * GROWTH_RTOL = 1e-9. The stable side uses the descent-lemma allowance 8·d·ε·λ_max‖x₀‖².
 *
 * Controls. The threshold is neither higher ("η·Ŝ ∈ (2.01, 2.2] still converges") nor lower
 * ("η·Ŝ ∈ [1.01, 1.99] already diverges").
 *
 * Not covered: η·Ŝ within 0.01 of 2 (divergence there is real but slower than N steps show).
 */
import * as fc from 'fast-check';
import { gradientDescent } from '../../src/algorithms/gradientDescent.ts';
import type { QuadraticInstance } from '../../src/generators/quadratic.ts';
import { materializeQuadratic, quadraticInstance } from '../../src/generators/quadratic.ts';
import { matVec } from '../../src/linalg/dense.ts';
import { lanczosTopEigen } from '../../src/linalg/lanczos.ts';
import { allOf, lowerBound, upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { MACHINE_EPSILON, tolerance } from '../../src/numeric/tolerance.ts';

const NUM_STEPS = 400;
/** Relative rounding of the top coordinate after N steps (header: ≈ 9e-12 expected). */
const GROWTH_RTOL = 1e-9;
const ROUNDING_FACTOR = 8;

interface Instance {
  readonly problem: QuadraticInstance;
  /** x₀'s coordinate on the top eigenvector, |·| ∈ [0.5, 1] */
  readonly topStart: number;
  /** s = η·Ŝ */
  readonly stepTimesSharpness: number;
}

function instanceArbitrary(stepTimesSharpness: fc.Arbitrary<number>): fc.Arbitrary<Instance> {
  return fc.record({
    problem: quadraticInstance({ maxDimension: 6, maxEigenvalue: 10, startRadius: 1 }).filter(
      (q) => Math.max(...q.spectrum) > 0,
    ),
    topStart: fc
      .tuple(fc.boolean(), fc.double({ min: 0.5, max: 1, noNaN: true }))
      .map(([negative, m]) => (negative ? -m : m)),
    stepTimesSharpness,
  });
}

function run(instance: Instance) {
  const { spectrum } = instance.problem;
  const top = spectrum.indexOf(Math.max(...spectrum));
  const start = instance.problem.start.map((c, i) => (i === top ? instance.topStart : c));
  const { f, x0 } = materializeQuadratic({ ...instance.problem, start });
  const lambdaMax = spectrum[top];

  // sharpness as the EoS runs measure it: Lanczos on v ↦ Av
  const measured = lanczosTopEigen((v) => matVec(f.A, v), f.dimension, {
    seed: instance.problem.basisSeed ?? 0,
    relTolerance: 1e-12,
  });
  const eta = instance.stepTimesSharpness / measured.value;
  const trace = gradientDescent(f, { stepSize: eta, numSteps: NUM_STEPS, x0 });
  const cN = f.toEigenbasis(trace.x)[top];
  const predicted =
    Math.pow(Math.abs(1 - eta * lambdaMax), NUM_STEPS) * Math.abs(instance.topStart);
  return { f, x0, lambdaMax, measured, eta, trace, cN, predicted };
}

function describe(instance: Instance) {
  return {
    spectrum: instance.problem.spectrum,
    start: instance.problem.start,
    topStart: instance.topStart,
    eigenbasis:
      instance.problem.basisSeed === null ? 'diagonal' : `seed ${instance.problem.basisSeed}`,
    'η·Ŝ': instance.stepTimesSharpness,
    numSteps: NUM_STEPS,
  };
}

function checkThreshold(instance: Instance): Verdict {
  const { f, x0, lambdaMax, measured, eta, trace, cN, predicted } = run(instance);
  const fStart = trace.values[0];
  const fEnd = trace.values[NUM_STEPS];
  const details = {
    λ_max: lambdaMax,
    'Ŝ (Lanczos)': measured.value,
    η: eta,
    '2/Ŝ': 2 / measured.value,
    'f(x₀)': fStart,
    'f(x_N)': fEnd,
    '|c_N|': Math.abs(cN),
    '|1 − ηλ_max|^N·|c₀|': predicted,
  };
  if (instance.stepTimesSharpness < 2) {
    const r0 = x0.reduce((s, x) => s + x * x, 0);
    return upperBound({
      relation: 'η·Ŝ < 2 ⇒ f(x_N) ≤ f(x₀)',
      lhs: fEnd,
      rhs: fStart,
      tolerance: tolerance(0, ROUNDING_FACTOR * f.dimension * MACHINE_EPSILON * lambdaMax * r0),
      details,
    });
  }
  return allOf('η·Ŝ > 2 ⇒ |c_N| = |1 − ηλ_max|^N·|c₀| and f(x_N) > f(x₀)', [
    upperBound({
      relation: '|c_N| ≤ |1 − ηλ_max|^N|c₀|',
      lhs: Math.abs(cN),
      rhs: predicted,
      tolerance: tolerance(GROWTH_RTOL),
      details,
    }),
    lowerBound({
      relation: '|c_N| ≥ |1 − ηλ_max|^N|c₀|',
      lhs: Math.abs(cN),
      rhs: predicted,
      tolerance: tolerance(GROWTH_RTOL),
      details,
    }),
    lowerBound({
      relation: 'f(x_N) ≥ f(x₀)',
      lhs: fEnd,
      rhs: fStart,
      tolerance: tolerance(0),
      details,
    }),
  ]);
}

/** The control's claim: GD with this η converges (f(x_N) ≤ f(x₀)). */
function checkConverges(instance: Instance): Verdict {
  const { trace, eta, measured } = run(instance);
  return upperBound({
    relation: 'f(x_N) ≤ f(x₀) (GD stays stable)',
    lhs: trace.values[NUM_STEPS],
    rhs: trace.values[0],
    tolerance: tolerance(1e-9),
    details: { η: eta, 'η·Ŝ': eta * measured.value },
  });
}

/** The control's claim: GD with this η diverges (f(x_N) > f(x₀)). */
function checkDiverges(instance: Instance): Verdict {
  const { trace, eta, measured } = run(instance);
  return lowerBound({
    relation: 'f(x_N) ≥ f(x₀) (GD diverges)',
    lhs: trace.values[NUM_STEPS],
    rhs: trace.values[0],
    tolerance: tolerance(0),
    details: { η: eta, 'η·Ŝ': eta * measured.value },
  });
}

export const sharpnessCalibration = defineTheorem<Instance>({
  theoremId: 'deep/sharpness-calibration',
  family: 'deep',
  title: 'Calibration of the 2/η line: GD on quadratics diverges exactly when η·Ŝ > 2',
  mark: 'recalled',
  source: {
    authors: 'Y. Nesterov',
    title: 'Lectures on Convex Optimization (2nd ed.)',
    venue: 'Springer',
    year: 2018,
    locator: '§1.2.3 (GD on quadratics); THEOREMS.md classical/quadratic-divergence',
  },
  statement:
    'quadratic, Ŝ by Lanczos: η·Ŝ < 2 ⇒ f(x_N) ≤ f(x₀); η·Ŝ > 2 ⇒ |c_N| = |1 − ηλ_max|^N|c₀| → ∞',
  fullStatement:
    'For f(x) = ½xᵀAx with a start having a component c₀ on the top eigenvector and Ŝ the Lanczos ' +
    'sharpness, GD with η·Ŝ < 2 never raises f, and GD with η·Ŝ > 2 multiplies the top component ' +
    'by exactly (1 − ηλ_max) per step, so f(x_N) → ∞.',
  constants: [
    { name: '2', value: 'exact', provenance: 'recalled', why: '|1 − ηλ| < 1 ⇔ 0 < ηλ < 2' },
    { name: 'GROWTH_RTOL', value: '1e-9', provenance: 'ours', why: 'N·d·16ε over 400 steps' },
  ],
  hypotheses:
    'Quadratics of dimension ≤ 6, spectrum in {0} ∪ [1e-3, 10], top start coordinate of modulus ' +
    '[0.5, 1]; η·Ŝ ∈ [0.05, 1.99] ∪ [2.01, 3]; N = 400.',
  gaps: [
    'η·Ŝ ∈ (1.99, 2.01).',
    'Non-quadratic losses (their sharpness moves; see edge-of-stability).',
  ],
  expected: { status: 'holds' },
  arbitrary: instanceArbitrary(
    fc.oneof(
      fc.double({ min: 0.05, max: 1.99, noNaN: true }),
      fc.double({ min: 2.01, max: 3, noNaN: true }),
    ),
  ),
  check: checkThreshold,
  describe,
  controls: [
    {
      id: 'stable-above-2-over-sharpness',
      statement: 'GD on a quadratic still converges for η·Ŝ ∈ [2.01, 2.2]',
      arbitrary: instanceArbitrary(fc.double({ min: 2.01, max: 2.2, noNaN: true })),
      check: checkConverges,
      describe,
    },
    {
      id: 'diverges-below-2-over-sharpness',
      statement: 'GD on a quadratic already diverges for η·Ŝ ∈ [1.01, 1.99]',
      arbitrary: instanceArbitrary(fc.double({ min: 1.01, max: 1.99, noNaN: true })),
      check: checkDiverges,
      describe,
    },
  ],
});
