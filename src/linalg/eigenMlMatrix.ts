/**
 * The same contract as `symmetricEigen`, computed by ml-matrix's EigenvalueDecomposition
 * (JAMA's tred2 + tql2 on arrays of rows) with `assumeSymmetric`. Kept as the second method
 * that tests compare against, and as the baseline of `npm run bench`.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Mat } from './dense.ts';
import { createMat } from './dense.ts';
import type { SymmetricEigen } from './eigen.ts';
import { checkSymmetricInput } from './eigen.ts';

export function mlMatrixSymmetricEigen(A: Mat): SymmetricEigen {
  checkSymmetricInput('mlMatrixSymmetricEigen', A);
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
