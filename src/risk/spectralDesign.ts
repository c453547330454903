/**
 * Oracle O3, part 1: one eigendecomposition per design, after which the risk of every spectral
 * estimator (every t, every λ) is a cheap sum (spectralRisk.ts).
 *
 * With (s_k, v_k) the eigenpairs of Σ̂ = XᵀX/n with s_k > 0, α = Vᵀθ*, M = VᵀΣV and θ*_⊥ the
 * part of θ* outside span(V), the population bias of a filter g is
 *
 *   ‖(I − g(Σ̂))θ*‖²_Σ = uᵀMu + 2uᵀc + q,   u_k = (1 − g(s_k))·α_k,  c = VᵀΣθ*_⊥,  q = ‖θ*_⊥‖²_Σ.
 *
 * Two routes to the same numbers: d ≤ n diagonalises the d×d Gram matrix; d > n diagonalises
 * the n×n kernel K = XXᵀ/n, with v_k = Xᵀu_k/√(n s_k), so that
 *   α_k = u_kᵀ(Xθ*)/√(n s_k),  (VᵀΣθ*)_k = u_kᵀ(XΣθ*)/√(n s_k),  M = S^(−½)Uᵀ(XΣXᵀ/n)US^(−½).
 * The kernel route only needs n×n and n-sized inputs, which O5 (wishart.ts) supplies directly.
 * Cost: O(min(n,d)²·max(n,d) + min(n,d)³). Reference: THEOREMS.md, O3.
 * Not checked here: that Σ is diagonal (callers pass its eigenvalues).
 */
import type { Mat } from '../linalg/dense.ts';
import { createMat, gram, transpose } from '../linalg/dense.ts';
import { symmetricEigen } from '../linalg/eigen.ts';
import { matmul } from '../linalg/matmul.ts';
import { MACHINE_EPSILON } from '../numeric/tolerance.ts';

/** Eigenvalues below ZERO_FACTOR·r·ε·s_max are the null space: backward error of the solver. */
const ZERO_FACTOR = 64;

export interface SpectralDesign {
  readonly sampleSize: number;
  /** positive eigenvalues s_k of Σ̂, ascending */
  readonly eigenvalues: Float64Array;
  /** α = Vᵀθ* */
  readonly alpha: Float64Array;
  /** M = VᵀΣV, r×r */
  readonly M: Mat;
  /** c = VᵀΣθ*_⊥ */
  readonly c: Float64Array;
  /** q = ‖θ*_⊥‖²_Σ */
  readonly q: number;
  /** ‖θ*_⊥‖² (Euclidean) */
  readonly perpNormSq: number;
  readonly route: 'gram' | 'kernel';
}

/** The kernel-level description of a design: everything the risk needs, all n-sized. */
export interface KernelInputs {
  readonly sampleSize: number;
  /** K = XXᵀ/n */
  readonly K: Mat;
  /** B = XΣXᵀ/n */
  readonly B: Mat;
  /** Xθ* */
  readonly Xtheta: Float64Array;
  /** XΣθ* */
  readonly XSigmaTheta: Float64Array;
  /** θ*ᵀΣθ* */
  readonly thetaSigmaNormSq: number;
  /** θ*ᵀθ* */
  readonly thetaNormSq: number;
}

/**
 * The null-space cutoff for ascending eigenvalues of an r×r Gram or kernel matrix: values at or
 * below it are the solver's backward error, not signal. Shared by every spectral computation.
 */
export function nullSpaceFloor(values: Float64Array): number {
  const r = values.length;
  return ZERO_FACTOR * r * MACHINE_EPSILON * Math.max(values[r - 1] ?? 0, 0);
}

function positiveIndices(values: Float64Array): number[] {
  const r = values.length;
  const floor = nullSpaceFloor(values);
  const keep: number[] = [];
  for (let k = 0; k < r; k++) if (values[k] > floor) keep.push(k);
  return keep;
}

export function spectralDesignFromKernel(inputs: KernelInputs): SpectralDesign {
  const { sampleSize: n, K, B, Xtheta, XSigmaTheta, thetaSigmaNormSq, thetaNormSq } = inputs;
  if (K.rows !== n || K.cols !== n || B.rows !== n || B.cols !== n) {
    throw new TypeError(
      `spectralDesignFromKernel: K and B must be ${n}×${n}; received ${K.rows}×${K.cols}.`,
    );
  }

  // eigendecomposition of the kernel, null space dropped
  const eig = symmetricEigen(K);
  const keep = positiveIndices(eig.values);
  const r = keep.length;
  const U = createMat(n, r);
  const s = new Float64Array(r);
  keep.forEach((k, j) => {
    s[j] = eig.values[k];
    for (let i = 0; i < n; i++) U.data[i * r + j] = eig.vectors.data[i * n + k];
  });

  // α, VᵀΣθ*, M through the kernel
  const alpha = new Float64Array(r);
  const p = new Float64Array(r);
  for (let j = 0; j < r; j++) {
    let a = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      a += U.data[i * r + j] * Xtheta[i];
      b += U.data[i * r + j] * XSigmaTheta[i];
    }
    const scale = 1 / Math.sqrt(n * s[j]);
    alpha[j] = a * scale;
    p[j] = b * scale;
  }
  const M = matmul(transpose(U), matmul(B, U));
  for (let k = 0; k < r; k++) {
    for (let l = 0; l < r; l++) M.data[k * r + l] /= Math.sqrt(s[k] * s[l]);
  }

  // the part of θ* outside span(V): c = p − Mα, q = ‖θ*‖²_Σ − 2αᵀp + αᵀMα
  const Malpha = new Float64Array(r);
  for (let k = 0; k < r; k++) {
    let acc = 0;
    for (let l = 0; l < r; l++) acc += M.data[k * r + l] * alpha[l];
    Malpha[k] = acc;
  }
  const c = new Float64Array(r);
  let q = thetaSigmaNormSq;
  let alphaSq = 0;
  for (let k = 0; k < r; k++) {
    c[k] = p[k] - Malpha[k];
    q += -2 * alpha[k] * p[k] + alpha[k] * Malpha[k];
    alphaSq += alpha[k] * alpha[k];
  }
  return {
    sampleSize: n,
    eigenvalues: s,
    alpha,
    M,
    c,
    q: Math.max(0, q),
    perpNormSq: Math.max(0, thetaNormSq - alphaSq),
    route: 'kernel',
  };
}

/** The kernel-level inputs of an explicit design X (n×d) with Σ = diag(spectrum). */
export function kernelInputs(
  X: Mat,
  spectrum: ArrayLike<number>,
  thetaStar: ArrayLike<number>,
): KernelInputs {
  const n = X.rows;
  const d = X.cols;
  const XT = transpose(X);
  const K = gram(XT);
  const scaled = createMat(d, n);
  for (let j = 0; j < d; j++) {
    const root = Math.sqrt(spectrum[j]);
    for (let i = 0; i < n; i++) scaled.data[j * n + i] = XT.data[j * n + i] * root;
  }
  const B = gram(scaled);
  for (let i = 0; i < n * n; i++) {
    K.data[i] /= n;
    B.data[i] /= n;
  }
  const Xtheta = new Float64Array(n);
  const XSigmaTheta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let a = 0;
    let b = 0;
    for (let j = 0; j < d; j++) {
      const x = X.data[i * d + j];
      a += x * thetaStar[j];
      b += x * spectrum[j] * thetaStar[j];
    }
    Xtheta[i] = a;
    XSigmaTheta[i] = b;
  }
  let thetaSigmaNormSq = 0;
  let thetaNormSq = 0;
  for (let j = 0; j < d; j++) {
    thetaSigmaNormSq += spectrum[j] * thetaStar[j] * thetaStar[j];
    thetaNormSq += thetaStar[j] * thetaStar[j];
  }
  return { sampleSize: n, K, B, Xtheta, XSigmaTheta, thetaSigmaNormSq, thetaNormSq };
}

function spectralDesignFromGram(
  X: Mat,
  spectrum: ArrayLike<number>,
  thetaStar: ArrayLike<number>,
): SpectralDesign {
  const n = X.rows;
  const d = X.cols;
  const G = gram(X);
  for (let i = 0; i < d * d; i++) G.data[i] /= n;
  const eig = symmetricEigen(G);
  const keep = positiveIndices(eig.values);
  const r = keep.length;

  // V (d×r), α = Vᵀθ*, θ*_⊥ = θ* − Vα
  const V = createMat(d, r);
  const s = new Float64Array(r);
  keep.forEach((k, j) => {
    s[j] = eig.values[k];
    for (let i = 0; i < d; i++) V.data[i * r + j] = eig.vectors.data[i * d + k];
  });
  const alpha = new Float64Array(r);
  for (let j = 0; j < r; j++) {
    let a = 0;
    for (let i = 0; i < d; i++) a += V.data[i * r + j] * thetaStar[i];
    alpha[j] = a;
  }
  const perp = Float64Array.from(thetaStar);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < r; j++) perp[i] -= V.data[i * r + j] * alpha[j];
  }

  // M = VᵀΣV, c = VᵀΣθ*_⊥, q = ‖θ*_⊥‖²_Σ
  const rootV = createMat(d, r);
  for (let i = 0; i < d; i++) {
    const root = Math.sqrt(spectrum[i]);
    for (let j = 0; j < r; j++) rootV.data[i * r + j] = root * V.data[i * r + j];
  }
  const M = gram(rootV);
  const c = new Float64Array(r);
  let q = 0;
  let perpNormSq = 0;
  for (let i = 0; i < d; i++) {
    const w = spectrum[i] * perp[i];
    for (let j = 0; j < r; j++) c[j] += V.data[i * r + j] * w;
    q += w * perp[i];
    perpNormSq += perp[i] * perp[i];
  }
  return { sampleSize: n, eigenvalues: s, alpha, M, c, q, perpNormSq, route: 'gram' };
}

/** The spectral description of a design X (n×d) for Σ = diag(spectrum); picks the cheaper route. */
export function spectralDesign(
  X: Mat,
  spectrum: ArrayLike<number>,
  thetaStar: ArrayLike<number>,
): SpectralDesign {
  if (spectrum.length !== X.cols || thetaStar.length !== X.cols) {
    throw new TypeError(
      `spectralDesign: spectrum and thetaStar must have ${X.cols} entries; received ${spectrum.length} and ${thetaStar.length}.`,
    );
  }
  return X.cols <= X.rows
    ? spectralDesignFromGram(X, spectrum, thetaStar)
    : spectralDesignFromKernel(kernelInputs(X, spectrum, thetaStar));
}
