/**
 * The one symmetric eigendecomposition used everywhere: A = V·diag(values)·Vᵀ.
 *
 * Method: Householder tridiagonalisation T = W·A·Wᵀ (householderTridiagonal.ts), then implicit
 * QR with Wilkinson shifts on T with the rotations applied to W (tridiagonalQR.ts); the rows of
 * the final W are the eigenvectors. Everything runs on flat Float64Arrays with row-wise access,
 * which is what makes it faster than ml-matrix's EigenvalueDecomposition (the same algorithm
 * family on arrays of rows, with column-wise rotations; see `npm run bench`). Scaling is
 * explicit (Householder vectors, a scaled hypot), so the result is exactly equivariant under
 * A ← 2ᵏ·A; ml-matrix throws at entries near 1e300 and loses A·V = V·D near 1e-300.
 * `symmetricEigenvalues` skips the eigenvectors (several times cheaper) when only the spectrum
 * is needed.
 *
 * Contract: eigenvalues ascending, V's columns orthonormal eigenvectors, and the input's
 * symmetric part (A + Aᵀ)/2 is what gets decomposed (symmetry itself is not checked).
 * `eigenResiduals` measures the identities A·V = V·D and VᵀV = I, which tests check against
 * `eigenTolerance`.
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., 2013, §8.3.
 */
import type { Mat } from './dense.ts';
import { checkFinite, createMat, frobenius, normInf } from './dense.ts';
import { householderTridiagonal } from './householderTridiagonal.ts';
import { tridiagonalQR } from './tridiagonalQR.ts';
import { MACHINE_EPSILON } from '../numeric/tolerance.ts';

export interface SymmetricEigen {
  /** ascending eigenvalues */
  readonly values: Float64Array;
  /** row-major d×d; column k is the eigenvector of values[k] */
  readonly vectors: Mat;
}

export function isSymmetric(A: Mat, relTol = 1e-12): boolean {
  if (A.rows !== A.cols) return false;
  const d = A.rows;
  const scale = frobenius(A);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs(A.data[i * d + j] - A.data[j * d + i]) > relTol * scale) return false;
    }
  }
  return true;
}

/** Shape and finiteness checks shared by both eigensolvers (TypeError / RangeError). */
export function checkSymmetricInput(caller: string, A: Mat): void {
  if (A.rows !== A.cols) {
    throw new TypeError(`${caller}: A must be square; received ${A.rows}×${A.cols}.`);
  }
  checkFinite(caller, 'A', A);
}

/** Indices that sort `values` ascending (insertion sort: d is small next to the d³ work). */
function ascendingOrder(values: Float64Array): Int32Array {
  const order = new Int32Array(values.length);
  for (let k = 0; k < values.length; k++) {
    let slot = k;
    while (slot > 0 && values[order[slot - 1]] > values[k]) {
      order[slot] = order[slot - 1];
      slot--;
    }
    order[slot] = k;
  }
  return order;
}

/** The upper triangle of (A + Aᵀ)/2, the part the reduction reads, as a fresh array. */
function symmetricPart(A: Mat): Float64Array {
  const d = A.rows;
  const M = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) M[i * d + j] = 0.5 * A.data[i * d + j] + 0.5 * A.data[j * d + i];
  }
  return M;
}

export function symmetricEigen(A: Mat): SymmetricEigen {
  checkSymmetricInput('symmetricEigen', A);
  const d = A.rows;

  // tridiagonalise the symmetric part, then diagonalise the band
  const { diagonal, offDiagonal, basis } = householderTridiagonal(symmetricPart(A), d);
  tridiagonalQR(diagonal, offDiagonal, basis, d);

  // ascending eigenvalues; eigenvector k is row order[k] of the basis, stored as column k
  const order = ascendingOrder(diagonal);
  const values = new Float64Array(d);
  const vectors = createMat(d, d);
  for (let k = 0; k < d; k++) {
    const src = order[k] * d;
    values[k] = diagonal[order[k]];
    for (let i = 0; i < d; i++) vectors.data[i * d + k] = basis[src + i];
  }
  return { values, vectors };
}

/**
 * The eigenvalues alone, ascending: the same reduction and QR steps as `symmetricEigen`
 * without forming or rotating the basis (about 4d³/3 flops instead of roughly 9d³), and
 * bit-identical to `symmetricEigen(A).values`.
 */
export function symmetricEigenvalues(A: Mat): Float64Array {
  checkSymmetricInput('symmetricEigenvalues', A);
  const d = A.rows;
  const { diagonal, offDiagonal } = householderTridiagonal(symmetricPart(A), d, false);
  tridiagonalQR(diagonal, offDiagonal, new Float64Array(0), 0);
  return Float64Array.from(ascendingOrder(diagonal), (k) => diagonal[k]);
}

export interface EigenResiduals {
  /** ‖A·V − V·D‖_F */
  readonly residual: number;
  /** ‖VᵀV − I‖_F */
  readonly orthogonality: number;
}

/** The residuals of an eigendecomposition, computed on A/‖A‖_max so no square overflows. */
export function eigenResiduals(A: Mat, eig: SymmetricEigen): EigenResiduals {
  const d = A.rows;
  const V = eig.vectors.data;
  const scale = normInf(A.data) || 1;
  const As = A.data.map((a) => a / scale);
  let residual = 0;
  let orthogonality = 0;
  for (let k = 0; k < d; k++) {
    const lambda = eig.values[k] / scale;
    for (let i = 0; i < d; i++) {
      let av = 0;
      for (let j = 0; j < d; j++) av += As[i * d + j] * V[j * d + k];
      const r = av - lambda * V[i * d + k];
      residual += r * r;
    }
    for (let l = 0; l < d; l++) {
      let vv = 0;
      for (let i = 0; i < d; i++) vv += V[i * d + k] * V[i * d + l];
      const r = vv - (k === l ? 1 : 0);
      orthogonality += r * r;
    }
  }
  return { residual: scale * Math.sqrt(residual), orthogonality: Math.sqrt(orthogonality) };
}

/**
 * Backward-stable symmetric eigensolvers give ‖AV − VD‖ ≲ c·d·ε·‖A‖ and ‖VᵀV − I‖ ≲ c·d·ε
 * (Golub & Van Loan, §8.3); c = 16 covers the Householder + QR constants with margin, and the
 * Frobenius norms (of A and of the residuals) add a further √d.
 */
const EIGEN_ROUNDING_FACTOR = 16;

export function eigenTolerance(A: Mat): { residual: number; orthogonality: number } {
  const d = A.rows;
  const c = EIGEN_ROUNDING_FACTOR * d * Math.sqrt(d) * MACHINE_EPSILON;
  const scale = normInf(A.data) || 1;
  const normA = scale * Math.sqrt(A.data.reduce((s, a) => s + (a / scale) ** 2, 0));
  return { residual: c * normA, orthogonality: c };
}
