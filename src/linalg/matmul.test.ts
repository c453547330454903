import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import type { Mat } from './dense.ts';
import { createMat, fromRows, gram, matToRows, matTVec, matVec, transpose } from './dense.ts';
import { matmul } from './matmul.ts';
import { matrixData, toMat } from './matrixArbitraries.ts';
import { MACHINE_EPSILON } from '../numeric/tolerance.ts';
import { baseSeedFromEnv } from '../harness/seeds.ts';

/** One seed for every property here (THEOREMCHECK_SEED, else the CI seed). */
const SEED = baseSeedFromEnv();

/**
 * Both the blocked and the naive product satisfy |fl(C) − C| ≤ γ_p·(|A|·|B|) entrywise with
 * γ_p = p·ε/(1 − p·ε) (Higham, Accuracy and Stability, §3.5), so they differ by at most twice
 * that; 2.01·p·ε covers 2γ_p for p·ε < 0.004.
 */
function productAllowance(p: number, absProduct: number): number {
  return 2.01 * p * MACHINE_EPSILON * absProduct;
}

/** One k-block of matmul: up to this inner dimension the summation order is the naive one. */
const SINGLE_BLOCK = 256;

function naiveProduct(A: Mat, B: Mat): { C: Mat; absC: Mat } {
  const C = createMat(A.rows, B.cols);
  const absC = createMat(A.rows, B.cols);
  for (let i = 0; i < A.rows; i++) {
    for (let j = 0; j < B.cols; j++) {
      let s = 0;
      let t = 0;
      for (let k = 0; k < A.cols; k++) {
        s += A.data[i * A.cols + k] * B.data[k * B.cols + j];
        t += Math.abs(A.data[i * A.cols + k] * B.data[k * B.cols + j]);
      }
      C.data[i * B.cols + j] = s;
      absC.data[i * B.cols + j] = t;
    }
  }
  return { C, absC };
}

/** m×p and p×n, with p sometimes past one k-block. */
const productPair = fc
  .record({
    m: fc.integer({ min: 1, max: 10 }),
    p: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 250, max: 300 })),
    n: fc.integer({ min: 1, max: 10 }),
  })
  .chain(({ m, p, n }) =>
    fc.tuple(
      matrixData({ rows: fc.constant(m), cols: fc.constant(p) }),
      matrixData({ rows: fc.constant(p), cols: fc.constant(n) }),
    ),
  );

describe(`matmul (seed ${SEED})`, () => {
  test.prop([productPair], { seed: SEED })(
    'agrees with the naive triple loop within 2.01·p·ε·(|A|·|B|)',
    ([a, b]) => {
      const A = toMat(a);
      const B = toMat(b);
      const C = matmul(A, B);
      const { C: R, absC } = naiveProduct(A, B);
      expect([C.rows, C.cols]).toEqual([A.rows, B.cols]);
      for (let i = 0; i < C.data.length; i++) {
        const gap = Math.abs(C.data[i] - R.data[i]);
        expect(gap).toBeLessThanOrEqual(productAllowance(A.cols, absC.data[i]));
      }
    },
  );

  test.prop([productPair.filter(([a]) => a.cols <= SINGLE_BLOCK)], { seed: SEED })(
    'equals the naive triple loop bit for bit within one k-block',
    ([a, b]) => {
      const A = toMat(a);
      const B = toMat(b);
      expect(matmul(A, B).data).toEqual(naiveProduct(A, B).C.data);
    },
  );

  test('multiplies a designed 2×3 by 3×2 exactly, and empty shapes', () => {
    const A = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const B = fromRows([
      [7, 8],
      [9, 10],
      [11, 12],
    ]);
    expect(matToRows(matmul(A, B))).toEqual([
      [58, 64],
      [139, 154],
    ]);
    expect(matmul(createMat(0, 3), createMat(3, 2))).toEqual(createMat(0, 2));
    expect(matToRows(matmul(createMat(2, 0), createMat(0, 2)))).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  test('names the bad parameter and value', () => {
    expect(() => matmul(createMat(2, 3), createMat(2, 3))).toThrow(
      /matmul: B\.rows must equal A\.cols = 3; received B of shape 2×3\./,
    );
    const B = createMat(2, 2);
    B.data[3] = Number.NaN;
    expect(() => matmul(createMat(2, 2), B)).toThrow(
      /matmul: B must have finite entries; received B\(1, 1\) = NaN\./,
    );
  });
});

describe(`gram and matVec (seed ${SEED})`, () => {
  test.prop([matrixData({ rows: fc.integer({ min: 1, max: 40 }) })], { seed: SEED })(
    'gram(A) = Aᵀ·A bit for bit, and is symmetric',
    (a) => {
      const A = toMat(a);
      const G = gram(A);
      expect(G.data).toEqual(naiveProduct(transpose(A), A).C.data);
      expect(G.data).toEqual(transpose(G).data);
    },
  );

  test.prop([matrixData(), fc.array(fc.integer({ min: -4, max: 4 }), { maxLength: 12 })], {
    seed: SEED,
  })('matVec(M, x) = M·x bit for bit', (m, entries) => {
    const M = toMat(m);
    const x = Float64Array.from({ length: M.cols }, (_, i) => entries[i] ?? 0.5);
    const X = createMat(M.cols, 1);
    X.data.set(x);
    expect(matVec(M, x)).toEqual(naiveProduct(M, X).C.data);
  });

  test.prop([matrixData({ rows: fc.integer({ min: 1, max: 40 }) }), fc.nat()], { seed: SEED })(
    'matTVec(M, x) = Mᵀ·x within 2.01·p·ε·(|M|ᵀ·|x|)',
    (m, shift) => {
      const M = toMat(m);
      const x = Float64Array.from({ length: M.rows }, (_, i) => ((i + shift) % 7) - 3);
      const X = createMat(M.rows, 1);
      X.data.set(x);
      const { C, absC } = naiveProduct(transpose(M), X);
      const y = matTVec(M, x);
      for (let j = 0; j < M.cols; j++) {
        const gap = Math.abs(y[j] - C.data[j]);
        expect(gap).toBeLessThanOrEqual(productAllowance(M.rows, absC.data[j]));
      }
    },
  );

  test('names the bad parameter and value', () => {
    expect(() => matVec(createMat(2, 3), [1, 2])).toThrow(
      /matVec: x\.length must equal M\.cols = 3; received 2\./,
    );
    const A = createMat(2, 2);
    A.data[2] = Number.POSITIVE_INFINITY;
    expect(() => gram(A)).toThrow(
      /gram: A must have finite entries; received A\(1, 0\) = Infinity\./,
    );
  });
});
