/**
 * The largest eigenvalue of a symmetric operator v ↦ A·v, by the Lanczos method with full
 * reorthogonalisation:
 *
 *   β₀ = 0, q₁ = random unit;  w = A q_j − β_{j−1} q_{j−1},  α_j = q_jᵀw,  w ← w − α_j q_j,
 *   w ← w − Q Qᵀ w (twice),  β_j = ‖w‖,  q_{j+1} = w/β_j
 *
 * After j steps the top Ritz pair (θ, y = Q_j s) of the tridiagonal T_j = tridiag(β, α, β)
 * satisfies θ ≤ λ_max (θ is a Rayleigh quotient) and ‖A y − θ y‖ = β_j·|s_j| =: r, so some
 * eigenvalue of A lies in [θ − r, θ + r] (Bauer–Fike for symmetric A). The run stops once
 * r ≤ relTolerance·|θ| + absTolerance, at an invariant subspace (β_j ≈ 0), or at
 * maxIterations. Reference: Golub & Van Loan, "Matrix Computations", 4th ed., 2013, §10.1.
 * Not checked: that θ belongs to λ_max rather than to another eigenvalue when the start vector
 * is nearly orthogonal to the top eigenvector (a random start makes that a null event).
 */
import { createMat, dot } from './dense.ts';
import { symmetricEigen } from './eigen.ts';
import { createRng } from '../random/rng.ts';
import { unitVector } from '../random/sampling.ts';

export interface LanczosOptions {
  /** seed of the random start vector (ignored when `start` is given) */
  readonly seed?: number;
  /** a start vector (e.g. the previous top eigenvector, for a warm start) */
  readonly start?: ArrayLike<number>;
  /** default min(dimension, 60) */
  readonly maxIterations?: number;
  /** default 1e-6 */
  readonly relTolerance?: number;
  /** default 0 */
  readonly absTolerance?: number;
}

export interface LanczosResult {
  /** the top Ritz value θ ≤ λ_max */
  readonly value: number;
  /** the unit Ritz vector y */
  readonly vector: Float64Array;
  /** r = ‖A y − θ y‖ (from the recurrence) */
  readonly residual: number;
  /** operator applications used */
  readonly iterations: number;
  readonly converged: boolean;
}

export function lanczosTopEigen(
  apply: (v: Float64Array) => Float64Array,
  dimension: number,
  options: LanczosOptions = {},
): LanczosResult {
  const { seed = 0, start, relTolerance = 1e-6, absTolerance = 0 } = options;
  const maxIterations = options.maxIterations ?? Math.min(dimension, 60);
  if (!Number.isInteger(dimension) || dimension < 1) {
    throw new RangeError(
      `lanczosTopEigen: dimension must be an integer ≥ 1; received ${dimension}.`,
    );
  }
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new RangeError(
      `lanczosTopEigen: maxIterations must be an integer ≥ 1; received ${maxIterations}.`,
    );
  }
  if (start !== undefined && start.length !== dimension) {
    throw new TypeError(
      `lanczosTopEigen: start must have length ${dimension}; received ${start.length}.`,
    );
  }

  // the start vector, normalised
  let q = start ? Float64Array.from(start) : unitVector(createRng(seed), dimension);
  let norm = Math.sqrt(dot(q, q));
  if (!(norm > 0) || !Number.isFinite(norm)) q = unitVector(createRng(seed), dimension);
  else for (let i = 0; i < dimension; i++) q[i] /= norm;

  const basis: Float64Array[] = [];
  const alphas: number[] = [];
  const betas: number[] = [];
  let ritz = { value: NaN, coefficients: new Float64Array(0), residual: Infinity };
  for (let j = 0; j < Math.min(maxIterations, dimension); j++) {
    basis.push(q);
    const w = Float64Array.from(apply(q));
    const alpha = dot(q, w);
    alphas.push(alpha);

    // full reorthogonalisation against every basis vector, twice
    for (let pass = 0; pass < 2; pass++) {
      for (const b of basis) {
        const c = dot(b, w);
        for (let i = 0; i < dimension; i++) w[i] -= c * b[i];
      }
    }
    const beta = Math.sqrt(dot(w, w));
    ritz = topRitz(alphas, betas, beta);
    const done = ritz.residual <= relTolerance * Math.abs(ritz.value) + absTolerance;
    if (done || beta === 0 || j === Math.min(maxIterations, dimension) - 1) break;
    betas.push(beta);
    norm = beta;
    q = w.map((x) => x / norm);
  }

  // the Ritz vector y = Q s
  const vector = new Float64Array(dimension);
  basis.forEach((b, k) => {
    for (let i = 0; i < dimension; i++) vector[i] += ritz.coefficients[k] * b[i];
  });
  const converged = ritz.residual <= relTolerance * Math.abs(ritz.value) + absTolerance;
  return {
    value: ritz.value,
    vector,
    residual: ritz.residual,
    iterations: basis.length,
    converged,
  };
}

/** Top eigenpair of the j×j tridiagonal T and the residual β_j·|s_j| of its Ritz pair. */
function topRitz(alphas: readonly number[], betas: readonly number[], betaNext: number) {
  const j = alphas.length;
  const T = createMat(j, j);
  for (let k = 0; k < j; k++) T.data[k * j + k] = alphas[k];
  for (let k = 0; k + 1 < j; k++) {
    T.data[k * j + k + 1] = betas[k];
    T.data[(k + 1) * j + k] = betas[k];
  }
  const { values, vectors } = symmetricEigen(T);
  const top = j - 1;
  const coefficients = new Float64Array(j);
  for (let k = 0; k < j; k++) coefficients[k] = vectors.data[k * j + top];
  return { value: values[top], coefficients, residual: Math.abs(betaNext * coefficients[j - 1]) };
}
