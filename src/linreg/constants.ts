/**
 * The constants of the per-direction comparison between early-stopped GD and ridge at
 * λ = 1/(ηt), computed numerically (never typed in):
 *
 *   c_GD(t) = sup_{0<u≤t} h_t(u)²,   h_t(u) = (1 − (1 − u/t)^t)·(1 + u)/u     (u = ηs·t)
 *   c*      = max_{x>0} h_∞(x)²,     h_∞(x) = (1 − e^(−x))·(1 + x)/x         (gradient flow)
 *
 * h_t(u)² is the ratio of GD's variance filter g_GD² to ridge's g_ridge² in the direction with
 * ηs = u/t. Reference: Wu, Bartlett, Lee, Kakade, Yu, arXiv 2509.17251 (2025) [derived here];
 * c* is the constant of Ali, Kolter, Tibshirani, AISTATS 2019 (≈ 1.69).
 * Resolution: a 512-point log grid and 80 golden-section steps (relative accuracy ~1e-12 in the
 * maximiser; the maximum itself is flat, so far better in value).
 */
import { minimizeLogScale } from './search.ts';

/** (1 − (1 − u/t)^t)(1 + u)/u, computed without cancellation */
export function gdToRidgeGainRatio(u: number, numSteps: number): number {
  const gain = -Math.expm1(numSteps * Math.log1p(-Math.min(u / numSteps, 1)));
  return (gain * (1 + u)) / u;
}

/** (1 − e^(−x))(1 + x)/x */
export function flowToRidgeGainRatio(x: number): number {
  return (-Math.expm1(-x) * (1 + x)) / x;
}

export interface ConstantWithArgmax {
  readonly value: number;
  readonly argmax: number;
}

export function cGD(numSteps: number): ConstantWithArgmax {
  if (!(numSteps >= 1) || !Number.isFinite(numSteps)) {
    throw new RangeError(`cGD: numSteps must be finite and ≥ 1; received ${numSteps}.`);
  }
  const best = minimizeLogScale((u) => -(gdToRidgeGainRatio(u, numSteps) ** 2), 1e-6, numSteps, {
    points: 512,
    refine: 80,
  });
  return { value: -best.value, argmax: best.x };
}

let cachedCStar: ConstantWithArgmax | undefined;

export function cStar(): ConstantWithArgmax {
  if (cachedCStar === undefined) {
    const best = minimizeLogScale((x) => -(flowToRidgeGainRatio(x) ** 2), 1e-6, 1e6, {
      points: 512,
      refine: 80,
    });
    cachedCStar = { value: -best.value, argmax: best.x };
  }
  return cachedCStar;
}
