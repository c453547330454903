/**
 * Householder reduction of a symmetric matrix to tridiagonal form: T = W·A·Wᵀ, W orthogonal.
 *
 * For k = 0 … d−3 the reflector H_k = I − β·v·vᵀ maps row k right of the diagonal, x, onto
 * α·e₁ with α = −sign(x₀)·‖x‖ (the sign that avoids cancellation in v₀ = x₀ − α). The trailing
 * block S is updated as the symmetric rank-2 change
 *
 *   p = β·S·v,   w = p − (β/2)(pᵀv)·v,   S ← S − v·wᵀ − w·vᵀ          (S ← H·S·H)
 *
 * on the upper triangle only (A is read from there too), and W = H_{d−3}···H₀ is accumulated
 * backwards, so each reflector touches only the block where it acts. x is scaled by its
 * largest entry first, so no square overflows or underflows.
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., 2013, §5.1 and §8.3.1.
 * Checks nothing about A: the caller passes a finite symmetric matrix (see eigen.ts).
 */

export interface Tridiagonal {
  /** T's diagonal, length d */
  readonly diagonal: Float64Array;
  /** T's first superdiagonal, length max(d − 1, 0) */
  readonly offDiagonal: Float64Array;
  /** W, row-major d×d, with T = W·A·Wᵀ (the rows of W are the new basis); empty if not asked for */
  readonly basis: Float64Array;
}

/** Tridiagonalise the symmetric d×d row-major `M` (overwritten; its upper triangle is read). */
export function householderTridiagonal(M: Float64Array, d: number, withBasis = true): Tridiagonal {
  const diagonal = new Float64Array(d);
  const offDiagonal = new Float64Array(Math.max(d - 1, 0));
  const betas = new Float64Array(d);
  const p = new Float64Array(d);

  // reflect row k's tail onto its first entry; v is kept in that tail for the accumulation
  for (let k = 0; k + 2 < d; k++) {
    const row = k * d;
    const start = k + 1;
    let sigma = 0;
    for (let j = start; j < d; j++) sigma = Math.max(sigma, Math.abs(M[row + j]));
    if (sigma === 0) continue; // already reduced: H_k = I, β = 0

    let normSq = 0;
    for (let j = start; j < d; j++) {
      M[row + j] /= sigma;
      normSq += M[row + j] * M[row + j];
    }
    const norm = Math.sqrt(normSq);
    const u0 = M[row + start];
    const alpha = u0 >= 0 ? -norm : norm;
    M[row + start] = u0 - alpha;
    const beta = 1 / (norm * (norm + Math.abs(u0))); // 2/vᵀv
    betas[k] = beta;
    offDiagonal[k] = alpha * sigma;

    // p = β·S·v from the upper triangle (row i gives S_ii·v_i, S_ij·v_j and S_ji·v_i)
    p.fill(0, start, d);
    for (let i = start; i < d; i++) {
      const si = i * d;
      const vi = M[row + i];
      let s = M[si + i] * vi;
      for (let j = i + 1; j < d; j++) {
        const sij = M[si + j];
        s += sij * M[row + j];
        p[j] += sij * vi;
      }
      p[i] += s;
    }
    let pv = 0;
    for (let i = start; i < d; i++) {
      p[i] *= beta;
      pv += p[i] * M[row + i];
    }
    const K = (beta / 2) * pv;

    // w = p − K·v;  S ← S − v·wᵀ − w·vᵀ on the upper triangle
    for (let i = start; i < d; i++) p[i] -= K * M[row + i];
    for (let i = start; i < d; i++) {
      const vi = M[row + i];
      const wi = p[i];
      const si = i * d;
      for (let j = i; j < d; j++) M[si + j] -= vi * p[j] + wi * M[row + j];
    }
  }

  // read off T
  for (let i = 0; i < d; i++) diagonal[i] = M[i * d + i];
  if (d >= 2) offDiagonal[d - 2] = M[(d - 2) * d + d - 1];

  const basis = withBasis ? accumulateReflectors(M, betas, d) : new Float64Array(0);
  return { diagonal, offDiagonal, basis };
}

/**
 * W = H_{d−3}···H₀ from the reflectors kept in the rows of M, accumulated backwards
 * (W ← W·H_k for k = d−3 … 0), which changes only the block [k+1:, k+1:]. Two reflectors are
 * applied per pass over a row w, using
 *
 *   w·H_k·H_{k−1} = w − t₁·v₁ − t₂·v₂,   t₁ = β_k·(w·v₁),   t₂ = β_{k−1}·(w·v₂ − t₁·(v₁·v₂)).
 */
function accumulateReflectors(M: Float64Array, betas: Float64Array, d: number): Float64Array {
  const W = new Float64Array(d * d);
  for (let i = 0; i < d; i++) W[i * d + i] = 1;

  // pairs (k, k−1): v₁ = M[k, k+1:], v₂ = M[k−1, k:]
  let k = d - 3;
  for (; k >= 1; k -= 2) {
    const beta1 = betas[k];
    const beta2 = betas[k - 1];
    const r1 = k * d;
    const r2 = (k - 1) * d;
    let gamma = 0;
    for (let j = k + 1; j < d; j++) gamma += M[r1 + j] * M[r2 + j];
    for (let i = k; i < d; i++) {
      const wi = i * d;
      let s1 = 0;
      let s2 = W[wi + k] * M[r2 + k];
      for (let j = k + 1; j < d; j++) {
        s1 += W[wi + j] * M[r1 + j];
        s2 += W[wi + j] * M[r2 + j];
      }
      const t1 = beta1 * s1;
      const t2 = beta2 * (s2 - t1 * gamma);
      if (t1 === 0 && t2 === 0) continue;
      W[wi + k] -= t2 * M[r2 + k];
      for (let j = k + 1; j < d; j++) W[wi + j] -= t1 * M[r1 + j] + t2 * M[r2 + j];
    }
  }

  // the last reflector H₀ when d − 2 is odd
  if (k === 0 && betas[0] !== 0) {
    for (let i = 1; i < d; i++) {
      const wi = i * d;
      let s = 0;
      for (let j = 1; j < d; j++) s += W[wi + j] * M[j];
      const t = betas[0] * s;
      for (let j = 1; j < d; j++) W[wi + j] -= t * M[j];
    }
  }
  return W;
}
