/**
 * fast-check arbitraries for the linear-algebra tests: matrices as plain data (shape, entries,
 * an optional zeroed row, a scale), turned into `Mat`s by the functions below. Shrinking goes
 * toward 1×1, zero entries, small integers and scale 1.
 */
import * as fc from 'fast-check';
import type { Mat } from './dense.ts';
import { createMat } from './dense.ts';
import { logUniformDouble, seedArbitrary, signedLogUniform } from '../generators/quadratic.ts';
import { createRng } from '../random/rng.ts';
import { orthogonalMatrix } from '../random/sampling.ts';

export interface MatrixData {
  readonly rows: number;
  readonly cols: number;
  /** row-major, length rows·cols, before scaling */
  readonly entries: readonly number[];
  /** a row (and, for symmetric matrices, the column) set to zero; taken modulo rows */
  readonly zeroRow: number | null;
  readonly scale: number;
}

/** Exact zeros, small integers (exact products) and magnitudes spread over six decades. */
const entry = fc.oneof(
  fc.constant(0),
  fc.integer({ min: -4, max: 4 }),
  signedLogUniform(1e-3, 1e3),
);

export interface ShapeOptions {
  readonly rows?: fc.Arbitrary<number>;
  readonly cols?: fc.Arbitrary<number>;
  readonly minScale?: number;
  readonly maxScale?: number;
}

export function matrixData(options: ShapeOptions = {}): fc.Arbitrary<MatrixData> {
  const {
    rows = fc.integer({ min: 1, max: 12 }),
    cols = fc.integer({ min: 1, max: 12 }),
    minScale = 1e-50,
    maxScale = 1e50,
  } = options;
  return fc.record({ rows, cols }).chain(({ rows, cols }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      entries: fc.array(entry, { minLength: rows * cols, maxLength: rows * cols }),
      zeroRow: fc.option(fc.nat({ max: rows - 1 }), { freq: 3 }),
      scale: fc.oneof(fc.constant(1), logUniformDouble(minScale, maxScale)),
    }),
  );
}

export function toMat(m: MatrixData): Mat {
  const M = createMat(m.rows, m.cols);
  for (let i = 0; i < M.data.length; i++) M.data[i] = m.scale * m.entries[i];
  if (m.zeroRow !== null) M.data.fill(0, m.zeroRow * m.cols, (m.zeroRow + 1) * m.cols);
  return M;
}

/** The symmetric matrix whose lower triangle is that of the square part of `m`. */
export function toSymmetric(m: MatrixData): Mat {
  const d = Math.min(m.rows, m.cols);
  const S = createMat(d, d);
  const z = m.zeroRow === null ? -1 : m.zeroRow % d;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      const v = i === z || j === z ? 0 : m.scale * m.entries[i * m.cols + j];
      S.data[i * d + j] = v;
      S.data[j * d + i] = v;
    }
  }
  return S;
}

export interface SpectralData {
  /** eigenvalues; small integers, so repeated values are common */
  readonly spectrum: readonly number[];
  /** null: diagonal; otherwise the seed of a Haar-random eigenbasis */
  readonly basisSeed: number | null;
}

export function spectralData(maxDimension = 10): fc.Arbitrary<SpectralData> {
  return fc.record({
    spectrum: fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 1, maxLength: maxDimension }),
    basisSeed: fc.option(seedArbitrary, { freq: 5 }),
  });
}

/** Q·diag(spectrum)·Qᵀ, symmetrised exactly. */
export function toSpectral(s: SpectralData): Mat {
  const d = s.spectrum.length;
  const A = createMat(d, d);
  if (s.basisSeed === null) {
    for (let i = 0; i < d; i++) A.data[i * d + i] = s.spectrum[i];
    return A;
  }
  const Q = orthogonalMatrix(createRng(s.basisSeed), d).data;
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let v = 0;
      for (let k = 0; k < d; k++) v += Q[i * d + k] * s.spectrum[k] * Q[j * d + k];
      A.data[i * d + j] = v;
      A.data[j * d + i] = v;
    }
  }
  return A;
}
