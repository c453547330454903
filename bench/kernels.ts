/**
 * Core kernels, ours against ml-matrix on the same seeded Gaussian inputs: the symmetric
 * eigendecomposition, the matrix product, the Gram matrix AᵀA and the matrix–vector product;
 * also our eigenvalues-only path against ml-matrix's full decomposition (it has no cheaper one).
 * Inputs are converted to ml-matrix's format before timing, so only the computation is timed.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Mat } from '../src/linalg/dense.ts';
import { gram, matToRows, matVec } from '../src/linalg/dense.ts';
import { symmetricEigen, symmetricEigenvalues } from '../src/linalg/eigen.ts';
import { matmul } from '../src/linalg/matmul.ts';
import { createRng, deriveSeed } from '../src/random/rng.ts';
import { normalMatrix } from '../src/random/sampling.ts';
import type { Comparison } from './timing.ts';
import { compare } from './timing.ts';

export const KERNEL_DIMENSIONS = [50, 100, 200, 400] as const;

export interface KernelResult extends Comparison {
  readonly kernel: string;
  readonly baseline: string;
  readonly dimension: number;
  readonly repetitions: number;
}

/** Fewer repetitions at large d, where one ml-matrix eigendecomposition takes seconds. */
function repetitionsFor(d: number, override: number | undefined): number {
  if (override !== undefined) return override;
  return d <= 100 ? 15 : d <= 200 ? 11 : 3;
}

function symmetricPart(G: Mat): Mat {
  const d = G.rows;
  const data = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) data[i * d + j] = 0.5 * (G.data[i * d + j] + G.data[j * d + i]);
  }
  return { rows: d, cols: d, data };
}

interface KernelCase {
  readonly kernel: string;
  readonly baseline: string;
  readonly make: (A: Mat, B: Mat) => { ours: () => unknown; theirs: () => unknown };
}

const CASES: readonly KernelCase[] = [
  {
    kernel: 'symmetricEigen',
    baseline: 'EigenvalueDecomposition',
    make: (A) => {
      const S = symmetricPart(A);
      const mS = new Matrix(matToRows(S));
      return {
        ours: () => symmetricEigen(S),
        theirs: () => new EigenvalueDecomposition(mS, { assumeSymmetric: true }),
      };
    },
  },
  {
    kernel: 'symmetricEigenvalues',
    baseline: 'EVD (values + vectors)',
    make: (A) => {
      const S = symmetricPart(A);
      const mS = new Matrix(matToRows(S));
      return {
        ours: () => symmetricEigenvalues(S),
        theirs: () => new EigenvalueDecomposition(mS, { assumeSymmetric: true }),
      };
    },
  },
  {
    kernel: 'matmul',
    baseline: 'mmul',
    make: (A, B) => {
      const [mA, mB] = [new Matrix(matToRows(A)), new Matrix(matToRows(B))];
      return { ours: () => matmul(A, B), theirs: () => mA.mmul(mB) };
    },
  },
  {
    kernel: 'gram (AᵀA)',
    baseline: 'gram',
    make: (A) => {
      const mA = new Matrix(matToRows(A));
      return { ours: () => gram(A), theirs: () => mA.gram() };
    },
  },
  {
    kernel: 'matVec',
    baseline: 'mmul (d×1)',
    make: (A, B) => {
      const mA = new Matrix(matToRows(A));
      const x = B.data.subarray(0, A.cols);
      const mx = Matrix.columnVector(Array.from(x));
      return { ours: () => matVec(A, x), theirs: () => mA.mmul(mx) };
    },
  },
];

export interface KernelOptions {
  readonly seed: number;
  readonly dimensions?: readonly number[];
  readonly repetitions?: number;
}

export function benchKernels(options: KernelOptions): KernelResult[] {
  const { seed, dimensions = KERNEL_DIMENSIONS, repetitions } = options;
  const results: KernelResult[] = [];
  for (const kernelCase of CASES) {
    for (const d of dimensions) {
      const rng = createRng(deriveSeed(seed, `bench/${kernelCase.kernel}/${d}`));
      const A = normalMatrix(rng, d, d);
      const B = normalMatrix(rng, d, d);
      const { ours, theirs } = kernelCase.make(A, B);
      const reps = repetitionsFor(d, repetitions);
      const timing = compare(ours, theirs, { repetitions: reps, warmupCalls: d <= 200 ? 3 : 1 });
      results.push({
        kernel: kernelCase.kernel,
        baseline: kernelCase.baseline,
        dimension: d,
        repetitions: reps,
        ...timing,
      });
    }
  }
  return results;
}
