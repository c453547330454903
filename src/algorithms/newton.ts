/**
 * Damped Newton's method for a smooth strictly convex function, used to find x* and f* of test
 * problems to machine precision (not as an algorithm under test):
 *
 *   x ← x − s·H(x)⁻¹∇f(x),   s ∈ {1, ½, ¼, …} the first with f(x_new) ≤ f(x) − (s/4)·λ²,
 *
 * λ² = ∇fᵀH⁻¹∇f the squared Newton decrement (Boyd & Vandenberghe, Convex Optimization, 2004,
 * Algorithm 9.5). The Hessian system is solved by Cholesky. When λ² is below the rounding of f
 * the full step is taken; stops when it no longer shrinks the gradient (rounding floor) or after
 * maxIterations. It certifies nothing by itself: the caller turns the final gradient norm into
 * error bounds (e.g. ‖x − x*‖ ≤ ‖∇f(x)‖/μ).
 */
import type { Mat, Vec } from '../linalg/dense.ts';
import { dot } from '../linalg/dense.ts';

export interface NewtonProblem {
  readonly dimension: number;
  value(x: Vec): number;
  gradient(x: Vec, out: Vec): Vec;
  hessian(x: Vec): Mat;
}

export interface NewtonOptions {
  readonly x0?: ArrayLike<number>;
  /** default 100 */
  readonly maxIterations?: number;
}

export interface NewtonResult {
  readonly x: Vec;
  readonly value: number;
  /** ‖∇f(x)‖ at the returned point */
  readonly gradientNorm: number;
  readonly iterations: number;
}

/** Solves H·z = g for symmetric positive definite H (row-major d×d); throws if H is not SPD. */
export function choleskySolve(H: Mat, g: ArrayLike<number>): Vec {
  const d = H.rows;
  const C = new Float64Array(d * d); // lower factor, H = C·Cᵀ
  for (let j = 0; j < d; j++) {
    let s = H.data[j * d + j];
    for (let k = 0; k < j; k++) s -= C[j * d + k] ** 2;
    if (!(s > 0))
      throw new RangeError(`choleskySolve: H must be positive definite; pivot ${j} is ${s}.`);
    const cjj = Math.sqrt(s);
    C[j * d + j] = cjj;
    for (let i = j + 1; i < d; i++) {
      let t = H.data[i * d + j];
      for (let k = 0; k < j; k++) t -= C[i * d + k] * C[j * d + k];
      C[i * d + j] = t / cjj;
    }
  }

  // forward then backward substitution
  const z = Float64Array.from(g);
  for (let i = 0; i < d; i++) {
    for (let k = 0; k < i; k++) z[i] -= C[i * d + k] * z[k];
    z[i] /= C[i * d + i];
  }
  for (let i = d - 1; i >= 0; i--) {
    for (let k = i + 1; k < d; k++) z[i] -= C[k * d + i] * z[k];
    z[i] /= C[i * d + i];
  }
  return z;
}

export function newtonMinimize(problem: NewtonProblem, options: NewtonOptions = {}): NewtonResult {
  const d = problem.dimension;
  const { x0 = new Float64Array(d), maxIterations = 100 } = options;
  if (x0.length !== d) {
    throw new TypeError(
      `newtonMinimize: x0 has length ${x0.length}; the problem has dimension ${d}.`,
    );
  }

  const x = Float64Array.from(x0);
  const g = new Float64Array(d);
  const trial = new Float64Array(d);
  let fx = problem.value(x);
  let gradNorm = Math.sqrt(dot(problem.gradient(x, g), g));
  let iterations = 0;
  while (iterations < maxIterations && gradNorm > 0) {
    iterations++;
    const step = choleskySolve(problem.hessian(x), g);
    const decrementSq = dot(g, step);

    // backtracking on the Armijo condition; once the decrement is below the rounding of f
    // (quadratic-convergence region) the full step is taken and judged by the gradient instead
    const resolvable = decrementSq > 16 * Number.EPSILON * (1 + Math.abs(fx));
    let s = 1;
    let accepted = false;
    for (let k = 0; resolvable && k < 60 && !accepted; k++, s /= 2) {
      for (let i = 0; i < d; i++) trial[i] = x[i] - s * step[i];
      accepted = problem.value(trial) <= fx - (s / 4) * decrementSq;
    }
    if (!accepted) {
      for (let i = 0; i < d; i++) trial[i] = x[i] - step[i];
    }
    const gTrial = problem.gradient(trial, new Float64Array(d));
    const trialNorm = Math.sqrt(dot(gTrial, gTrial));
    if (!accepted && !(trialNorm < gradNorm)) break; // rounding floor reached
    x.set(trial);
    g.set(gTrial);
    fx = problem.value(x);
    gradNorm = trialNorm;
  }
  return { x, value: fx, gradientNorm: gradNorm, iterations };
}
