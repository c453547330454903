/**
 * Nesterov's fast gradient method with step 1/L, in its two classical forms:
 *
 *   x_{t+1} = y_t − (1/L)∇f(y_t),   y_{t+1} = x_{t+1} + β_{t+1}(x_{t+1} − x_t),   y_0 = x_0,
 *
 *   convex:           β_t = (t − 1)/(t + 2)                 (t = 1, 2, …; β_1 = 0)
 *   strongly convex:  β_t = (√L − √μ)/(√L + √μ)             (constant)
 *
 * Reference: Y. Nesterov, Lectures on Convex Optimization, 2nd ed., Springer 2018, §2.2
 * (constant step schemes, Theorem 2.2.3). L and μ are read from the objective unless given.
 * Records f(x_t) for t = 0 … numSteps; does not check that L or μ are valid for f.
 */
import type { Vec } from '../linalg/dense.ts';
import type { SmoothObjective } from '../problems/objective.ts';

export interface FastGradientOptions {
  readonly numSteps: number;
  readonly x0: ArrayLike<number>;
  readonly variant: 'convex' | 'strongly-convex';
  /** L (default f.smoothness) */
  readonly smoothness?: number;
  /** μ for the strongly convex variant (default f.strongConvexity) */
  readonly strongConvexity?: number;
  readonly keepIterates?: boolean;
}

export interface FastGradientResult {
  /** x_N */
  readonly x: Vec;
  /** f(x_t), t = 0 … numSteps */
  readonly values: Float64Array;
  /** the momentum coefficients used, β_1 … β_N */
  readonly momenta: Float64Array;
  readonly iterates?: Vec[];
}

/** β_t of the convex variant, t ≥ 1. */
export function convexMomentum(t: number): number {
  return (t - 1) / (t + 2);
}

/** β of the strongly convex variant. */
export function stronglyConvexMomentum(smoothness: number, strongConvexity: number): number {
  const sL = Math.sqrt(smoothness);
  const sMu = Math.sqrt(strongConvexity);
  return (sL - sMu) / (sL + sMu);
}

export function fastGradientMethod(
  f: SmoothObjective,
  options: FastGradientOptions,
): FastGradientResult {
  const {
    numSteps,
    x0,
    variant,
    smoothness = f.smoothness,
    strongConvexity = f.strongConvexity,
    keepIterates = false,
  } = options;
  if (!Number.isInteger(numSteps) || numSteps < 0) {
    throw new RangeError(
      `fastGradientMethod: numSteps must be an integer ≥ 0; received ${numSteps}.`,
    );
  }
  if (x0.length !== f.dimension) {
    throw new TypeError(
      `fastGradientMethod: x0 has length ${x0.length}; the objective has dimension ${f.dimension}.`,
    );
  }
  if (!(smoothness > 0) || !Number.isFinite(smoothness)) {
    throw new RangeError(
      `fastGradientMethod: smoothness must be finite and > 0; received ${smoothness}.`,
    );
  }
  if (variant === 'strongly-convex' && !(strongConvexity > 0 && strongConvexity <= smoothness)) {
    throw new RangeError(
      `fastGradientMethod: strongConvexity must be in (0, L] for the strongly convex variant; received ${strongConvexity}.`,
    );
  }

  const L = smoothness;
  const d = f.dimension;
  const x = Float64Array.from(x0);
  const y = Float64Array.from(x0);
  const xPrev = new Float64Array(d);
  const g = new Float64Array(d);
  const values = new Float64Array(numSteps + 1);
  const momenta = new Float64Array(numSteps);
  const iterates: Vec[] | undefined = keepIterates ? [Float64Array.from(x)] : undefined;
  const betaStrong = variant === 'strongly-convex' ? stronglyConvexMomentum(L, strongConvexity) : 0;

  values[0] = f.value(x);
  for (let t = 1; t <= numSteps; t++) {
    // gradient step from the extrapolated point
    xPrev.set(x);
    f.gradient(y, g);
    for (let i = 0; i < d; i++) x[i] = y[i] - g[i] / L;

    // momentum
    const beta = variant === 'convex' ? convexMomentum(t) : betaStrong;
    momenta[t - 1] = beta;
    for (let i = 0; i < d; i++) y[i] = x[i] + beta * (x[i] - xPrev[i]);

    values[t] = f.value(x);
    iterates?.push(Float64Array.from(x));
  }
  return { x, values, momenta, ...(iterates ? { iterates } : {}) };
}
