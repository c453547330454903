/**
 * Sharpness — the largest eigenvalue λ_max(∇²L(θ)) of the training-loss Hessian — from exact
 * Hessian–vector products: by Lanczos (src/linalg/lanczos.ts) for training runs, and by the full
 * Hessian (columns H·e_i, then symmetricEigen) as the reference at small size. Sharpness is the
 * algebraically largest eigenvalue, not the largest in modulus: power iteration would return a
 * negative eigenvalue of larger modulus, Lanczos does not.
 */
import type { Mat } from '../linalg/dense.ts';
import { createMat } from '../linalg/dense.ts';
import { symmetricEigen } from '../linalg/eigen.ts';
import type { LanczosOptions, LanczosResult } from '../linalg/lanczos.ts';
import { lanczosTopEigen } from '../linalg/lanczos.ts';
import type { BatchOptions } from './backprop.ts';
import type { Dataset } from './dataset.ts';
import { hessianOperator } from './hvp.ts';
import type { Network } from './network.ts';

/** λ_max(∇²L(θ)) by Lanczos on exact HVPs; see LanczosResult for the accuracy certificate. */
export function sharpness(
  net: Network,
  theta: Float64Array,
  data: Dataset,
  options: BatchOptions & LanczosOptions = {},
): LanczosResult {
  const { loss, rows, ...lanczos } = options;
  const H = hessianOperator(net, theta, data, {
    ...(loss ? { loss } : {}),
    ...(rows ? { rows } : {}),
  });
  return lanczosTopEigen(H, net.numParams, lanczos);
}

/** The full Hessian, column i = H·e_i (p HVPs); not symmetrised, so tests can check symmetry. */
export function fullHessian(
  net: Network,
  theta: Float64Array,
  data: Dataset,
  options: BatchOptions = {},
): Mat {
  const p = net.numParams;
  const H = hessianOperator(net, theta, data, options);
  const M = createMat(p, p);
  const e = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    e[i] = 1;
    const column = H(e);
    for (let k = 0; k < p; k++) M.data[k * p + i] = column[k];
    e[i] = 0;
  }
  return M;
}

/** Ascending Hessian spectrum from the symmetrised full Hessian ½(M + Mᵀ). */
export function hessianSpectrum(
  net: Network,
  theta: Float64Array,
  data: Dataset,
  options: BatchOptions = {},
) {
  const M = fullHessian(net, theta, data, options);
  const p = M.rows;
  for (let i = 0; i < p; i++) {
    for (let k = 0; k < i; k++) {
      const m = 0.5 * (M.data[i * p + k] + M.data[k * p + i]);
      M.data[i * p + k] = m;
      M.data[k * p + i] = m;
    }
  }
  return symmetricEigen(M).values;
}
