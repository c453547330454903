/**
 * Empirical risk of a margin loss, its gradient and G(θ), all carried in the log domain (O1).
 *
 *   L(θ) = (1/n) Σ ℓ(m_i),   ∇L(θ) = −(1/n) Σ |ℓ'(m_i)|·z_i,   G(θ) = (1/n) Σ |ℓ'(m_i)|
 *   logistic:     ℓ(m) = ln(1 + e^(−m)),  |ℓ'(m)| = 1/(1 + e^m),  ℓ''(m) = σ(m)σ(−m)
 *   exponential:  ℓ(m) = e^(−m),          |ℓ'(m)| = e^(−m),       ℓ''(m) = e^(−m)
 *
 * Late in a large-stepsize run every |ℓ'(m_i)| is far below 1e-300, yet their ratios carry the
 * whole direction of the step. So the gradient is returned as e^(logScale)·direction with
 * logScale = max_i ln|ℓ'(m_i)| − ln n: the weights e^(ln|ℓ'_i| − max) lie in (0, 1], nothing
 * overflows, and the largest weights are exact. A step of size η moves θ by
 * exp(ln η + logScale)·direction, which is finite whenever the move itself is representable.
 *
 * Reference: O1 in THEOREMS.md. Not checked here: ‖x_i‖ ≤ 1 (see ClassificationData.maxNorm).
 */
import { logLogisticDerivative, logLogisticLoss, logSumExp } from '../numeric/logspace.ts';
import type { ClassificationData } from './dataset.ts';
import { margins } from './dataset.ts';

export type MarginLoss = 'logistic' | 'exponential';

/** ln ℓ(m) */
export function logLossAt(loss: MarginLoss, m: number): number {
  return loss === 'logistic' ? logLogisticLoss(m) : -m;
}

/** ln |ℓ'(m)| */
export function logDerivativeAt(loss: MarginLoss, m: number): number {
  return loss === 'logistic' ? logLogisticDerivative(m) : -m;
}

export interface LossEvaluation {
  readonly margins: Float64Array;
  /** ln L(θ) */
  readonly logLoss: number;
  /** ln G(θ) = ln((1/n) Σ |ℓ'(m_i)|) */
  readonly logG: number;
  /** ∇L(θ) = e^(logScale)·direction */
  readonly logScale: number;
  readonly direction: Float64Array;
  /** ln ‖∇L(θ)‖ (−∞ only if the direction cancels exactly) */
  readonly logGradNorm: number;
}

/**
 * Sums below this take the log-domain path. Plain sums keep full relative accuracy far below it;
 * 1e-100 keeps the squares in ‖∇L‖² (≥ 1e-200·‖direction‖² relative) away from underflow.
 */
const PLAIN_FLOOR = 1e-100;

/**
 * Per-point loss and |ℓ'| of the logistic loss as plain doubles from one exp and one log1p:
 * u = e^(−|m|); m ≥ 0: ℓ = ln(1 + u), |ℓ'| = u/(1 + u); m < 0: ℓ = ln(1 + u) − m, |ℓ'| = 1/(1 + u).
 */
function logisticPlain(m: Float64Array, ell: Float64Array, deriv: Float64Array): void {
  for (let i = 0; i < m.length; i++) {
    const mi = m[i];
    const u = Math.exp(-Math.abs(mi));
    const lp = Math.log1p(u);
    ell[i] = mi >= 0 ? lp : lp - mi;
    deriv[i] = mi >= 0 ? u / (1 + u) : 1 / (1 + u);
  }
}

/** ln((1/n) Σ values) when the plain sum is safely representable, else NaN (caller goes to logs). */
function plainLogMean(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s > PLAIN_FLOOR ? Math.log(s / values.length) : NaN;
}

export function evaluateLoss(
  data: ClassificationData,
  theta: ArrayLike<number>,
  loss: MarginLoss = 'logistic',
): LossEvaluation {
  const { n, d, Z } = data;
  const m = margins(data, theta);
  const logN = Math.log(n);
  const ell = new Float64Array(n);
  const deriv = new Float64Array(n);
  if (loss === 'logistic') logisticPlain(m, ell, deriv);
  let logLossValue = loss === 'logistic' ? plainLogMean(ell) : NaN;
  let logScale = loss === 'logistic' ? plainLogMean(deriv) : NaN;

  // log-domain path: the sums underflow (or the exponential loss, whose terms may overflow)
  if (Number.isNaN(logLossValue)) {
    for (let i = 0; i < n; i++) ell[i] = logLossAt(loss, m[i]);
    logLossValue = logSumExp(ell) - logN;
  }
  let weights = deriv;
  if (Number.isNaN(logScale)) {
    let maxLog = -Infinity;
    for (let i = 0; i < n; i++) {
      deriv[i] = logDerivativeAt(loss, m[i]);
      if (deriv[i] > maxLog) maxLog = deriv[i];
    }
    for (let i = 0; i < n; i++) deriv[i] = Math.exp(deriv[i] - maxLog);
    weights = deriv;
    logScale = maxLog - logN;
  } else {
    // plain |ℓ'_i| with scale 1/n: ∇L = (1/n)·(−Σ|ℓ'_i| z_i)
    logScale = -logN;
  }

  // ∇L = e^(logScale)·direction, direction = −Σ w_i z_i
  const direction = new Float64Array(d);
  let weightSum = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    weightSum += w;
    if (w === 0) continue;
    for (let j = 0; j < d; j++) direction[j] -= w * Z.data[i * d + j];
  }
  // ‖direction‖ scaled by its largest entry, so that no square underflows
  let largest = 0;
  for (let j = 0; j < d; j++) largest = Math.max(largest, Math.abs(direction[j]));
  let normSq = 0;
  for (let j = 0; j < d; j++) normSq += (direction[j] / largest) ** 2;

  return {
    margins: m,
    logLoss: logLossValue,
    logG: logScale + Math.log(weightSum),
    logScale,
    direction,
    logGradNorm: logScale + Math.log(largest) + 0.5 * Math.log(normSq),
  };
}

/** ln L(θ) alone (one pass, no gradient). */
export function logLoss(
  data: ClassificationData,
  theta: ArrayLike<number>,
  loss: MarginLoss = 'logistic',
): number {
  const m = margins(data, theta);
  if (loss === 'logistic') {
    const ell = new Float64Array(m.length);
    logisticPlain(m, ell, new Float64Array(m.length));
    const plain = plainLogMean(ell);
    if (!Number.isNaN(plain)) return plain;
  }
  for (let i = 0; i < m.length; i++) m[i] = logLossAt(loss, m[i]);
  return logSumExp(m) - Math.log(data.n);
}

/** ∇L(θ) as a plain vector (underflows to 0 late in training; use evaluateLoss there). */
export function gradient(
  data: ClassificationData,
  theta: ArrayLike<number>,
  loss: MarginLoss = 'logistic',
): Float64Array {
  const e = evaluateLoss(data, theta, loss);
  const scale = Math.exp(e.logScale);
  return e.direction.map((v) => v * scale);
}
