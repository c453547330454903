/**
 * Sampling a Gaussian design and responses for Σ = diag(λ).
 *
 *   X_ij = √λ_j · z_ij,   y = Xθ* + σ·ξ,   z, ξ i.i.d. N(0, 1)
 *
 * The design and the noise draw from independent child streams of one seed, so the same seed
 * gives the same design whatever the noise.
 */
import type { Mat, Vec } from '../linalg/dense.ts';
import { createMat, matVec } from '../linalg/dense.ts';
import { createRng } from '../random/rng.ts';

export function sampleDesign(spectrum: ArrayLike<number>, sampleSize: number, seed: number): Mat {
  if (!Number.isInteger(sampleSize) || sampleSize < 1) {
    throw new RangeError(
      `sampleDesign: sampleSize must be an integer ≥ 1; received ${sampleSize}.`,
    );
  }
  const d = spectrum.length;
  const rng = createRng(seed).fork('design');
  const X = createMat(sampleSize, d);
  const root = Float64Array.from(spectrum, Math.sqrt);
  for (let i = 0; i < sampleSize; i++) {
    for (let j = 0; j < d; j++) X.data[i * d + j] = root[j] * rng.normal();
  }
  return X;
}

export function sampleResponses(
  X: Mat,
  thetaStar: ArrayLike<number>,
  noiseVariance: number,
  seed: number,
): Vec {
  const rng = createRng(seed).fork('noise');
  const y = matVec(X, thetaStar);
  const sigma = Math.sqrt(noiseVariance);
  for (let i = 0; i < y.length; i++) y[i] += sigma * rng.normal();
  return y;
}
