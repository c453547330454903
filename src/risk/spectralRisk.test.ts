/**
 * O3 against the plain algorithms. The conditional risk of a linear estimator θ̂ = Ay is exact by
 * linearity: bias = ‖AXθ* − θ*‖²_Σ (run on noiseless responses), variance = σ²·Σ_i ‖Ae_i‖²_Σ
 * (run on each unit response e_i). Both routes (Gram for d ≤ n, kernel for d > n) are covered.
 *
 * Tolerance. A perturbation δs ≈ r·ε·s_max of an eigenvalue moves a filter with effective
 * penalty λ_eff (λ for ridge, 1/(ηt) for GD) by ≤ δs/λ_eff; GD iterated t times accumulates about
 * t·d·ε; the risk is a sum over at most n + d terms whose scale is ‖θ*‖²_Σ + σ². Hence
 * rtol = GROWTH·(r·s_max/λ_eff + t·d + n + d)·ε with GROWTH = 64 covering the constants.
 */
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { expect } from 'vitest';
import type { Mat } from '../linalg/dense.ts';
import { createMat } from '../linalg/dense.ts';
import { sampleDesign } from '../linreg/design.ts';
import { gdLeastSquares, ridgeSolve } from '../linreg/estimators.ts';
import { materializeLinreg } from '../linreg/instance.ts';
import { linregInstance } from '../generators/linreg.ts';
import { logUniformDouble, seedArbitrary } from '../generators/quadratic.ts';
import { isClose, MACHINE_EPSILON, tolerance } from '../numeric/tolerance.ts';
import { gdFilter, ridgeFilter } from './filters.ts';
import type { SpectralFilter } from './filters.ts';
import { spectralDesign } from './spectralDesign.ts';
import { spectralRisk, topEigenvalue } from './spectralRisk.ts';

const GROWTH = 64;

function sigmaNormSq(
  v: ArrayLike<number>,
  spectrum: ArrayLike<number>,
  minus?: ArrayLike<number>,
): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    const e = v[i] - (minus ? minus[i] : 0);
    s += spectrum[i] * e * e;
  }
  return s;
}

/** bias and variance of θ̂ = Ay by linearity, with A given as a routine y ↦ θ̂ */
function riskByLinearity(
  X: Mat,
  spectrum: Float64Array,
  thetaStar: Float64Array,
  noiseVariance: number,
  estimator: (y: Float64Array) => Float64Array,
) {
  const n = X.rows;
  const d = X.cols;
  const clean = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) clean[i] += X.data[i * d + j] * thetaStar[j];
  }
  const bias = sigmaNormSq(estimator(clean), spectrum, thetaStar);
  let variance = 0;
  for (let i = 0; i < n; i++) {
    const e = new Float64Array(n);
    e[i] = 1;
    variance += noiseVariance * sigmaNormSq(estimator(e), spectrum);
  }
  return { bias, variance, risk: bias + variance };
}

const setting = fc.record({
  instance: linregInstance({ maxDimension: 24, maxSampleSize: 24 }),
  seed: seedArbitrary,
  stepFraction: fc.double({ min: 0.05, max: 1, noNaN: true }),
  numSteps: fc.integer({ min: 0, max: 60 }),
  lambda: logUniformDouble(1e-3, 10),
});

function designOf(instance: Parameters<typeof materializeLinreg>[0], seed: number) {
  const problem = materializeLinreg(instance);
  const X = sampleDesign(problem.spectrum, instance.sampleSize, seed);
  return { problem, X, design: spectralDesign(X, problem.spectrum, problem.thetaStar) };
}

function expectAgreement(
  exact: { risk: number },
  filter: SpectralFilter,
  spectral: { risk: number },
  rtol: number,
  scale: number,
) {
  const tol = tolerance(rtol, rtol * scale);
  if (!isClose(spectral.risk, exact.risk, tol)) {
    expect.fail(`${filter.name}: spectral ${spectral.risk} vs direct ${exact.risk} (rtol ${rtol})`);
  }
}

test.prop([setting], { numRuns: 60, seed: 31 })(
  'GD after t steps: spectral risk (filter 1 − (1 − ηs)^t) = risk of the iterated algorithm',
  ({ instance, seed, stepFraction, numSteps }) => {
    const { problem, X, design } = designOf(instance, seed);
    const sMax = topEigenvalue(design);
    if (sMax === 0) return;
    const eta = stepFraction / sMax;
    const filter = gdFilter(eta, numSteps);
    const spectral = spectralRisk(design, filter, problem.noiseVariance);
    const exact = riskByLinearity(
      X,
      problem.spectrum,
      problem.thetaStar,
      problem.noiseVariance,
      (y) => gdLeastSquares(X, y, eta, numSteps),
    );
    const r = design.eigenvalues.length;
    const lambdaEff = 1 / (eta * Math.max(numSteps, 1));
    const terms = r * (sMax / lambdaEff) + numSteps * X.cols + X.rows + X.cols;
    const rtol = GROWTH * terms * MACHINE_EPSILON;
    expectAgreement(exact, filter, spectral, rtol, instance.signal ** 2 + problem.noiseVariance);
  },
);

test.prop([setting], { numRuns: 60, seed: 32 })(
  'ridge: spectral risk (filter s/(s + λ)) = risk of the Cholesky solve of (XᵀX + nλI)θ = Xᵀy',
  ({ instance, seed, lambda }) => {
    const { problem, X, design } = designOf(instance, seed);
    const filter = ridgeFilter(lambda);
    const spectral = spectralRisk(design, filter, problem.noiseVariance);
    const exact = riskByLinearity(
      X,
      problem.spectrum,
      problem.thetaStar,
      problem.noiseVariance,
      (y) => ridgeSolve(X, y, lambda),
    );
    const sMax = topEigenvalue(design);
    const r = design.eigenvalues.length;
    const rtol = GROWTH * (r * (sMax / lambda + 1) + X.rows + X.cols) * MACHINE_EPSILON;
    expectAgreement(exact, filter, spectral, rtol, instance.signal ** 2 + problem.noiseVariance);
  },
);

test('no data: the risk of θ̂ = 0 is ‖θ*‖²_Σ, for every filter', () => {
  const spectrum = Float64Array.of(1, 0.5, 0.25);
  const thetaStar = Float64Array.of(1, -2, 3);
  const X = createMat(2, 3); // all-zero design: Σ̂ = 0, nothing is learned
  const design = spectralDesign(X, spectrum, thetaStar);
  expect(design.eigenvalues.length).toBe(0);
  const risk = spectralRisk(design, ridgeFilter(0.1), 1).risk;
  expect(isClose(risk, 1 + 2 + 2.25, tolerance(4 * MACHINE_EPSILON))).toBe(true);
});

test('the Gram and kernel routes agree on the same design (d = n + 1 against its padding)', () => {
  // a zero-variance extra coordinate changes nothing but forces the kernel route
  const spectrum = Float64Array.of(1, 0.3, 0.1, 0.05);
  const padded = Float64Array.of(1, 0.3, 0.1, 0.05, 0);
  const thetaStar = Float64Array.of(0.5, 1, -1, 2);
  const X = sampleDesign(spectrum, 4, 7);
  const Xp = createMat(4, 5);
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) Xp.data[i * 5 + j] = X.data[i * 4 + j];
  const a = spectralDesign(X, spectrum, thetaStar);
  const b = spectralDesign(Xp, padded, Float64Array.of(0.5, 1, -1, 2, 0));
  expect(a.route).toBe('gram');
  expect(b.route).toBe('kernel');
  for (const filter of [ridgeFilter(0.01), gdFilter(0.5, 7)]) {
    const ra = spectralRisk(a, filter, 0.3).risk;
    const rb = spectralRisk(b, filter, 0.3).risk;
    expect(isClose(rb, ra, tolerance(1e-9))).toBe(true);
  }
});
