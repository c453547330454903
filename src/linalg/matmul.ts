/**
 * Matrix product C = A·B on row-major Float64Array matrices.
 *
 * Blocking scheme (see microkernel.ts for the tile):
 *   1. k-blocks: the inner dimension is cut into blocks of K_BLOCK, so one packed panel of A
 *      (4 rows × K_BLOCK, 8 KiB) stays in L1 and the packed B block (n × K_BLOCK) in L2;
 *   2. packing: per k-block, Aᵀ and B are copied into 4-wide k-major panels, so the tile
 *      reads both operands contiguously whatever the shapes;
 *   3. register tiles: each 4×4 tile of C accumulates its K_BLOCK rank-1 updates in 16 locals
 *      and is added to C once per k-block.
 * Summation order within a k-block is the natural one (κ ascending), so the rounding error is
 * that of the naive loop: |C − fl(C)| ≤ p·ε·(|A|·|B|) entrywise, to first order.
 */
import type { Mat } from './dense.ts';
import { checkFinite, createMat } from './dense.ts';
import { TILE, addTile, packPanels, packTransposedPanels } from './microkernel.ts';

/** 256 columns of k: a 4×256 panel is 8 KiB, half of the smallest common L1 data cache. */
const K_BLOCK = 256;

export function matmul(A: Mat, B: Mat): Mat {
  if (A.cols !== B.rows) {
    throw new TypeError(
      `matmul: B.rows must equal A.cols = ${A.cols}; received B of shape ${B.rows}×${B.cols}.`,
    );
  }
  checkFinite('matmul', 'A', A);
  checkFinite('matmul', 'B', B);
  const m = A.rows;
  const n = B.cols;
  const p = A.cols;
  const C = createMat(m, n);
  if (m === 0 || n === 0 || p === 0) return C;

  const kcMax = Math.min(K_BLOCK, p);
  const packedA = new Float64Array(Math.ceil(m / TILE) * TILE * kcMax);
  const packedB = new Float64Array(Math.ceil(n / TILE) * TILE * kcMax);

  for (let k0 = 0; k0 < p; k0 += K_BLOCK) {
    const kc = Math.min(K_BLOCK, p - k0);

    // pack this k-block of both operands
    packTransposedPanels(A.data, m, p, k0, kc, packedA);
    packPanels(B.data, n, k0, kc, packedB);

    // every 4×4 tile of C, row panels outermost so the A panel stays in L1
    for (let i0 = 0; i0 < m; i0 += TILE) {
      const aOffset = i0 * kc;
      for (let j0 = 0; j0 < n; j0 += TILE) {
        addTile(packedA, aOffset, packedB, j0 * kc, kc, C.data, i0, j0, m, n);
      }
    }
  }
  return C;
}
