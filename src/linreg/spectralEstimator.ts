/**
 * A spectral estimator built from its filter, θ̂ = ψ(Σ̂)Xᵀy/n with ψ(s) = g(s)/s:
 *
 *   d ≤ n:  θ̂ = V·diag(g(s)/s)·Vᵀ·(Xᵀy/n)            (eigenpairs of Σ̂ = XᵀX/n)
 *   d > n:  θ̂ = Xᵀ·U·diag(g(s)/(n·s))·Uᵀ·y          (eigenpairs of K = XXᵀ/n, v = Xᵀu/√(ns))
 *
 * Used to test that GD and ridge iterates are these filters (linreg/spectral-filters); risks never
 * need the estimator itself (spectralRisk.ts). Null-space directions (s at or below
 * nullSpaceFloor, the cutoff spectralDesign.ts uses) get no weight, as every filter here has
 * g(0) = 0 or is the min-norm limit.
 */
import type { Mat, Vec } from '../linalg/dense.ts';
import { gram, matTVec, transpose } from '../linalg/dense.ts';
import { symmetricEigen } from '../linalg/eigen.ts';
import type { SpectralFilter } from '../risk/filters.ts';
import { nullSpaceFloor } from '../risk/spectralDesign.ts';

export function spectralEstimate(X: Mat, y: ArrayLike<number>, filter: SpectralFilter): Vec {
  const n = X.rows;
  const d = X.cols;
  if (y.length !== n) {
    throw new TypeError(`spectralEstimate: y must have ${n} entries; received ${y.length}.`);
  }
  const kernel = d > n;
  const r = kernel ? n : d;
  const A = kernel ? gram(transpose(X)) : gram(X);
  for (let i = 0; i < r * r; i++) A.data[i] /= n;
  const { values, vectors } = symmetricEigen(A);
  const floor = nullSpaceFloor(values);

  // the vector the eigenbasis acts on: y (kernel) or Xᵀy/n (Gram)
  const b = kernel ? Float64Array.from(y) : matTVec(X, y).map((v) => v / n);
  const out = new Float64Array(r);
  for (let k = 0; k < r; k++) {
    const s = values[k];
    if (!(s > floor)) continue;
    let proj = 0;
    for (let i = 0; i < r; i++) proj += vectors.data[i * r + k] * b[i];
    const weight = (filter.gain(s) / s) * (kernel ? 1 / n : 1) * proj;
    for (let i = 0; i < r; i++) out[i] += weight * vectors.data[i * r + k];
  }
  return kernel ? matTVec(X, out) : out;
}
