/**
 * Per-example losses on the network output f ∈ ℝ^m, with target y ∈ ℝ^m:
 *
 *   mse:            ℓ = ½‖f − y‖²,                  ∇_f ℓ = f − y,      ∇²_f ℓ = I
 *   cross-entropy:  ℓ = −Σ_k y_k log softmax(f)_k,  ∇_f ℓ = s·p − y,    ∇²_f ℓ = s·(diag p − p pᵀ)
 *
 * with p = softmax(f) and s = Σ_k y_k (s = 1 for one-hot targets). The training loss is the mean
 * of ℓ over a batch. Softmax uses the max-shift, so large logits do not overflow.
 */

export type LossKind = 'mse' | 'cross-entropy';

export function checkLossKind(fn: string, loss: string): asserts loss is LossKind {
  if (loss !== 'mse' && loss !== 'cross-entropy') {
    throw new TypeError(`${fn}: loss must be 'mse' or 'cross-entropy'; received ${loss}.`);
  }
}

/**
 * ℓ(f, y) for one example; writes ∇_f ℓ into `grad` and, for cross-entropy, softmax(f) into
 * `probs` (needed again for the Hessian).
 */
export function outputLoss(
  loss: LossKind,
  f: Float64Array,
  y: Float64Array,
  grad: Float64Array,
  probs: Float64Array,
): number {
  const m = f.length;
  if (loss === 'mse') {
    let value = 0;
    for (let k = 0; k < m; k++) {
      const r = f[k] - y[k];
      grad[k] = r;
      value += r * r;
    }
    return 0.5 * value;
  }

  // log-sum-exp with the max shifted out
  let fmax = -Infinity;
  for (let k = 0; k < m; k++) fmax = Math.max(fmax, f[k]);
  let sumExp = 0;
  for (let k = 0; k < m; k++) {
    probs[k] = Math.exp(f[k] - fmax);
    sumExp += probs[k];
  }
  const logSumExp = fmax + Math.log(sumExp);
  let s = 0;
  let value = 0;
  for (let k = 0; k < m; k++) {
    probs[k] /= sumExp;
    s += y[k];
    value += y[k] * (logSumExp - f[k]);
  }
  for (let k = 0; k < m; k++) grad[k] = s * probs[k] - y[k];
  return value;
}

/** out = ∇²_f ℓ · r, using the `probs` left by `outputLoss` for cross-entropy. */
export function outputHessianTimes(
  loss: LossKind,
  y: Float64Array,
  probs: Float64Array,
  r: Float64Array,
  out: Float64Array,
): Float64Array {
  const m = r.length;
  if (loss === 'mse') {
    for (let k = 0; k < m; k++) out[k] = r[k];
    return out;
  }
  let s = 0;
  let pr = 0;
  for (let k = 0; k < m; k++) {
    s += y[k];
    pr += probs[k] * r[k];
  }
  for (let k = 0; k < m; k++) out[k] = s * probs[k] * (r[k] - pr); // s·(diag p − p pᵀ)·r
  return out;
}
