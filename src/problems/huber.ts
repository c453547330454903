/**
 * The one-dimensional Huber function that makes gradient descent's O(1/N) bound tight:
 *
 *   f(x) = Lδ|x| − Lδ²/2   for |x| ≥ δ,        f(x) = (L/2)x²   for |x| < δ,
 *
 * convex and L-smooth (f' = L·clamp(x, −δ, δ) is L-Lipschitz), with f* = 0 at x* = 0.
 * `huberWorstCase` picks δ = R/(2N+1): started at x₀ = R, GD with η = 1/L moves by exactly δ per
 * step, stays on the linear piece for N steps and ends at f(x_N) = LR²/(4N+2), the
 * Drori–Teboulle bound (Drori & Teboulle, Math. Program. 145, 2014, Theorem 3.2 and §3.2).
 * Does not check that N or R match how it is used afterwards.
 */
import type { SmoothObjective } from './objective.ts';

export interface HuberSpec {
  /** L > 0 */
  readonly smoothness: number;
  /** δ > 0: the width of the quadratic piece */
  readonly threshold: number;
}

export interface Huber extends SmoothObjective {
  readonly threshold: number;
}

export function huber(spec: HuberSpec): Huber {
  const { smoothness, threshold } = spec;
  if (!(smoothness > 0) || !Number.isFinite(smoothness)) {
    throw new RangeError(`huber: smoothness must be finite and > 0; received ${smoothness}.`);
  }
  if (!(threshold > 0) || !Number.isFinite(threshold)) {
    throw new RangeError(`huber: threshold must be finite and > 0; received ${threshold}.`);
  }
  const L = smoothness;
  const delta = threshold;
  return {
    dimension: 1,
    smoothness: L,
    strongConvexity: 0,
    minimum: 0,
    minimizer: new Float64Array(1),
    threshold: delta,
    value(x) {
      const a = Math.abs(x[0]);
      return a >= delta ? L * delta * a - (L * delta * delta) / 2 : (L / 2) * a * a;
    },
    gradient(x, out) {
      out[0] = L * Math.min(delta, Math.max(-delta, x[0])); // f'(x) = L·clamp(x, −δ, δ)
      return out;
    },
  };
}

/** The worst case for N steps of GD with η = 1/L from x₀ = R: δ = R/(2N+1). */
export function huberWorstCase(smoothness: number, radius: number, numSteps: number): Huber {
  if (!(radius > 0) || !Number.isFinite(radius)) {
    throw new RangeError(`huberWorstCase: radius must be finite and > 0; received ${radius}.`);
  }
  if (!Number.isInteger(numSteps) || numSteps < 0) {
    throw new RangeError(`huberWorstCase: numSteps must be an integer ≥ 0; received ${numSteps}.`);
  }
  return huber({ smoothness, threshold: radius / (2 * numSteps + 1) });
}
