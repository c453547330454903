/**
 * Regularized logistic regression F(θ) = L(θ) + (λ/2)‖θ‖²: its value and gradient, gradient
 * descent on it, and F* by damped Newton's method.
 *
 *   GD:      θ_{t+1} = θ_t − η(∇L(θ_t) + λθ_t)
 *   Newton:  θ ← θ − s·(∇²L(θ) + λI)⁻¹∇F(θ), s halved until F decreases (Armijo, ½)
 *            stop when the Newton decrement ∇Fᵀ(∇²F)⁻¹∇F ≤ 2·10⁻²⁸ (F − F* ≲ 1e-28, far below the
 *            1e-14 the properties need; rounding of F itself, ~1e-16·F, is then the floor)
 *
 * F is bounded below by min(λ/2‖θ‖², ·) and by L ≥ 0 of moderate size, so plain doubles suffice;
 * λ = 0 is allowed for non-separable data with a finite minimiser. Reference: Wu, Marion,
 * Bartlett, "Large stepsizes accelerate gradient descent for regularized logistic regression",
 * NeurIPS 2025 (arXiv 2506.02336). Not checked: that the minimiser exists when λ = 0.
 */
import { log1pExp, sigmoid } from '../numeric/logspace.ts';
import type { ClassificationData } from './dataset.ts';
import { margins } from './dataset.ts';
import { hessian } from './hessian.ts';

export interface RegularizedEvaluation {
  readonly value: number;
  readonly gradient: Float64Array;
  readonly gradNorm: number;
  /** G(θ) = (1/n) Σ |ℓ'(m_i)| of the unregularized part */
  readonly G: number;
}

export function evaluateRegularized(
  data: ClassificationData,
  theta: ArrayLike<number>,
  lambda: number,
): RegularizedEvaluation {
  const { n, d, Z } = data;
  const m = margins(data, theta);
  let loss = 0;
  let G = 0;
  const gradient = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    loss += log1pExp(-m[i]);
    const w = sigmoid(-m[i]);
    G += w;
    for (let j = 0; j < d; j++) gradient[j] -= (w * Z.data[i * d + j]) / n;
  }
  let normSq = 0;
  for (let j = 0; j < d; j++) {
    normSq += theta[j] * theta[j];
    gradient[j] += lambda * theta[j];
  }
  return {
    value: loss / n + 0.5 * lambda * normSq,
    gradient,
    gradNorm: Math.hypot(...gradient),
    G: G / n,
  };
}

export interface RegularizedGdResult {
  readonly theta: Float64Array;
  /** F(θ_t), t = 0 … numSteps */
  readonly values: Float64Array;
  /** ‖∇F(θ_t)‖ */
  readonly gradNorms: Float64Array;
  /** G(θ_t) */
  readonly Gs: Float64Array;
  readonly iterates?: Float64Array[];
}

export function regularizedGradientDescent(
  data: ClassificationData,
  options: {
    stepSize: number;
    lambda: number;
    numSteps: number;
    theta0?: ArrayLike<number>;
    keepIterates?: boolean;
  },
): RegularizedGdResult {
  const { stepSize, lambda, numSteps, keepIterates = false } = options;
  const eta = stepSize;
  if (!(eta > 0) || !Number.isFinite(eta))
    throw new RangeError(
      `regularizedGradientDescent: stepSize must be finite and > 0; received ${eta}.`,
    );
  if (!(lambda >= 0))
    throw new RangeError(`regularizedGradientDescent: lambda must be ≥ 0; received ${lambda}.`);
  const theta = options.theta0 ? Float64Array.from(options.theta0) : new Float64Array(data.d);
  const values = new Float64Array(numSteps + 1);
  const gradNorms = new Float64Array(numSteps + 1);
  const Gs = new Float64Array(numSteps + 1);
  const iterates: Float64Array[] | undefined = keepIterates ? [] : undefined;
  for (let t = 0; t <= numSteps; t++) {
    const e = evaluateRegularized(data, theta, lambda);
    values[t] = e.value;
    gradNorms[t] = e.gradNorm;
    Gs[t] = e.G;
    iterates?.push(Float64Array.from(theta));
    if (t < numSteps) for (let j = 0; j < data.d; j++) theta[j] -= eta * e.gradient[j];
  }
  return { theta, values, gradNorms, Gs, ...(iterates ? { iterates } : {}) };
}

/** Solve A x = b for symmetric positive definite A (d×d, row-major) by Cholesky. */
function choleskySolve(A: Float64Array, b: Float64Array, d: number): Float64Array {
  const Lc = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * d + j];
      for (let k = 0; k < j; k++) s -= Lc[i * d + k] * Lc[j * d + k];
      if (i === j) {
        if (!(s > 0))
          throw new RangeError(`choleskySolve: matrix is not positive definite (pivot ${s}).`);
        Lc[i * d + i] = Math.sqrt(s);
      } else Lc[i * d + j] = s / Lc[j * d + j];
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= Lc[i * d + k] * y[k];
    y[i] = s / Lc[i * d + i];
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < d; k++) s -= Lc[k * d + i] * x[k];
    x[i] = s / Lc[i * d + i];
  }
  return x;
}

export interface RegularizedMinimum {
  readonly thetaStar: Float64Array;
  readonly value: number;
  readonly gradNorm: number;
  /** the last Newton decrement ∇Fᵀ(∇²F)⁻¹∇F (an estimate of 2(F − F*)) */
  readonly decrement: number;
  readonly iterations: number;
}

export function regularizedMinimum(
  data: ClassificationData,
  lambda: number,
  maxIterations = 200,
): RegularizedMinimum {
  const d = data.d;
  let theta = new Float64Array(d);
  let e = evaluateRegularized(data, theta, lambda);
  let decrement = Infinity;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const H = hessian(data, theta).data;
    for (let j = 0; j < d; j++) H[j * d + j] += lambda;
    const step = choleskySolve(H, e.gradient, d);
    decrement = step.reduce((s, v, j) => s + v * e.gradient[j], 0);
    if (!(decrement > 2e-28)) break;

    // backtracking on F; near the minimum F changes by less than its rounding, so a full step
    // that raises F only within 8ε·|F| is accepted (Newton's local quadratic convergence)
    let s = 1;
    let next = theta.map((v, j) => v - s * step[j]);
    let f = evaluateRegularized(data, next, lambda);
    const roundingOfF = 8 * Number.EPSILON * Math.abs(e.value);
    if (f.value <= e.value + roundingOfF && f.gradNorm < e.gradNorm) {
      theta = next;
      e = f;
      continue;
    }
    while (f.value > e.value && s > 1e-12) {
      s /= 2;
      next = theta.map((v, j) => v - s * step[j]);
      f = evaluateRegularized(data, next, lambda);
    }
    if (f.value > e.value) break; // no representable decrease left
    theta = next;
    e = f;
  }
  return { thetaStar: theta, value: e.value, gradNorm: e.gradNorm, decrement, iterations };
}
