import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import type { Mat } from './dense.ts';
import { createMat, identity, transpose } from './dense.ts';
import type { SymmetricEigen } from './eigen.ts';
import { eigenResiduals, eigenTolerance, symmetricEigen, symmetricEigenvalues } from './eigen.ts';
import { mlMatrixSymmetricEigen } from './eigenMlMatrix.ts';
import { matrixData, spectralData, toMat, toSpectral, toSymmetric } from './matrixArbitraries.ts';
import { baseSeedFromEnv } from '../harness/seeds.ts';

/** One seed for every property here (THEOREMCHECK_SEED, else the CI seed). */
const SEED = baseSeedFromEnv();

/**
 * Weyl: each backward-stable solver returns the exact eigenvalues of some A + E with
 * ‖E‖₂ ≤ eigenTolerance(A).residual, so two solvers (or a solver and the exact spectrum of a
 * matrix formed with ‖fl(QDQᵀ) − QDQᵀ‖ of the same order) differ by at most twice that.
 */
function eigenvalueAllowance(A: Mat): number {
  return 2 * eigenTolerance(A).residual;
}

/** A·V = V·D, VᵀV = I within eigenTolerance, and ascending eigenvalues. */
function expectDecomposition(A: Mat, eig: SymmetricEigen): void {
  const { residual, orthogonality } = eigenResiduals(A, eig);
  const tol = eigenTolerance(A);
  expect(residual).toBeLessThanOrEqual(tol.residual);
  expect(orthogonality).toBeLessThanOrEqual(tol.orthogonality);
  for (let k = 1; k < eig.values.length; k++) {
    expect(eig.values[k]).toBeGreaterThanOrEqual(eig.values[k - 1]);
  }
}

function expectValuesWithin(actual: ArrayLike<number>, expected: ArrayLike<number>, slack: number) {
  expect(actual.length).toBe(expected.length);
  for (let k = 0; k < actual.length; k++) {
    expect(Math.abs(actual[k] - expected[k])).toBeLessThanOrEqual(slack);
  }
}

/** tridiag(−1, 2, −1) of size d: eigenvalues 2 − 2·cos(kπ/(d + 1)), k = 1 … d. */
function secondDifference(d: number): Mat {
  const T = createMat(d, d);
  for (let i = 0; i < d; i++) {
    T.data[i * d + i] = 2;
    if (i + 1 < d) T.data[i * d + i + 1] = T.data[(i + 1) * d + i] = -1;
  }
  return T;
}

describe(`symmetricEigen (seed ${SEED})`, () => {
  test.prop([matrixData()], { seed: SEED })(
    'satisfies A·V = V·D and VᵀV = I on dense symmetric matrices, and agrees with ml-matrix',
    (m) => {
      const A = toSymmetric(m);
      const eig = symmetricEigen(A);
      expectDecomposition(A, eig);
      expectValuesWithin(eig.values, mlMatrixSymmetricEigen(A).values, eigenvalueAllowance(A));
    },
  );

  test.prop([spectralData()], { seed: SEED })(
    'recovers a designed spectrum with repeated eigenvalues',
    (s) => {
      const A = toSpectral(s);
      const eig = symmetricEigen(A);
      expectDecomposition(A, eig);
      const sorted = [...s.spectrum].sort((p, q) => p - q);
      const slack = s.basisSeed === null ? 0 : eigenvalueAllowance(A);
      expectValuesWithin(eig.values, sorted, slack);
    },
  );

  test.prop([fc.integer({ min: 1, max: 40 })], { seed: SEED })(
    'matches the closed form 2 − 2cos(kπ/(d+1)) of the second-difference matrix',
    (d) => {
      const T = secondDifference(d);
      const eig = symmetricEigen(T);
      expectDecomposition(T, eig);
      const angle = (k: number) => ((k + 1) * Math.PI) / (d + 1);
      const exact = Array.from({ length: d }, (_, k) => 2 - 2 * Math.cos(angle(k)));
      expectValuesWithin(eig.values, exact, eigenvalueAllowance(T));
    },
  );

  test.prop([matrixData({ minScale: 1, maxScale: 1 }), fc.integer({ min: -600, max: 600 })], {
    seed: SEED,
  })('is exactly equivariant under scaling by 2^k, far beyond ml-matrix’s range', (m, k) => {
    const A = toSymmetric(m);
    const scaled = { ...A, data: A.data.map((a) => a * 2 ** k) };
    const eig = symmetricEigen(A);
    const eigScaled = symmetricEigen(scaled);
    expect(eigScaled.values).toEqual(eig.values.map((v) => v * 2 ** k));
    expect(eigScaled.vectors.data).toEqual(eig.vectors.data);
  });

  test.prop([matrixData()], { seed: SEED })(
    'decomposes the symmetric part (A + Aᵀ)/2 of a non-symmetric square matrix',
    (m) => {
      const d = Math.min(m.rows, m.cols);
      const A = toMat({ ...m, rows: d, cols: d, entries: m.entries.slice(0, d * d) });
      const At = transpose(A);
      const S = { ...A, data: A.data.map((a, i) => 0.5 * a + 0.5 * At.data[i]) };
      expect(symmetricEigen(A)).toEqual(symmetricEigen(S));
    },
  );

  test.prop([fc.oneof(matrixData().map(toSymmetric), spectralData().map(toSpectral))], {
    seed: SEED,
  })('symmetricEigenvalues equals symmetricEigen(A).values bit for bit', (A) => {
    expect(symmetricEigenvalues(A)).toEqual(symmetricEigen(A).values);
  });

  test('is exact on d = 0, d = 1, the zero matrix and diagonal matrices', () => {
    expect(symmetricEigen(createMat(0, 0)).values).toEqual(new Float64Array(0));
    const one = createMat(1, 1);
    one.data[0] = -3.5;
    expect(symmetricEigen(one)).toEqual({ values: Float64Array.of(-3.5), vectors: identity(1) });
    expect(symmetricEigen(createMat(4, 4))).toEqual({
      values: new Float64Array(4),
      vectors: identity(4),
    });
    const D = createMat(3, 3);
    D.data[0] = 2;
    D.data[4] = -1;
    D.data[8] = 2;
    const eig = symmetricEigen(D);
    expect(eig.values).toEqual(Float64Array.of(-1, 2, 2));
    expect(eigenResiduals(D, eig)).toEqual({ residual: 0, orthogonality: 0 });
  });

  test('names the bad parameter and value', () => {
    expect(() => symmetricEigen(createMat(2, 3))).toThrow(
      /symmetricEigen: A must be square; received 2×3\./,
    );
    const A = createMat(2, 2);
    A.data[1] = Number.NaN;
    expect(() => symmetricEigen(A)).toThrow(
      /symmetricEigen: A must have finite entries; received A\(0, 1\) = NaN\./,
    );
    expect(() => symmetricEigenvalues(createMat(3, 1))).toThrow(
      /symmetricEigenvalues: A must be square; received 3×1\./,
    );
  });
});
