/**
 * Ridge and gradient descent on least squares as plain algorithms, with no spectral shortcut:
 * used only to test that the spectral forms of O3 describe them.
 *
 *   ridge:  θ̂ = (XᵀX + nλI)⁻¹Xᵀy                         (Cholesky solve, d×d)
 *   GD:     θ_{k+1} = θ_k − (η/n)·Xᵀ(Xθ_k − y),  θ_0 = 0   (L(θ) = (1/2n)‖Xθ − y‖²)
 *
 * Not checked: conditioning (callers keep λ > 0 or n ≥ d so the system is positive definite).
 */
import type { Mat, Vec } from '../linalg/dense.ts';
import { gram, matTVec, matVec } from '../linalg/dense.ts';

export function ridgeSolve(X: Mat, y: ArrayLike<number>, lambda: number): Vec {
  if (!(lambda >= 0) || !Number.isFinite(lambda)) {
    throw new RangeError(`ridgeSolve: lambda must be finite and ≥ 0; received ${lambda}.`);
  }
  const n = X.rows;
  const d = X.cols;
  const A = gram(X);
  for (let i = 0; i < d; i++) A.data[i * d + i] += n * lambda;
  const b = matTVec(X, y);

  // Cholesky A = LLᵀ in place (lower triangle)
  const L = A.data;
  for (let j = 0; j < d; j++) {
    let diag = L[j * d + j];
    for (let k = 0; k < j; k++) diag -= L[j * d + k] * L[j * d + k];
    if (!(diag > 0)) {
      throw new RangeError(
        `ridgeSolve: XᵀX + nλI is not positive definite (pivot ${j} is ${diag}).`,
      );
    }
    const root = Math.sqrt(diag);
    L[j * d + j] = root;
    for (let i = j + 1; i < d; i++) {
      let v = L[i * d + j];
      for (let k = 0; k < j; k++) v -= L[i * d + k] * L[j * d + k];
      L[i * d + j] = v / root;
    }
  }

  // forward then backward substitution
  const z = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let v = b[i];
    for (let k = 0; k < i; k++) v -= L[i * d + k] * z[k];
    z[i] = v / L[i * d + i];
  }
  const theta = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let v = z[i];
    for (let k = i + 1; k < d; k++) v -= L[k * d + i] * theta[k];
    theta[i] = v / L[i * d + i];
  }
  return theta;
}

export function gdLeastSquares(
  X: Mat,
  y: ArrayLike<number>,
  stepSize: number,
  numSteps: number,
): Vec {
  if (!(stepSize > 0) || !Number.isFinite(stepSize)) {
    throw new RangeError(`gdLeastSquares: stepSize must be finite and > 0; received ${stepSize}.`);
  }
  if (!Number.isInteger(numSteps) || numSteps < 0) {
    throw new RangeError(`gdLeastSquares: numSteps must be an integer ≥ 0; received ${numSteps}.`);
  }
  const n = X.rows;
  const eta = stepSize;
  const theta = new Float64Array(X.cols);
  const residual = new Float64Array(n);
  const grad = new Float64Array(X.cols);
  for (let t = 0; t < numSteps; t++) {
    matVec(X, theta, residual);
    for (let i = 0; i < n; i++) residual[i] -= y[i];
    matTVec(X, residual, grad);
    for (let j = 0; j < theta.length; j++) theta[j] -= (eta / n) * grad[j];
  }
  return theta;
}
