/**
 * Eigenvalues of a symmetric tridiagonal matrix by implicit QR with Wilkinson shifts, with the
 * rotations applied to a basis so that eigenvectors come out too.
 *
 * On an unreduced block [lo, hi] one step chases a bulge down the band: the first rotation
 * acts on the first column of T − μI, where μ is the eigenvalue of the trailing 2×2 block
 * closer to T[hi, hi] (Wilkinson's shift); each later rotation P in the plane (k, k+1) zeroes
 * the bulge at (k−1, k+1) and moves it to (k, k+2):
 *
 *   T ← P·T·Pᵀ,   W ← P·W,   P = [c s; −s c] on rows k, k+1,   (c, s) ∝ (x, z)
 *
 * The basis rotations are the hot loop; two consecutive ones (rows k, k+1 then k+1, k+2) are
 * applied in one pass over the three rows, with the same arithmetic as applying them in turn.
 * An off-diagonal entry is set to zero once |e_k| ≤ ε·(|d_k| + |d_{k+1}|), which perturbs T by
 * at most ε‖T‖. With Wilkinson's shift the iteration always converges (Wilkinson, Linear
 * Algebra Appl. 1, 1968), typically in 2–3 steps per eigenvalue.
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., 2013, Algorithms 8.3.2 and 8.3.3.
 */

/** Far above the 2–3 steps per eigenvalue seen in practice; exceeding it means a bug. */
const MAX_STEPS_PER_EIGENVALUE = 30;

/**
 * Diagonalise T = tridiag(offDiagonal, diagonal, offDiagonal) in place: on return `diagonal`
 * holds the eigenvalues (unsorted) and row i of `basis` (row-major, `width` columns) has been
 * rotated along, so if T = W·A·Wᵀ on entry, then W·A·Wᵀ = diag(diagonal) on return.
 * Returns the number of QR steps taken.
 */
export function tridiagonalQR(
  diagonal: Float64Array,
  offDiagonal: Float64Array,
  basis: Float64Array,
  width: number,
): number {
  const a = diagonal;
  const e = offDiagonal;
  const eps = Number.EPSILON;
  const maxSteps = MAX_STEPS_PER_EIGENVALUE * Math.max(a.length, 1);
  let steps = 0;
  let hi = a.length - 1;

  while (hi > 0) {
    // deflate a converged eigenvalue at the bottom
    if (Math.abs(e[hi - 1]) <= eps * (Math.abs(a[hi - 1]) + Math.abs(a[hi]))) {
      e[hi - 1] = 0;
      hi--;
      continue;
    }

    // the unreduced block [lo, hi]
    let lo = hi - 1;
    while (lo > 0 && Math.abs(e[lo - 1]) > eps * (Math.abs(a[lo - 1]) + Math.abs(a[lo]))) lo--;
    if (lo > 0) e[lo - 1] = 0;

    if (++steps > maxSteps) {
      throw new Error(`tridiagonalQR: no convergence after ${maxSteps} steps (block ${lo}…${hi}).`);
    }

    // Wilkinson's shift from the trailing 2×2 block
    const b = e[hi - 1];
    const delta = (a[hi - 1] - a[hi]) / 2;
    const root = hypot(delta, b);
    const mu = a[hi] - b * (b / (delta + (delta >= 0 ? root : -root)));

    // chase the bulge from lo to hi
    let pending = false;
    let pc = 1;
    let ps = 0;
    let x = a[lo] - mu;
    let z = e[lo];
    for (let k = lo; k < hi; k++) {
      const r = hypot(x, z);
      const c = r === 0 ? 1 : x / r;
      const s = r === 0 ? 0 : z / r;
      if (k > lo) e[k - 1] = r;

      // the 2×2 block [α β; β γ] ← P·block·Pᵀ
      const alpha = a[k];
      const beta = e[k];
      const gamma = a[k + 1];
      const cs2beta = 2 * c * s * beta;
      a[k] = c * c * alpha + cs2beta + s * s * gamma;
      a[k + 1] = s * s * alpha - cs2beta + c * c * gamma;
      e[k] = c * s * (gamma - alpha) + (c * c - s * s) * beta;

      // the next entry down becomes the new bulge
      x = e[k];
      if (k + 1 < hi) {
        z = s * e[k + 1];
        e[k + 1] *= c;
      }

      // rows k, k+1 of the basis: held back one step, so two rotations share one pass
      if (pending) {
        rotatePair(basis, width, k - 1, pc, ps, c, s);
        pending = false;
      } else {
        pc = c;
        ps = s;
        pending = true;
      }
    }
    if (pending) {
      rotateRows(basis, width, hi - 1, pc, ps);
      pending = false;
    }
  }
  return steps;
}

/**
 * √(x² + z²) without overflow or underflow: scaled by max(|x|, |z|), which keeps it exactly
 * equivariant under powers of two. Two-argument and inlinable, unlike the variadic Math.hypot.
 */
function hypot(x: number, z: number): number {
  const ax = Math.abs(x);
  const az = Math.abs(z);
  const m = ax > az ? ax : az;
  if (m === 0) return 0;
  const u = ax / m;
  const v = az / m;
  return m * Math.sqrt(u * u + v * v);
}

/** Rows k, k+1 ← P·(rows k, k+1), P = [c s; −s c]. */
function rotateRows(basis: Float64Array, width: number, k: number, c: number, s: number): void {
  const rk = k * width;
  const rk1 = rk + width;
  for (let j = 0; j < width; j++) {
    const u = basis[rk + j];
    const w = basis[rk1 + j];
    basis[rk + j] = c * u + s * w;
    basis[rk1 + j] = c * w - s * u;
  }
}

/** The rotation (c1, s1) on rows k, k+1 followed by (c2, s2) on rows k+1, k+2, in one pass. */
function rotatePair(
  basis: Float64Array,
  width: number,
  k: number,
  c1: number,
  s1: number,
  c2: number,
  s2: number,
): void {
  const r0 = k * width;
  const r1 = r0 + width;
  const r2 = r1 + width;
  for (let j = 0; j < width; j++) {
    const u = basis[r0 + j];
    const v = basis[r1 + j];
    const w = basis[r2 + j];
    const v1 = c1 * v - s1 * u;
    basis[r0 + j] = c1 * u + s1 * v;
    basis[r1 + j] = c2 * v1 + s2 * w;
    basis[r2 + j] = c2 * w - s2 * v1;
  }
}
