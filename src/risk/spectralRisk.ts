/**
 * Oracle O3, part 2: the exact conditional risk of a spectral estimator given the design,
 * averaged over the noise only:
 *
 *   E[‖θ̂ − θ*‖²_Σ | X] = uᵀMu + 2uᵀc + q  +  (σ²/n)·Σ_k g(s_k)²/s_k · M_kk,   u = (1 − g)∘α
 *
 * and the two fixed-design risks in the same eigenbasis,
 *
 *   in-sample  ‖θ̂ − θ*‖²_Σ̂ :  Σ_k (1 − g_k)² s_k α_k²       + (σ²/n)·Σ_k g_k²
 *   parameter  ‖θ̂ − θ*‖²   :  Σ_k (1 − g_k)² α_k² + ‖θ*_⊥‖² + (σ²/n)·Σ_k g_k²/s_k.
 *
 * Cost O(r²) per filter (the population bias), O(r) for the rest. Reference: THEOREMS.md, O3.
 */
import type { SpectralFilter } from './filters.ts';
import type { SpectralDesign } from './spectralDesign.ts';

export interface RiskParts {
  readonly bias: number;
  readonly variance: number;
  readonly risk: number;
}

export type RiskKind = 'population' | 'in-sample' | 'parameter';

function checkNoise(name: string, noiseVariance: number): void {
  if (!(noiseVariance >= 0) || !Number.isFinite(noiseVariance)) {
    throw new RangeError(
      `${name}: noiseVariance must be finite and ≥ 0; received ${noiseVariance}.`,
    );
  }
}

export function spectralRisk(
  design: SpectralDesign,
  filter: SpectralFilter,
  noiseVariance: number,
  kind: RiskKind = 'population',
): RiskParts {
  checkNoise('spectralRisk', noiseVariance);
  const { eigenvalues: s, alpha, M, c, q, perpNormSq, sampleSize: n } = design;
  const r = s.length;
  const u = new Float64Array(r);
  let bias = 0;
  let varianceSum = 0;
  for (let k = 0; k < r; k++) {
    const residual = filter.residual(s[k]);
    const gain = filter.gain(s[k]);
    u[k] = residual * alpha[k];
    if (kind === 'population') varianceSum += ((gain * gain) / s[k]) * M.data[k * r + k];
    else if (kind === 'in-sample') varianceSum += gain * gain;
    else varianceSum += (gain * gain) / s[k];
    if (kind === 'in-sample') bias += u[k] * u[k] * s[k];
    else if (kind === 'parameter') bias += u[k] * u[k];
  }

  if (kind === 'population') {
    // uᵀMu + 2uᵀc + q, M symmetric
    let quad = 0;
    for (let k = 0; k < r; k++) {
      if (u[k] === 0) continue;
      let row = 0;
      const base = k * r;
      for (let l = 0; l < r; l++) row += M.data[base + l] * u[l];
      quad += u[k] * (row + 2 * c[k]);
    }
    bias = Math.max(0, quad + q);
  } else if (kind === 'parameter') {
    bias += perpNormSq;
  }
  const variance = (noiseVariance / n) * varianceSum;
  return { bias, variance, risk: bias + variance };
}

/** Largest eigenvalue of Σ̂ (0 for an empty design). */
export function topEigenvalue(design: SpectralDesign): number {
  const s = design.eigenvalues;
  return s.length === 0 ? 0 : s[s.length - 1];
}
