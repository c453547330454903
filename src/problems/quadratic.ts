/**
 * Quadratics with a chosen spectrum: f(x) = ½(x − x*)ᵀA(x − x*) + f*, A = Q·diag(spectrum)·Qᵀ.
 *
 * Q is the identity (diagonal case) or a Haar-random orthogonal matrix drawn from `basisSeed`.
 * L = max spectrum, μ = min spectrum (both exact by construction). Gradient ∇f(x) = A(x − x*).
 */
import type { Mat, Vec } from '../linalg/dense.ts';
import { createMat, dot, matVec } from '../linalg/dense.ts';
import { matmul } from '../linalg/matmul.ts';
import { createRng } from '../random/rng.ts';
import { orthogonalMatrix } from '../random/sampling.ts';
import type { SmoothObjective } from './objective.ts';

export interface QuadraticSpec {
  /** eigenvalues of A, each finite and ≥ 0 */
  readonly spectrum: readonly number[];
  /** seed of a random orthogonal basis; null for a diagonal A */
  readonly basisSeed: number | null;
  /** x*, default 0 */
  readonly minimizer?: readonly number[];
  /** f*, default 0 */
  readonly minimum?: number;
}

export interface Quadratic extends SmoothObjective {
  readonly A: Mat;
  /** eigenvalues as given (not sorted) */
  readonly spectrum: Float64Array;
  /** columns are eigenvectors, in the order of `spectrum`; null when A is diagonal */
  readonly basis: Mat | null;
  /** coordinates of a vector in the eigenbasis: Qᵀv (v itself when diagonal) */
  toEigenbasis(v: Vec): Vec;
  /** a vector given in eigen-coordinates, back in the original basis: Qc */
  fromEigenbasis(c: Vec): Vec;
}

export function quadratic(spec: QuadraticSpec): Quadratic {
  const { spectrum, basisSeed, minimum = 0 } = spec;
  const d = spectrum.length;
  if (d === 0)
    throw new RangeError('quadratic: spectrum must have at least one eigenvalue; received [].');
  spectrum.forEach((s, i) => {
    if (!Number.isFinite(s) || s < 0) {
      throw new RangeError(`quadratic: spectrum[${i}] must be finite and ≥ 0; received ${s}.`);
    }
  });
  const minimizer = Float64Array.from(spec.minimizer ?? new Array<number>(d).fill(0));
  if (minimizer.length !== d) {
    throw new TypeError(`quadratic: minimizer has length ${minimizer.length}; spectrum has ${d}.`);
  }

  // assemble A = Q diag(s) Qᵀ (or diag(s))
  const lambdas = Float64Array.from(spectrum);
  let A: Mat;
  let Q: Mat | null = null;
  if (basisSeed === null) {
    A = createMat(d, d);
    for (let i = 0; i < d; i++) A.data[i * d + i] = lambdas[i];
  } else {
    Q = orthogonalMatrix(createRng(basisSeed), d);
    const QD = createMat(d, d);
    for (let i = 0; i < d; i++)
      for (let j = 0; j < d; j++) QD.data[i * d + j] = Q.data[i * d + j] * lambdas[j];
    const Qt = createMat(d, d);
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) Qt.data[j * d + i] = Q.data[i * d + j];
    A = matmul(QD, Qt);
    // symmetrise: rounding in the product leaves A slightly asymmetric
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < i; j++) {
        const m = 0.5 * (A.data[i * d + j] + A.data[j * d + i]);
        A.data[i * d + j] = m;
        A.data[j * d + i] = m;
      }
    }
  }

  const diff = new Float64Array(d);
  const work = new Float64Array(d);
  const basis = Q;
  return {
    dimension: d,
    smoothness: Math.max(...lambdas),
    strongConvexity: Math.min(...lambdas),
    minimum,
    minimizer,
    A,
    spectrum: lambdas,
    basis,
    value(x) {
      for (let i = 0; i < d; i++) diff[i] = x[i] - minimizer[i];
      return 0.5 * dot(diff, matVec(A, diff, work)) + minimum;
    },
    gradient(x, out) {
      for (let i = 0; i < d; i++) diff[i] = x[i] - minimizer[i];
      return matVec(A, diff, out);
    },
    toEigenbasis(v) {
      if (basis === null) return Float64Array.from(v);
      const c = new Float64Array(d);
      for (let i = 0; i < d; i++) for (let k = 0; k < d; k++) c[k] += basis.data[i * d + k] * v[i];
      return c;
    },
    fromEigenbasis(c) {
      if (basis === null) return Float64Array.from(c);
      return matVec(basis, c);
    },
  };
}
