/**
 * Binary classification data for the logistic family: points x_i ∈ ℝᵈ with labels y_i ∈ {±1},
 * stored as the signed rows z_i = y_i·x_i (the loss only ever sees margins m_i = z_iᵀθ).
 *
 * `classificationData` validates shapes and labels up front and records max‖x_i‖, which every
 * theorem of the family assumes is ≤ 1 (the toy set of Wu et al. is the one exception, used only
 * for figures).
 */
import type { Mat } from '../linalg/dense.ts';
import { createMat } from '../linalg/dense.ts';

export interface ClassificationData {
  readonly n: number;
  readonly d: number;
  /** n×d, row i is y_i·x_i */
  readonly Z: Mat;
  readonly points: readonly (readonly number[])[];
  readonly labels: readonly number[];
  /** max_i ‖x_i‖ */
  readonly maxNorm: number;
}

export function classificationData(
  points: readonly (readonly number[])[],
  labels: readonly number[],
): ClassificationData {
  const n = points.length;
  if (n === 0)
    throw new TypeError('classificationData: points must be non-empty; received 0 points.');
  if (labels.length !== n) {
    throw new TypeError(
      `classificationData: labels must have one entry per point; received ${labels.length} for ${n}.`,
    );
  }
  const d = points[0].length;
  if (d === 0)
    throw new TypeError('classificationData: points must have dimension ≥ 1; received 0.');

  const Z = createMat(n, d);
  let maxNorm = 0;
  for (let i = 0; i < n; i++) {
    if (points[i].length !== d) {
      throw new TypeError(
        `classificationData: point ${i} has dimension ${points[i].length}; expected ${d}.`,
      );
    }
    if (labels[i] !== 1 && labels[i] !== -1) {
      throw new RangeError(
        `classificationData: label ${i} must be +1 or −1; received ${labels[i]}.`,
      );
    }
    let normSq = 0;
    for (let j = 0; j < d; j++) {
      const x = points[i][j];
      if (!Number.isFinite(x))
        throw new RangeError(`classificationData: point ${i} has a non-finite entry ${x}.`);
      Z.data[i * d + j] = labels[i] * x;
      normSq += x * x;
    }
    maxNorm = Math.max(maxNorm, Math.sqrt(normSq));
  }
  return { n, d, Z, points, labels, maxNorm };
}

/** m = Zθ, the margins y_i x_iᵀθ. */
export function margins(
  data: ClassificationData,
  theta: ArrayLike<number>,
  out?: Float64Array,
): Float64Array {
  const { n, d, Z } = data;
  if (theta.length !== d)
    throw new TypeError(`margins: θ has length ${theta.length}; data has dimension ${d}.`);
  const m = out ?? new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += Z.data[i * d + j] * theta[j];
    m[i] = s;
  }
  return m;
}
