/**
 * A smooth convex non-quadratic with a known smoothness constant: a softplus (logistic) sum
 *
 *   f(x) = (1/m)·Σᵢ softplus(aᵢᵀx − bᵢ) + (μ/2)‖x‖²,   softplus(t) = ln(1 + eᵗ),
 *
 * with ∇f(x) = (1/m)Aᵀσ(Ax − b) + μx and ∇²f = (1/m)Aᵀdiag(σ')A + μI, σ' ≤ 1/4, so
 * L = λ_max(AᵀA)/(4m) + μ (exact, from symmetricEigen) and f is μ-strongly convex.
 *
 * Mirrored instances use every row twice, as +aᵢ and −aᵢ with the same bᵢ: f is then even, so
 * x* = 0 and f* = (1/m)Σ softplus(−bᵢ) exactly, for any μ ≥ 0 (merely convex when μ = 0).
 * Otherwise μ > 0 is required and x* comes from damped Newton; the returned bounds
 * ‖x̂ − x*‖ ≤ ‖∇f(x̂)‖/μ and 0 ≤ f(x̂) − f* ≤ ‖∇f(x̂)‖²/(2μ) (strong convexity) say how accurate
 * it is, typically 1e-16 relative.
 */
import type { Mat, Vec } from '../linalg/dense.ts';
import { createMat, fromRows, gram } from '../linalg/dense.ts';
import { symmetricEigen } from '../linalg/eigen.ts';
import { newtonMinimize } from '../algorithms/newton.ts';
import { log1pExp as softplus, sigmoid } from '../numeric/logspace.ts';
import type { SmoothObjective } from './objective.ts';

export interface SoftplusSumSpec {
  /** the rows aᵢ (m × d) */
  readonly rows: readonly (readonly number[])[];
  /** offsets bᵢ */
  readonly offsets: readonly number[];
  /** μ ≥ 0 (> 0 unless mirrored) */
  readonly ridge: number;
  /** use each row as +aᵢ and −aᵢ (so x* = 0 exactly) */
  readonly mirrored: boolean;
}

export interface SoftplusSum extends SmoothObjective {
  /** upper bound on ‖x̂ − x*‖ for the stored minimizer (0 when exact by symmetry) */
  readonly minimizerErrorBound: number;
  /** upper bound on f(x̂) − f* ≥ 0 for the stored minimum (0 when exact by symmetry) */
  readonly minimumErrorBound: number;
  hessian(x: Vec): Mat;
}

export function softplusSum(spec: SoftplusSumSpec): SoftplusSum {
  const { rows, offsets, ridge, mirrored } = spec;
  if (rows.length === 0)
    throw new RangeError('softplusSum: rows must be non-empty; received 0 rows.');
  if (offsets.length !== rows.length) {
    throw new TypeError(
      `softplusSum: offsets has ${offsets.length} entries; rows has ${rows.length}.`,
    );
  }
  if (!(ridge >= 0) || !Number.isFinite(ridge)) {
    throw new RangeError(`softplusSum: ridge must be finite and ≥ 0; received ${ridge}.`);
  }
  if (!mirrored && !(ridge > 0)) {
    throw new RangeError(`softplusSum: ridge must be > 0 unless mirrored; received ${ridge}.`);
  }

  // the rows actually summed, and L from the spectrum of AᵀA
  const base = fromRows(rows);
  const A = mirrored ? fromRows([...rows, ...rows.map((r) => r.map((v) => -v))]) : base;
  const b = Float64Array.from(mirrored ? [...offsets, ...offsets] : offsets);
  const m = A.rows;
  const d = A.cols;
  const eigen = symmetricEigen(gram(A));
  const L = Math.max(0, eigen.values[d - 1]) / (4 * m) + ridge;

  const margins = new Float64Array(m);
  const marginsOf = (x: Vec) => {
    for (let i = 0; i < m; i++) {
      let s = -b[i];
      for (let j = 0; j < d; j++) s += A.data[i * d + j] * x[j];
      margins[i] = s;
    }
  };
  const value = (x: Vec) => {
    marginsOf(x);
    let s = 0;
    let r = 0;
    for (let i = 0; i < m; i++) s += softplus(margins[i]);
    for (let j = 0; j < d; j++) r += x[j] * x[j];
    return s / m + (ridge / 2) * r;
  };
  const gradient = (x: Vec, out: Vec) => {
    marginsOf(x);
    for (let j = 0; j < d; j++) out[j] = ridge * x[j];
    for (let i = 0; i < m; i++) {
      const w = sigmoid(margins[i]) / m;
      for (let j = 0; j < d; j++) out[j] += w * A.data[i * d + j];
    }
    return out;
  };
  const hessian = (x: Vec) => {
    marginsOf(x);
    const H = createMat(d, d);
    for (let i = 0; i < m; i++) {
      const s = sigmoid(margins[i]);
      const w = (s * (1 - s)) / m;
      for (let j = 0; j < d; j++)
        for (let k = 0; k < d; k++) H.data[j * d + k] += w * A.data[i * d + j] * A.data[i * d + k];
    }
    for (let j = 0; j < d; j++) H.data[j * d + j] += ridge;
    return H;
  };

  // the minimiser: exact by symmetry, or Newton with certified error bounds
  let minimizer: Vec = new Float64Array(d);
  let minimizerErrorBound = 0;
  let minimumErrorBound = 0;
  if (!mirrored) {
    const newton = newtonMinimize({ dimension: d, value, gradient, hessian });
    minimizer = newton.x;
    minimizerErrorBound = newton.gradientNorm / ridge;
    minimumErrorBound = newton.gradientNorm ** 2 / (2 * ridge);
  }
  const minimum = value(minimizer);

  return {
    dimension: d,
    smoothness: L,
    strongConvexity: ridge,
    minimum,
    minimizer,
    minimizerErrorBound,
    minimumErrorBound,
    value,
    gradient,
    hessian,
  };
}
