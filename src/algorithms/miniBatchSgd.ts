/**
 * Online mini-batch SGD on Gaussian linear regression, run sample by sample: the real
 * algorithm that the exact recursion O4 (risk/sgdRisk.ts) describes in expectation.
 *
 *   x ~ N(0, diag(λ)),  y = xᵀθ* + σ·z,  g_t = (1/B_t)Σ_b x_b(x_bᵀθ_t − y_b),
 *   θ_{t+1} = θ_t − η_t·g_t,   risk(θ) = Σ_i λ_i(θ_i − θ*_i)².
 *
 * Works in the eigenbasis of H (rotation invariance of the Gaussian makes this general) and in
 * the error e = θ − θ*, so θ* never needs to be drawn. Cost O(Σ_t B_t·d). For Monte-Carlo
 * checks of O4 and small experiments; never for a risk the recursion gives exactly.
 * Not covered: normalization by the realised ‖g_t‖ (normalized SGD here uses a given schedule).
 */
import type { Rng } from '../random/rng.ts';

export interface MiniBatchSgdOptions {
  /** λ_i, one per coordinate (not collapsed) */
  readonly eigenvalues: readonly number[];
  /** e₀ = θ₀ − θ* */
  readonly initialError: readonly number[];
  /** σ, the label-noise standard deviation */
  readonly noiseStd: number;
  /** η_t per step (the stepsize actually taken) */
  readonly stepSizes: ArrayLike<number>;
  /** B_t per step, positive integers */
  readonly batchSizes: ArrayLike<number>;
  readonly rng: Rng;
  /** average θ_a..θ_t from this iterate on; null for none */
  readonly averageFrom?: number | null;
}

export interface MiniBatchSgdResult {
  /** risk(θ_t), t = 0..numSteps */
  readonly risk: Float64Array;
  /** realised ‖g_t‖², t = 0..numSteps−1 */
  readonly gradNormSq: Float64Array;
  /** risk(θ̄_t) for t ≥ averageFrom (NaN before), or null */
  readonly averagedRisk: Float64Array | null;
}

export function miniBatchSgd(options: MiniBatchSgdOptions): MiniBatchSgdResult {
  const { eigenvalues, initialError, noiseStd, stepSizes, batchSizes, rng } = options;
  const averageFrom = options.averageFrom ?? null;
  const d = eigenvalues.length;
  if (initialError.length !== d) {
    throw new TypeError(`miniBatchSgd: initialError must have ${d} entries; received ${initialError.length}.`);
  }
  const numSteps = Math.min(stepSizes.length, batchSizes.length);
  for (let t = 0; t < numSteps; t++) {
    if (!Number.isInteger(batchSizes[t]) || batchSizes[t] < 1) {
      throw new RangeError(`miniBatchSgd: batchSizes[${t}] must be an integer ≥ 1; received ${batchSizes[t]}.`);
    }
  }

  const scale = Float64Array.from(eigenvalues, (l) => Math.sqrt(l));
  const e = Float64Array.from(initialError);
  const g = new Float64Array(d);
  const x = new Float64Array(d);
  const sum = new Float64Array(d);
  const risk = new Float64Array(numSteps + 1);
  const gradNormSq = new Float64Array(numSteps);
  const averagedRisk = averageFrom === null ? null : new Float64Array(numSteps + 1).fill(NaN);
  const riskOf = (v: Float64Array) => v.reduce((s, vi, i) => s + eigenvalues[i] * vi * vi, 0);

  for (let t = 0; ; t++) {
    risk[t] = riskOf(e);
    if (averagedRisk !== null && averageFrom !== null && t >= averageFrom) {
      const n = t - averageFrom + 1;
      for (let i = 0; i < d; i++) sum[i] += e[i];
      averagedRisk[t] = riskOf(sum.map((s) => s / n));
    }
    if (t === numSteps) break;

    // one mini-batch gradient: residual r = xᵀe − σz, g = mean of r·x
    const batch = batchSizes[t];
    g.fill(0);
    for (let b = 0; b < batch; b++) {
      let residual = -noiseStd * rng.normal();
      for (let i = 0; i < d; i++) {
        x[i] = scale[i] * rng.normal();
        residual += x[i] * e[i];
      }
      for (let i = 0; i < d; i++) g[i] += (residual * x[i]) / batch;
    }
    let normSq = 0;
    for (let i = 0; i < d; i++) {
      normSq += g[i] * g[i];
      e[i] -= stepSizes[t] * g[i];
    }
    gradNormSq[t] = normSq;
  }
  return { risk, gradNormSq, averagedRisk };
}
