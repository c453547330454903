/**
 * Structured random draws built on `Rng`: Gaussian vectors and matrices, uniform directions,
 * uniform points in a ball, and Haar-random orthogonal matrices.
 */
import type { Mat, Vec } from '../linalg/dense.ts';
import { createMat } from '../linalg/dense.ts';
import type { Rng } from './rng.ts';

/** Sizes must be whole numbers: a fractional one (e.g. from a perturbed instance) is refused. */
function checkDimension(caller: string, dimension: number, min = 0): void {
  if (!Number.isInteger(dimension) || dimension < min) {
    throw new RangeError(
      `${caller}: dimension must be an integer ≥ ${min}; received ${dimension}.`,
    );
  }
}

export function normalVector(rng: Rng, dimension: number): Vec {
  checkDimension('normalVector', dimension);
  const v = new Float64Array(dimension);
  for (let i = 0; i < dimension; i++) v[i] = rng.normal();
  return v;
}

export function normalMatrix(rng: Rng, rows: number, cols: number): Mat {
  const M = createMat(rows, cols);
  for (let i = 0; i < M.data.length; i++) M.data[i] = rng.normal();
  return M;
}

/** Uniform on the unit sphere S^(d−1): a normalised Gaussian vector. */
export function unitVector(rng: Rng, dimension: number): Vec {
  checkDimension('unitVector', dimension, 1);
  for (;;) {
    const v = normalVector(rng, dimension);
    let norm = 0;
    for (let i = 0; i < dimension; i++) norm += v[i] * v[i];
    norm = Math.sqrt(norm);
    if (norm > 1e-300) {
      for (let i = 0; i < dimension; i++) v[i] /= norm;
      return v;
    }
  }
}

/** Uniform in the ball of the given radius: a uniform direction times radius·U^(1/d). */
export function pointInBall(rng: Rng, dimension: number, radius = 1): Vec {
  const v = unitVector(rng, dimension);
  const r = radius * Math.pow(rng.uniform(), 1 / dimension);
  for (let i = 0; i < dimension; i++) v[i] *= r;
  return v;
}

/**
 * A Haar-distributed orthogonal matrix: modified Gram–Schmidt on a Gaussian matrix's columns
 * (equivalent to QR with the signs of R's diagonal made positive, which is what makes Q Haar).
 * Returned row-major; its columns are orthonormal.
 */
export function orthogonalMatrix(rng: Rng, dimension: number): Mat {
  checkDimension('orthogonalMatrix', dimension);
  const d = dimension;
  const G = normalMatrix(rng, d, d);
  const Q = createMat(d, d);
  const column = new Float64Array(d);

  for (let j = 0; j < d; j++) {
    for (let i = 0; i < d; i++) column[i] = G.data[i * d + j];
    // subtract the projections on the columns already built (twice, for orthogonality to ε)
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < j; k++) {
        let proj = 0;
        for (let i = 0; i < d; i++) proj += Q.data[i * d + k] * column[i];
        for (let i = 0; i < d; i++) column[i] -= proj * Q.data[i * d + k];
      }
    }
    let norm = 0;
    for (let i = 0; i < d; i++) norm += column[i] * column[i];
    norm = Math.sqrt(norm);
    for (let i = 0; i < d; i++) Q.data[i * d + j] = column[i] / norm;
  }
  return Q;
}
