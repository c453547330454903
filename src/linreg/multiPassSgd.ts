/**
 * Multi-pass SGD on a fixed sample (X, y): the real algorithm, for Monte-Carlo comparisons.
 *
 *   θ_{k+1} = θ_k − γ·x_{i_k}(x_{i_k}ᵀθ_k − y_{i_k}),   θ_0 = 0,   k < epochs·n
 *
 * with i_k drawn uniformly with replacement, or as a fresh random permutation per epoch (without
 * replacement). One epoch of n steps with stepsize γ moves like one GD step with stepsize nγ.
 * Reference: the talk's "multi-pass SGD (with replacement) = GD; multi-epoch SGD (without
 * replacement) dominates GD". Not exact: callers average many runs and report intervals.
 */
import type { Mat, Vec } from '../linalg/dense.ts';
import type { Rng } from '../random/rng.ts';

export type Sampling = 'with-replacement' | 'without-replacement';

export interface MultiPassOptions {
  readonly stepSize: number;
  readonly epochs: number;
  readonly sampling: Sampling;
  readonly rng: Rng;
}

export function multiPassSgd(X: Mat, y: ArrayLike<number>, options: MultiPassOptions): Vec {
  const { stepSize: gamma, epochs, sampling, rng } = options;
  if (!(gamma > 0) || !Number.isFinite(gamma)) {
    throw new RangeError(`multiPassSgd: stepSize must be finite and > 0; received ${gamma}.`);
  }
  if (!Number.isInteger(epochs) || epochs < 1) {
    throw new RangeError(`multiPassSgd: epochs must be an integer ≥ 1; received ${epochs}.`);
  }
  const n = X.rows;
  const d = X.cols;
  const theta = new Float64Array(d);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // a fresh permutation (Fisher–Yates) for sampling without replacement
    if (sampling === 'without-replacement') {
      for (let i = n - 1; i > 0; i--) {
        const j = rng.integer(0, i);
        const tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
    }
    for (let step = 0; step < n; step++) {
      const i = sampling === 'with-replacement' ? rng.integer(0, n - 1) : order[step];
      const base = i * d;
      let residual = -y[i];
      for (let j = 0; j < d; j++) residual += X.data[base + j] * theta[j];
      const scale = gamma * residual;
      for (let j = 0; j < d; j++) theta[j] -= scale * X.data[base + j];
    }
  }
  return theta;
}
