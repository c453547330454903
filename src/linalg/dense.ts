/**
 * Dense vectors and matrices on Float64Array, for the hot loops.
 *
 * A `Vec` is a Float64Array. A `Mat` is row-major: entry (i, j) sits at data[i·cols + j].
 * These are plain values (no class), so they cross module and worker boundaries freely and
 * serialise to JSON through `matToRows`. Products are blocked (matmul.ts, `gram` below, tile in
 * microkernel.ts); ml-matrix serves only as the reference the tests and `npm run bench` compare
 * against (eigenMlMatrix.ts).
 */

import { TILE, addTile, packPanels } from './microkernel.ts';

export type Vec = Float64Array;

export interface Mat {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

function checkSize(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name}: size must be a non-negative integer; received ${value}.`);
  }
}

/**
 * Throw a RangeError naming the first non-finite entry of M, as
 * `caller: param must have finite entries; received param(i, j) = value.`
 */
export function checkFinite(caller: string, param: string, M: Mat): void {
  const { cols, data } = M;
  for (let i = 0; i < data.length; i++) {
    if (!Number.isFinite(data[i])) {
      const at = `(${Math.floor(i / cols)}, ${i % cols})`;
      throw new RangeError(
        `${caller}: ${param} must have finite entries; received ${param}${at} = ${data[i]}.`,
      );
    }
  }
}

export function createMat(rows: number, cols: number): Mat {
  checkSize('createMat', rows);
  checkSize('createMat', cols);
  return { rows, cols, data: new Float64Array(rows * cols) };
}

export function identity(dimension: number): Mat {
  const I = createMat(dimension, dimension);
  for (let i = 0; i < dimension; i++) I.data[i * dimension + i] = 1;
  return I;
}

export function diagonal(entries: ArrayLike<number>): Mat {
  const d = entries.length;
  const D = createMat(d, d);
  for (let i = 0; i < d; i++) D.data[i * d + i] = entries[i];
  return D;
}

export function fromRows(rows: ReadonlyArray<ArrayLike<number>>): Mat {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0].length;
  const M = createMat(r, c);
  for (let i = 0; i < r; i++) {
    if (rows[i].length !== c) {
      throw new TypeError(`fromRows: row ${i} has ${rows[i].length} entries; expected ${c}.`);
    }
    for (let j = 0; j < c; j++) M.data[i * c + j] = rows[i][j];
  }
  return M;
}

export function matToRows(M: Mat): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < M.rows; i++) {
    out.push(Array.from(M.data.subarray(i * M.cols, (i + 1) * M.cols)));
  }
  return out;
}

export function get(M: Mat, i: number, j: number): number {
  return M.data[i * M.cols + j];
}

export function transpose(M: Mat): Mat {
  const T = createMat(M.cols, M.rows);
  for (let i = 0; i < M.rows; i++) {
    for (let j = 0; j < M.cols; j++) T.data[j * M.rows + i] = M.data[i * M.cols + j];
  }
  return T;
}

/**
 * y = M·x. Four rows at a time share each load of x; every row is still summed left to right,
 * so the result equals the plain loop's bit for bit.
 */
export function matVec(M: Mat, x: ArrayLike<number>, out: Vec = new Float64Array(M.rows)): Vec {
  if (x.length !== M.cols) {
    throw new TypeError(`matVec: x.length must equal M.cols = ${M.cols}; received ${x.length}.`);
  }
  const { rows, cols, data } = M;
  let i = 0;
  for (; i + 3 < rows; i += 4) {
    const b0 = i * cols;
    const b1 = b0 + cols;
    const b2 = b1 + cols;
    const b3 = b2 + cols;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < cols; j++) {
      const xj = x[j];
      s0 += data[b0 + j] * xj;
      s1 += data[b1 + j] * xj;
      s2 += data[b2 + j] * xj;
      s3 += data[b3 + j] * xj;
    }
    out[i] = s0;
    out[i + 1] = s1;
    out[i + 2] = s2;
    out[i + 3] = s3;
  }
  for (; i < rows; i++) {
    let s = 0;
    const base = i * cols;
    for (let j = 0; j < cols; j++) s += data[base + j] * x[j];
    out[i] = s;
  }
  return out;
}

/**
 * y = Mᵀ·x. Four rows of M at a time are folded into y, so y is read and written a quarter as
 * often; y_j = Σᵢ M_ij·x_i is summed in groups of four rows (not strictly left to right).
 */
export function matTVec(M: Mat, x: ArrayLike<number>, out: Vec = new Float64Array(M.cols)): Vec {
  if (x.length !== M.rows) {
    throw new TypeError(`matTVec: x.length must equal M.rows = ${M.rows}; received ${x.length}.`);
  }
  const { rows, cols, data } = M;
  out.fill(0);
  let i = 0;
  for (; i + 3 < rows; i += 4) {
    const b0 = i * cols;
    const b1 = b0 + cols;
    const b2 = b1 + cols;
    const b3 = b2 + cols;
    const x0 = x[i];
    const x1 = x[i + 1];
    const x2 = x[i + 2];
    const x3 = x[i + 3];
    for (let j = 0; j < cols; j++) {
      out[j] += data[b0 + j] * x0 + data[b1 + j] * x1 + data[b2 + j] * x2 + data[b3 + j] * x3;
    }
  }
  for (; i < rows; i++) {
    const xi = x[i];
    const base = i * cols;
    for (let j = 0; j < cols; j++) out[j] += data[base + j] * xi;
  }
  return out;
}

export function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) {
    throw new TypeError(`dot: lengths differ (${a.length} and ${b.length}).`);
  }
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

export function norm2(a: ArrayLike<number>): number {
  return Math.sqrt(dot(a, a));
}

/** Largest absolute entry. */
export function normInf(a: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

/** Frobenius norm of a matrix. */
export function frobenius(M: Mat): number {
  return norm2(M.data);
}

/** y ← y + alpha·x, in place; returns y. */
export function axpy(alpha: number, x: ArrayLike<number>, y: Vec): Vec {
  for (let i = 0; i < y.length; i++) y[i] += alpha * x[i];
  return y;
}

export function scale(alpha: number, x: ArrayLike<number>): Vec {
  const y = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = alpha * x[i];
  return y;
}

export function sub(a: ArrayLike<number>, b: ArrayLike<number>): Vec {
  const y = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) y[i] = a[i] - b[i];
  return y;
}

/** 256 rows of A per block: two 4×256 panels (16 KiB) stay in L1 while a tile runs. */
const GRAM_BLOCK = 256;

/**
 * Aᵀ·A (a Gram matrix). Blocked like matmul (microkernel.ts): per block of rows of A, the
 * columns of A are packed once into 4-wide panels, which serve as both operands; only the
 * tiles on and above the diagonal are computed, and the lower triangle is mirrored.
 */
export function gram(A: Mat): Mat {
  checkFinite('gram', 'A', A);
  const { rows, cols, data } = A;
  const G = createMat(cols, cols);
  if (rows === 0 || cols === 0) return G;
  const packed = new Float64Array(Math.ceil(cols / TILE) * TILE * Math.min(GRAM_BLOCK, rows));

  for (let k0 = 0; k0 < rows; k0 += GRAM_BLOCK) {
    const kc = Math.min(GRAM_BLOCK, rows - k0);
    packPanels(data, cols, k0, kc, packed);
    for (let i0 = 0; i0 < cols; i0 += TILE) {
      for (let j0 = i0; j0 < cols; j0 += TILE) {
        addTile(packed, i0 * kc, packed, j0 * kc, kc, G.data, i0, j0, cols, cols);
      }
    }
  }

  // mirror the upper triangle
  for (let i = 1; i < cols; i++) {
    for (let j = 0; j < i; j++) G.data[i * cols + j] = G.data[j * cols + i];
  }
  return G;
}
