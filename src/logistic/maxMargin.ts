/**
 * The max-margin γ* = max_{‖w‖=1} min_i z_iᵀw of a data set (no bias), for reports only: never
 * use it as the certified γ of a bound (generators certify γ₀ ≤ γ* by construction, O2).
 *
 * Method: the hard-margin SVM min ½‖w‖² s.t. z_iᵀw ≥ 1, solved by exact coordinate ascent on its
 * dual max Σα_i − ½‖Σα_i z_i‖², α ≥ 0 (α_i ← max(0, α_i + (1 − z_iᵀw)/‖z_i‖²), w = Σα_i z_i).
 * Both sides are certified: a unit w gives γ* ≥ min_i z_iᵀw/‖w‖ (lower), and any p in the simplex
 * gives γ* ≤ ‖Σ p_i z_i‖ (upper), with p = α/Σα. Reference: Hsieh et al., "A dual coordinate
 * descent method for large-scale linear SVM", ICML 2008 (the update, without bias).
 */
import type { ClassificationData } from './dataset.ts';

export interface MaxMarginResult {
  /** certified lower bound on γ* (the best margin of any dual iterate's direction) */
  readonly lower: number;
  /** certified upper bound on γ* */
  readonly upper: number;
  readonly direction: Float64Array;
  readonly sweeps: number;
}

export function maxMargin(
  data: ClassificationData,
  options: { maxSweeps?: number; relativeGap?: number } = {},
): MaxMarginResult {
  const { maxSweeps = 20000, relativeGap = 1e-10 } = options;
  const { n, d, Z } = data;
  const alpha = new Float64Array(n);
  const w = new Float64Array(d);
  const normsSq = new Float64Array(n);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) normsSq[i] += Z.data[i * d + j] ** 2;

  let lower = -Infinity;
  let upper = Infinity;
  let sweeps = 0;
  while (sweeps < maxSweeps) {
    sweeps++;
    // one sweep of exact coordinate maximisation
    for (let i = 0; i < n; i++) {
      if (normsSq[i] === 0) continue;
      let zw = 0;
      for (let j = 0; j < d; j++) zw += Z.data[i * d + j] * w[j];
      const next = Math.max(0, alpha[i] + (1 - zw) / normsSq[i]);
      const delta = next - alpha[i];
      if (delta === 0) continue;
      alpha[i] = next;
      for (let j = 0; j < d; j++) w[j] += delta * Z.data[i * d + j];
    }

    // the two certificates
    let wNorm = 0;
    for (let j = 0; j < d; j++) wNorm += w[j] * w[j];
    wNorm = Math.sqrt(wNorm);
    let minMargin = Infinity;
    for (let i = 0; i < n; i++) {
      let zw = 0;
      for (let j = 0; j < d; j++) zw += Z.data[i * d + j] * w[j];
      minMargin = Math.min(minMargin, zw);
    }
    const alphaSum = alpha.reduce((s, a) => s + a, 0);
    lower = Math.max(lower, wNorm > 0 ? minMargin / wNorm : -Infinity);
    upper = Math.min(upper, alphaSum > 0 ? wNorm / alphaSum : Infinity);
    if (upper - lower <= relativeGap * Math.abs(upper)) break;
  }
  const norm = Math.hypot(...w);
  return { lower, upper, direction: w.map((v) => v / norm), sweeps };
}
