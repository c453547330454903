/**
 * Dense vectors and matrices on Float64Array, for the hot loops.
 *
 * A `Vec` is a Float64Array. A `Mat` is row-major: entry (i, j) sits at data[i·cols + j].
 * These are plain values (no class), so they cross module and worker boundaries freely and
 * serialise to JSON through `matToRows`. ml-matrix is used only where it serves
 * (decompositions, see eigen.ts).
 */

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
  for (let i = 0; i < M.rows; i++) out.push(Array.from(M.data.subarray(i * M.cols, (i + 1) * M.cols)));
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

/** y = M·x */
export function matVec(M: Mat, x: ArrayLike<number>, out: Vec = new Float64Array(M.rows)): Vec {
  if (x.length !== M.cols) {
    throw new TypeError(`matVec: vector has length ${x.length}; matrix has ${M.cols} columns.`);
  }
  const { rows, cols, data } = M;
  for (let i = 0; i < rows; i++) {
    let s = 0;
    const base = i * cols;
    for (let j = 0; j < cols; j++) s += data[base + j] * x[j];
    out[i] = s;
  }
  return out;
}

/** y = Mᵀ·x */
export function matTVec(M: Mat, x: ArrayLike<number>, out: Vec = new Float64Array(M.cols)): Vec {
  if (x.length !== M.rows) {
    throw new TypeError(`matTVec: vector has length ${x.length}; matrix has ${M.rows} rows.`);
  }
  const { rows, cols, data } = M;
  out.fill(0);
  for (let i = 0; i < rows; i++) {
    const xi = x[i];
    if (xi === 0) continue;
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

/** Aᵀ·A (a Gram matrix), exploiting symmetry. */
export function gram(A: Mat): Mat {
  const { rows, cols, data } = A;
  const G = createMat(cols, cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let i = 0; i < cols; i++) {
      const ai = data[base + i];
      if (ai === 0) continue;
      const gi = i * cols;
      for (let j = i; j < cols; j++) G.data[gi + j] += ai * data[base + j];
    }
  }
  for (let i = 0; i < cols; i++) for (let j = 0; j < i; j++) G.data[i * cols + j] = G.data[j * cols + i];
  return G;
}
