/**
 * The 4×4 register tile shared by matmul and gram, and the panel packing it reads.
 *
 * Blocking scheme (the layout every caller packs into):
 *
 *   panel q of a k-block [k0, k0 + kc) of a matrix X holds the 4 columns 4q … 4q+3,
 *   stored k-major:  panel[(q·kc + κ)·4 + r] = X[k0 + κ, 4q + r]     (zero beyond the edge)
 *
 * A product tile C[4p … 4p+3, 4q … 4q+3] += Σ_κ P[κ, 4p + ·] ⊗ Q[κ, 4q + ·] then reads two
 * panels front to back: each step loads 4 + 4 numbers and does 16 multiply-adds into 16 locals
 * that V8 keeps in registers, instead of 16 loads and 16 stores of C in an i-k-j loop.
 * Working on Float64Arrays only, this file imports nothing from dense.ts.
 */

/** Tile width (rows of a panel tile and columns of a product tile). */
export const TILE = 4;

/** Scratch for the edge tiles, so the hot path allocates nothing. */
const edge = new Float64Array(TILE * TILE);

/**
 * Pack columns [0, cols) of rows [k0, k0 + kc) of a row-major matrix `x` (row stride `cols`)
 * into `out` in the panel layout above. `out` needs ⌈cols/4⌉·kc·4 entries.
 */
export function packPanels(
  x: Float64Array,
  cols: number,
  k0: number,
  kc: number,
  out: Float64Array,
): void {
  const numPanels = Math.ceil(cols / TILE);
  out.fill(0, 0, numPanels * kc * TILE);
  for (let kappa = 0; kappa < kc; kappa++) {
    const row = (k0 + kappa) * cols;
    for (let j = 0; j < cols; j++) {
      out[((j >> 2) * kc + kappa) * TILE + (j & 3)] = x[row + j];
    }
  }
}

/**
 * Pack rows [0, rows) of columns [k0, k0 + kc) of a row-major matrix `x` (row stride `stride`)
 * as panels of its transpose: the same layout as packPanels applied to xᵀ.
 */
export function packTransposedPanels(
  x: Float64Array,
  rows: number,
  stride: number,
  k0: number,
  kc: number,
  out: Float64Array,
): void {
  const numPanels = Math.ceil(rows / TILE);
  out.fill(0, 0, numPanels * kc * TILE);
  for (let i = 0; i < rows; i++) {
    const row = i * stride + k0;
    const base = (i >> 2) * kc * TILE + (i & 3);
    for (let kappa = 0; kappa < kc; kappa++) out[base + kappa * TILE] = x[row + kappa];
  }
}

/**
 * c[i0 + r, j0 + s] += Σ_κ left[lo + 4κ + r] · right[ro + 4κ + s] for the r, s with
 * i0 + r < m and j0 + s < n (c is row-major m×n). `lo`, `ro` are panel offsets (q·kc·4).
 */
export function addTile(
  left: Float64Array,
  lo: number,
  right: Float64Array,
  ro: number,
  kc: number,
  c: Float64Array,
  i0: number,
  j0: number,
  m: number,
  n: number,
): void {
  let c00 = 0,
    c01 = 0,
    c02 = 0,
    c03 = 0;
  let c10 = 0,
    c11 = 0,
    c12 = 0,
    c13 = 0;
  let c20 = 0,
    c21 = 0,
    c22 = 0,
    c23 = 0;
  let c30 = 0,
    c31 = 0,
    c32 = 0,
    c33 = 0;

  // the rank-1 updates of the tile, one per κ
  const end = lo + kc * TILE;
  for (let li = lo, ri = ro; li < end; li += TILE, ri += TILE) {
    const a0 = left[li],
      a1 = left[li + 1],
      a2 = left[li + 2],
      a3 = left[li + 3];
    const b0 = right[ri],
      b1 = right[ri + 1],
      b2 = right[ri + 2],
      b3 = right[ri + 3];
    c00 += a0 * b0;
    c01 += a0 * b1;
    c02 += a0 * b2;
    c03 += a0 * b3;
    c10 += a1 * b0;
    c11 += a1 * b1;
    c12 += a1 * b2;
    c13 += a1 * b3;
    c20 += a2 * b0;
    c21 += a2 * b1;
    c22 += a2 * b2;
    c23 += a2 * b3;
    c30 += a3 * b0;
    c31 += a3 * b1;
    c32 += a3 * b2;
    c33 += a3 * b3;
  }

  // full tile: write straight into C
  if (i0 + TILE <= m && j0 + TILE <= n) {
    let o = i0 * n + j0;
    c[o] += c00;
    c[o + 1] += c01;
    c[o + 2] += c02;
    c[o + 3] += c03;
    o += n;
    c[o] += c10;
    c[o + 1] += c11;
    c[o + 2] += c12;
    c[o + 3] += c13;
    o += n;
    c[o] += c20;
    c[o + 1] += c21;
    c[o + 2] += c22;
    c[o + 3] += c23;
    o += n;
    c[o] += c30;
    c[o + 1] += c31;
    c[o + 2] += c32;
    c[o + 3] += c33;
    return;
  }

  // edge tile: only the entries inside C
  edge[0] = c00;
  edge[1] = c01;
  edge[2] = c02;
  edge[3] = c03;
  edge[4] = c10;
  edge[5] = c11;
  edge[6] = c12;
  edge[7] = c13;
  edge[8] = c20;
  edge[9] = c21;
  edge[10] = c22;
  edge[11] = c23;
  edge[12] = c30;
  edge[13] = c31;
  edge[14] = c32;
  edge[15] = c33;
  const rows = Math.min(TILE, m - i0);
  const cols = Math.min(TILE, n - j0);
  for (let r = 0; r < rows; r++) {
    for (let s = 0; s < cols; s++) c[(i0 + r) * n + j0 + s] += edge[r * TILE + s];
  }
}
