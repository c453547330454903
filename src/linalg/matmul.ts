/**
 * Matrix product C = A·B on row-major Float64Array matrices.
 *
 * Register-blocked i-k-j loop: four rows of A are combined against one row of B at a time, so
 * each loaded row of B feeds four accumulating rows of C, and the innermost loop runs over
 * contiguous memory in both B and C. Blocking over k keeps the active rows of B in cache.
 */
import type { Mat } from './dense.ts';
import { createMat } from './dense.ts';

const K_BLOCK = 128;

export function matmul(A: Mat, B: Mat): Mat {
  if (A.cols !== B.rows) {
    throw new TypeError(`matmul: inner dimensions differ (A is ${A.rows}×${A.cols}, B is ${B.rows}×${B.cols}).`);
  }
  const m = A.rows;
  const n = B.cols;
  const p = A.cols;
  const C = createMat(m, n);
  const a = A.data;
  const b = B.data;
  const c = C.data;

  for (let k0 = 0; k0 < p; k0 += K_BLOCK) {
    const k1 = Math.min(p, k0 + K_BLOCK);
    let i = 0;
    // four rows of C at a time
    for (; i + 3 < m; i += 4) {
      const c0 = i * n;
      const c1 = c0 + n;
      const c2 = c1 + n;
      const c3 = c2 + n;
      for (let k = k0; k < k1; k++) {
        const a0 = a[i * p + k];
        const a1 = a[(i + 1) * p + k];
        const a2 = a[(i + 2) * p + k];
        const a3 = a[(i + 3) * p + k];
        const bk = k * n;
        for (let j = 0; j < n; j++) {
          const bv = b[bk + j];
          c[c0 + j] += a0 * bv;
          c[c1 + j] += a1 * bv;
          c[c2 + j] += a2 * bv;
          c[c3 + j] += a3 * bv;
        }
      }
    }
    // remaining rows
    for (; i < m; i++) {
      const ci = i * n;
      for (let k = k0; k < k1; k++) {
        const av = a[i * p + k];
        const bk = k * n;
        for (let j = 0; j < n; j++) c[ci + j] += av * b[bk + j];
      }
    }
  }
  return C;
}
