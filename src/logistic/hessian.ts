/**
 * Curvature of the empirical risk L(θ) = (1/n) Σ ℓ(y_i x_iᵀθ):
 *
 *   ∇²L(θ) = (1/n) Σ ℓ''(m_i)·z_i z_iᵀ,   ℓ''(m) = σ(m)σ(−m) (logistic), e^(−m) (exponential)
 *   ‖∇²L(θ)‖ ≤ (1/n) Σ ℓ''(m_i)‖z_i‖² ≤ max‖x_i‖²·G(θ)     (ℓ'' ≤ |ℓ'|)
 *   along a move of θ that shifts every margin by at most δ:  ℓ''(m − δ) ≤ e^δ·|ℓ'(m)|
 *
 * The sharpness λ_max(∇²L) comes from the shared symmetric eigensolver; at θ = 0 the logistic
 * Hessian is XᵀX/(4n) exactly. Plain doubles: curvature below 1e-300 reads as 0, which is what
 * the comparisons with 2/η need. Reference: O1 and the EoS facts of THEOREMS.md, family 2.
 */
import { createMat } from '../linalg/dense.ts';
import type { Mat } from '../linalg/dense.ts';
import { symmetricEigen } from '../linalg/eigen.ts';
import { sigmoid } from '../numeric/logspace.ts';
import type { ClassificationData } from './dataset.ts';
import { margins } from './dataset.ts';
import type { MarginLoss } from './loss.ts';

/** ℓ''(m) */
export function secondDerivativeAt(loss: MarginLoss, m: number): number {
  return loss === 'logistic' ? sigmoid(m) * sigmoid(-m) : Math.exp(-m);
}

export function hessian(
  data: ClassificationData,
  theta: ArrayLike<number>,
  loss: MarginLoss = 'logistic',
): Mat {
  const { n, d, Z } = data;
  const m = margins(data, theta);
  const H = createMat(d, d);
  for (let i = 0; i < n; i++) {
    const w = secondDerivativeAt(loss, m[i]) / n;
    if (w === 0) continue;
    for (let a = 0; a < d; a++) {
      const za = w * Z.data[i * d + a];
      for (let b = 0; b < d; b++) H.data[a * d + b] += za * Z.data[i * d + b];
    }
  }
  return H;
}

/** λ_max(∇²L(θ)), the sharpness. */
export function sharpness(
  data: ClassificationData,
  theta: ArrayLike<number>,
  loss: MarginLoss = 'logistic',
): number {
  const values = symmetricEigen(hessian(data, theta, loss)).values;
  return values[values.length - 1];
}

/** vᵀ∇²L(θ)v / ‖v‖², the curvature along v (O(n·d), no matrix formed). */
export function directionalCurvature(
  data: ClassificationData,
  theta: ArrayLike<number>,
  v: ArrayLike<number>,
  loss: MarginLoss = 'logistic',
): number {
  const { n, d, Z } = data;
  const m = margins(data, theta);
  const zv = margins(data, v);
  let vv = 0;
  for (let j = 0; j < d; j++) vv += v[j] * v[j];
  if (!(vv > 0))
    throw new RangeError(`directionalCurvature: v must be non-zero; received ‖v‖² = ${vv}.`);
  let s = 0;
  for (let i = 0; i < n; i++) s += secondDerivativeAt(loss, m[i]) * zv[i] * zv[i];
  return s / (n * vv);
}

/** The trace bound (1/n) Σ ℓ''(m_i)‖z_i‖² ≥ ‖∇²L(θ)‖. */
export function hessianNormBound(
  data: ClassificationData,
  theta: ArrayLike<number>,
  loss: MarginLoss = 'logistic',
): number {
  const { n, d, Z } = data;
  const m = margins(data, theta);
  let s = 0;
  for (let i = 0; i < n; i++) {
    let zz = 0;
    for (let j = 0; j < d; j++) zz += Z.data[i * d + j] ** 2;
    s += secondDerivativeAt(loss, m[i]) * zz;
  }
  return s / n;
}
