/**
 * Oracle O5: designs with a huge isotropic tail, Σ = diag(head, ℓ, …, ℓ) with m tail coordinates
 * (m ≥ n), without drawing the n×m tail block.
 *
 * The tail block Z (n×m, i.i.d. N(0, 1)) enters the kernel only through W = ZZᵀ ~ Wishart_n(m, I).
 * Bartlett decomposition: W = LLᵀ with L lower triangular, L_ii = √χ²_{m−i} (i = 0 … n−1),
 * L_ij ~ N(0, 1) for i > j, all independent. Then with X_h the n×k head block (X_h = Z_h·√head)
 *   K = XXᵀ/n    = (X_h X_hᵀ + ℓ·W)/n,        B = XΣXᵀ/n = (X_h Σ_h X_hᵀ + ℓ²·W)/n,
 *   Xθ* = X_h θ*_h,  XΣθ* = X_h Σ_h θ*_h      (θ* supported on the head),
 * which is all spectralDesignFromKernel needs. Cost O(n³ + n²k) whatever m is.
 * Reference: THEOREMS.md, O5; Bartlett's decomposition (e.g. Muirhead, Aspects of Multivariate
 * Statistical Theory, Theorem 3.2.14). χ² draws by Marsaglia–Tsang gamma sampling.
 * Not covered: θ* with tail components (the kernel form would need Zθ*_tail jointly with W).
 */
import type { KernelInputs } from '../risk/spectralDesign.ts';
import { createMat } from '../linalg/dense.ts';
import { matmul } from '../linalg/matmul.ts';
import { transpose } from '../linalg/dense.ts';
import type { Rng } from '../random/rng.ts';
import { createRng } from '../random/rng.ts';

/** Gamma(shape, 1) by Marsaglia and Tsang (2000), with the U^(1/a) boost for shape < 1. */
export function sampleGamma(rng: Rng, shape: number): number {
  if (!(shape > 0) || !Number.isFinite(shape)) {
    throw new RangeError(`sampleGamma: shape must be finite and > 0; received ${shape}.`);
  }
  if (shape < 1) {
    const u = rng.uniform() || Number.MIN_VALUE;
    return sampleGamma(rng, shape + 1) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = rng.uniform();
    if (Math.log(u) < (x * x) / 2 + d - d * v + d * Math.log(v)) return d * v;
  }
}

export interface IsotropicTailProblem {
  /** head eigenvalues (k of them) */
  readonly head: readonly number[];
  /** θ* on the head coordinates */
  readonly thetaHead: readonly number[];
  /** the tail eigenvalue ℓ */
  readonly tailLevel: number;
  /** number of tail coordinates m (≥ n) */
  readonly tailCount: number;
}

export function wishartKernelInputs(
  problem: IsotropicTailProblem,
  sampleSize: number,
  seed: number,
): KernelInputs {
  const { head, thetaHead, tailLevel, tailCount: m } = problem;
  const n = sampleSize;
  const k = head.length;
  if (!Number.isInteger(m) || m < n) {
    throw new RangeError(
      `wishartKernelInputs: tailCount must be an integer ≥ n = ${n}; received ${m}.`,
    );
  }
  if (thetaHead.length !== k) {
    throw new TypeError(
      `wishartKernelInputs: thetaHead must have ${k} entries; received ${thetaHead.length}.`,
    );
  }
  const rng = createRng(seed);
  const headRng = rng.fork('head');
  const tailRng = rng.fork('tail');

  // Bartlett factor L and W = LLᵀ
  const L = createMat(n, n);
  for (let i = 0; i < n; i++) {
    L.data[i * n + i] = Math.sqrt(2 * sampleGamma(tailRng, (m - i) / 2));
    for (let j = 0; j < i; j++) L.data[i * n + j] = tailRng.normal();
  }
  const W = matmul(L, transpose(L));

  // head block and the kernel-level quantities
  const Xh = createMat(n, k);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) Xh.data[i * k + j] = Math.sqrt(head[j]) * headRng.normal();
  }
  const K = createMat(n, n);
  const B = createMat(n, n);
  for (let i = 0; i < n; i++) {
    for (let l = 0; l <= i; l++) {
      let kk = 0;
      let bb = 0;
      for (let j = 0; j < k; j++) {
        const p = Xh.data[i * k + j] * Xh.data[l * k + j];
        kk += p;
        bb += p * head[j];
      }
      const w = W.data[i * n + l];
      K.data[i * n + l] = K.data[l * n + i] = (kk + tailLevel * w) / n;
      B.data[i * n + l] = B.data[l * n + i] = (bb + tailLevel * tailLevel * w) / n;
    }
  }
  const Xtheta = new Float64Array(n);
  const XSigmaTheta = new Float64Array(n);
  let thetaSigmaNormSq = 0;
  let thetaNormSq = 0;
  for (let j = 0; j < k; j++) {
    thetaSigmaNormSq += head[j] * thetaHead[j] ** 2;
    thetaNormSq += thetaHead[j] ** 2;
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < k; j++) {
      Xtheta[i] += Xh.data[i * k + j] * thetaHead[j];
      XSigmaTheta[i] += Xh.data[i * k + j] * head[j] * thetaHead[j];
    }
  }
  return { sampleSize: n, K, B, Xtheta, XSigmaTheta, thetaSigmaNormSq, thetaNormSq };
}
