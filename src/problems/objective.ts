/**
 * The interface every smooth objective in the solver core implements: value and gradient, with
 * the constants the theorems use (smoothness L, strong convexity μ, minimum f*, minimiser x*)
 * declared by the problem — computed from its construction, never estimated.
 */
import type { Vec } from '../linalg/dense.ts';

export interface SmoothObjective {
  readonly dimension: number;
  /** L: ∇f is L-Lipschitz */
  readonly smoothness: number;
  /** μ ≥ 0: f is μ-strongly convex (0 when only convex) */
  readonly strongConvexity: number;
  /** f* = min f, when known in closed form */
  readonly minimum: number;
  /** a minimiser x*, when known in closed form */
  readonly minimizer: Vec;
  value(x: Vec): number;
  /** writes ∇f(x) into `out` and returns it */
  gradient(x: Vec, out: Vec): Vec;
}
