/**
 * fast-check arbitraries for L-smooth convex test problems, as plain JSON-ready instances:
 *
 *   quadratic — ½(x − x*)ᵀA(x − x*), spectrum in {0} ∪ [1e-3, 10] (generators/quadratic.ts)
 *   softplus  — (1/m)Σ softplus(aᵢᵀx − bᵢ) + (μ/2)‖x‖² (problems/softplusSum.ts), mirrored
 *               (x* = 0 exactly, μ ≥ 0) or generic (μ > 0, x* by Newton)
 *   huber     — the 1-D Huber worst case with δ = R/(2·designSteps + 1), started at x₀ = R
 *
 * `materializeSmoothConvex` returns the objective, x₀ and the two numbers every rate bound
 * needs, computed conservatively: gap(x) over-estimates f(x) − f* and R under-estimates
 * ‖x₀ − x*‖ by the certified error of the computed minimiser (zero unless Newton was used), so
 * the error in x* can only make a bound harder to pass, never easier. `valueFloor` and
 * `distanceFloor` are the absolute rounding floors below which f(x) − f* and ‖x − x*‖ are not
 * resolved in float64:
 *   valueFloor    = 64·(d + m)·ε·(|f*| + L‖x*‖² + LR²)   — f sums d + m terms of size |f*|, and
 *                   a stored A = QΛQᵀ is off by ≈ d·ε·L, worth d·ε·L‖x − x*‖² with ‖x − x*‖ ≲ R;
 *   distanceFloor = 64·d·ε·‖x*‖ + 64·m·ε·max‖aᵢ‖/L + the certified error of x* — coordinates of
 *                   size ‖x*‖, moved by gradients summed from m terms of size ≤ ‖aᵢ‖ (so ∇f(x*)
 *                   rounds to ≈ m·ε·max‖aᵢ‖, not 0).
 * (m = 0 for quadratics and the Huber function.) Both also include UNDERFLOW_FLOOR = 1e-300:
 * below float64's normal range (2.2e-308, with room for the granularity of subnormals) linear
 * rates underflow and differences are quantised.
 */
import * as fc from 'fast-check';
import type { Vec } from '../linalg/dense.ts';
import type { SmoothObjective } from '../problems/objective.ts';
import { huber } from '../problems/huber.ts';
import { softplusSum } from '../problems/softplusSum.ts';
import type { QuadraticInstance, QuadraticArbitraryOptions } from './quadratic.ts';
import {
  logUniformDouble,
  materializeQuadratic,
  quadraticInstance,
  signedLogUniform,
} from './quadratic.ts';

export interface SoftplusInstance {
  readonly rows: readonly (readonly number[])[];
  readonly offsets: readonly number[];
  readonly ridge: number;
  readonly mirrored: boolean;
  readonly start: readonly number[];
}

export interface HuberInstance {
  readonly smoothness: number;
  readonly radius: number;
  /** δ = radius/(2·designSteps + 1): the worst case for this many GD steps at η = 1/L */
  readonly designSteps: number;
}

export type SmoothConvexInstance =
  | { readonly kind: 'quadratic'; readonly quadratic: QuadraticInstance }
  | { readonly kind: 'softplus'; readonly softplus: SoftplusInstance }
  | { readonly kind: 'huber'; readonly huber: HuberInstance };

export interface SmoothConvexOptions {
  readonly maxDimension?: number;
  /** require μ > 0 (strongly convex quadratics and softplus sums; no Huber) */
  readonly stronglyConvex?: boolean;
  readonly maxDesignSteps?: number;
}

export function softplusInstance(
  maxDimension: number,
  stronglyConvex: boolean,
): fc.Arbitrary<SoftplusInstance> {
  return (
    fc
      .record({
        dimension: fc.integer({ min: 1, max: maxDimension }),
        numRows: fc.integer({ min: 1, max: 6 }),
        mirrored: fc.boolean(),
        ridge: stronglyConvex
          ? logUniformDouble(1e-3, 1)
          : fc.oneof(fc.constant(0), logUniformDouble(1e-3, 1)),
      })
      .chain(({ dimension, numRows, mirrored, ridge }) =>
        fc.record({
          rows: fc.array(
            fc.array(signedLogUniform(1e-2, 3), { minLength: dimension, maxLength: dimension }),
            {
              minLength: numRows,
              maxLength: numRows,
            },
          ),
          offsets: fc.array(signedLogUniform(1e-2, 5), { minLength: numRows, maxLength: numRows }),
          // generic sums need μ > 0 for a minimiser; mirrored ones have x* = 0 for any μ ≥ 0
          ridge: fc.constant(mirrored ? ridge : Math.max(ridge, 1e-3)),
          mirrored: fc.constant(mirrored),
          start: fc.array(signedLogUniform(1e-3, 10), {
            minLength: dimension,
            maxLength: dimension,
          }),
        }),
      )
      .filter((s) => s.ridge > 0 || s.rows.some((r) => r.some((v) => v !== 0)))
      // a mirrored sum started at x* = 0 says nothing (R = 0)
      .filter((s) => !s.mirrored || s.start.some((v) => v !== 0))
  );
}

export function huberInstance(maxDesignSteps: number): fc.Arbitrary<HuberInstance> {
  return fc.record({
    smoothness: logUniformDouble(1e-2, 1e2),
    radius: logUniformDouble(1e-2, 1e2),
    designSteps: fc.integer({ min: 0, max: maxDesignSteps }),
  });
}

export function smoothConvexInstance(
  options: SmoothConvexOptions = {},
): fc.Arbitrary<SmoothConvexInstance> {
  const { maxDimension = 5, stronglyConvex = false, maxDesignSteps = 128 } = options;
  const quadraticOptions: QuadraticArbitraryOptions = {
    maxDimension,
    positiveDefinite: stronglyConvex,
  };
  const kinds: fc.Arbitrary<SmoothConvexInstance>[] = [
    quadraticInstance(quadraticOptions)
      .filter((q) => Math.max(...q.spectrum) > 0 && q.start.some((c) => c !== 0))
      .map((quadratic) => ({ kind: 'quadratic' as const, quadratic })),
    softplusInstance(maxDimension, stronglyConvex)
      .map((softplus) => ({ kind: 'softplus' as const, softplus }))
      // started at x* the instance says nothing (R = 0, every ratio 0/0)
      .filter((instance) => materializeSmoothConvex(instance).R > 0),
  ];
  if (!stronglyConvex) {
    kinds.push(huberInstance(maxDesignSteps).map((h) => ({ kind: 'huber' as const, huber: h })));
  }
  return fc.oneof(...kinds);
}

export interface MaterializedSmoothConvex {
  readonly f: SmoothObjective;
  readonly x0: Float64Array;
  /** L and μ as declared by the problem */
  readonly L: number;
  readonly mu: number;
  /** a lower bound on ‖x₀ − x*‖ (exact unless x* came from Newton) */
  readonly R: number;
  /** an upper bound on f(x) − f* */
  gap(value: number): number;
  /** a lower bound on f(x) − f* */
  gapLower(value: number): number;
  /** absolute rounding floor of f(x) − f* */
  readonly valueFloor: number;
  /** absolute rounding floor of ‖x − x*‖ (with the certified error of x*) */
  readonly distanceFloor: number;
  /** an upper bound on ‖x − x*‖ */
  distance(x: ArrayLike<number>): number;
  /** a lower bound on ‖x − x*‖ */
  distanceLower(x: ArrayLike<number>): number;
}

/** ‖x − y‖ without underflow: squares of differences below 1e-154 vanish, so use hypot. */
const UNDERFLOW_FLOOR = 1e-300;

function distanceTo(x: ArrayLike<number>, y: Vec): number {
  return Math.hypot(...Array.from(y, (yi, i) => x[i] - yi));
}

export function materializeSmoothConvex(instance: SmoothConvexInstance): MaterializedSmoothConvex {
  let f: SmoothObjective;
  let x0: Float64Array;
  let fStarError = 0;
  let xStarError = 0;
  let terms = 0;
  let rowNorm = 0;
  if (instance.kind === 'quadratic') {
    ({ f, x0 } = materializeQuadratic(instance.quadratic));
  } else if (instance.kind === 'softplus') {
    const sp = softplusSum(instance.softplus);
    f = sp;
    x0 = Float64Array.from(instance.softplus.start);
    fStarError = sp.minimumErrorBound;
    xStarError = sp.minimizerErrorBound;
    terms = instance.softplus.rows.length * (instance.softplus.mirrored ? 2 : 1);
    rowNorm = Math.max(...instance.softplus.rows.map((r) => Math.hypot(...r)));
  } else {
    const { smoothness, radius, designSteps } = instance.huber;
    f = huber({ smoothness, threshold: radius / (2 * designSteps + 1) });
    x0 = Float64Array.of(radius);
  }
  const xStar = f.minimizer;
  const d = f.dimension;
  const eps = Number.EPSILON;
  const xStarNorm = Math.hypot(...xStar);
  const R = Math.max(0, distanceTo(x0, xStar) - xStarError);
  return {
    f,
    x0,
    L: f.smoothness,
    mu: f.strongConvexity,
    R,
    gap: (value) => value - f.minimum + fStarError,
    gapLower: (value) => value - f.minimum,
    valueFloor:
      64 * (d + terms) * eps * (Math.abs(f.minimum) + f.smoothness * (xStarNorm ** 2 + R * R)) +
      UNDERFLOW_FLOOR,
    distanceFloor:
      64 * d * eps * xStarNorm +
      (64 * terms * eps * rowNorm) / f.smoothness +
      xStarError +
      UNDERFLOW_FLOOR,
    distance: (x) => distanceTo(x, xStar) + xStarError,
    distanceLower: (x) => Math.max(0, distanceTo(x, xStar) - xStarError),
  };
}

/** A readable summary of an instance for failure messages. */
export function describeSmoothConvex(
  instance: SmoothConvexInstance,
): Record<string, string | number | number[]> {
  if (instance.kind === 'quadratic') {
    const q = instance.quadratic;
    return {
      problem: `quadratic (${q.basisSeed === null ? 'diagonal' : `random basis, seed ${q.basisSeed}`})`,
      spectrum: [...q.spectrum],
      x0InEigenbasis: [...q.start],
    };
  }
  if (instance.kind === 'softplus') {
    const s = instance.softplus;
    return {
      problem: `softplus sum (${s.mirrored ? 'mirrored, x* = 0' : 'x* by Newton'})`,
      rows: JSON.stringify(s.rows),
      offsets: [...s.offsets],
      'μ (ridge)': s.ridge,
      x0: [...s.start],
    };
  }
  const h = instance.huber;
  return {
    problem: `Huber, δ = R/(2·${h.designSteps} + 1)`,
    L: h.smoothness,
    R: h.radius,
  };
}
