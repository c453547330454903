/**
 * The one symmetric eigendecomposition used everywhere: A = V·diag(values)·Vᵀ.
 *
 * Backed by ml-matrix's EigenvalueDecomposition (Householder tridiagonalisation + implicit QL,
 * the JAMA algorithm) with `assumeSymmetric`. Eigenvalues are returned in ascending order and
 * V's columns are orthonormal eigenvectors. `eigenResiduals` measures the identities
 * A·V = V·D and VᵀV = I, which tests check against `eigenTolerance`.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Mat } from './dense.ts';
import { createMat, frobenius } from './dense.ts';
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

export function symmetricEigen(A: Mat): SymmetricEigen {
  if (A.rows !== A.cols) {
    throw new TypeError(`symmetricEigen: matrix must be square; received ${A.rows}×${A.cols}.`);
  }
  for (let i = 0; i < A.data.length; i++) {
    if (!Number.isFinite(A.data[i])) {
      throw new RangeError(`symmetricEigen: entries must be finite; entry ${i} is ${A.data[i]}.`);
    }
  }
  const d = A.rows;
  if (d === 0) return { values: new Float64Array(0), vectors: createMat(0, 0) };

  const rows: number[][] = [];
  for (let i = 0; i < d; i++) rows.push(Array.from(A.data.subarray(i * d, (i + 1) * d)));
  const evd = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });

  // sort ascending (JAMA's symmetric path is already ascending; sorting makes it a contract)
  const raw = evd.realEigenvalues;
  const V = evd.eigenvectorMatrix;
  const order = raw.map((_, k) => k).sort((p, q) => raw[p] - raw[q]);
  const values = new Float64Array(d);
  const vectors = createMat(d, d);
  order.forEach((src, dst) => {
    values[dst] = raw[src];
    for (let i = 0; i < d; i++) vectors.data[i * d + dst] = V.get(i, src);
  });
  return { values, vectors };
}

export interface EigenResiduals {
  /** ‖A·V − V·D‖_F */
  readonly residual: number;
  /** ‖VᵀV − I‖_F */
  readonly orthogonality: number;
}

export function eigenResiduals(A: Mat, eig: SymmetricEigen): EigenResiduals {
  const d = A.rows;
  const V = eig.vectors.data;
  let residual = 0;
  let orthogonality = 0;
  for (let k = 0; k < d; k++) {
    for (let i = 0; i < d; i++) {
      let av = 0;
      for (let j = 0; j < d; j++) av += A.data[i * d + j] * V[j * d + k];
      const r = av - eig.values[k] * V[i * d + k];
      residual += r * r;
    }
    for (let l = 0; l < d; l++) {
      let vv = 0;
      for (let i = 0; i < d; i++) vv += V[i * d + k] * V[i * d + l];
      const r = vv - (k === l ? 1 : 0);
      orthogonality += r * r;
    }
  }
  return { residual: Math.sqrt(residual), orthogonality: Math.sqrt(orthogonality) };
}

/**
 * Backward-stable symmetric eigensolvers give ‖AV − VD‖ ≲ c·d·ε·‖A‖ and ‖VᵀV − I‖ ≲ c·d·ε
 * (Golub & Van Loan, §8.3); c = 16 covers the Householder + QL constants with margin, and the
 * Frobenius norm adds a further √d.
 */
export function eigenTolerance(A: Mat): { residual: number; orthogonality: number } {
  const d = A.rows;
  const c = 16 * d * Math.sqrt(d) * MACHINE_EPSILON;
  return { residual: c * Math.max(frobenius(A), Number.MIN_VALUE), orthogonality: c };
}
