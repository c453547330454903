/**
 * The largest constant stepsize at which the O4 second-moment recursion of mini-batch SGD is
 * stable (its risk stays bounded), for a batch size B.
 *
 * The recursion is c ← M c + noise with M = D + u vᵀ, D = diag(a_i),
 * a_i = (1 − ηλ_i)² + η²λ_i²/B, u_i = η²λ_i/B, v_i = m_i λ_i, all entries ≥ 0. A non-negative
 * diagonal-plus-rank-one matrix has spectral radius < 1 iff every a_i < 1 and
 * vᵀ(I − D)⁻¹u < 1, which here reads
 *   η < 2/((1 + 1/B)λ_max)   and   Σ_i m_i λ_i·(η/B) / (2 − η(1 + 1/B)λ_i) < 1.
 * The left side of the second condition increases with η, so the limit is found by bisection.
 * [derived] (a standard Perron–Frobenius argument; B = ∞ gives the gradient-descent limit 2/λ_max).
 */
import type { CollapsedSpectrum } from './collapsedSpectrum.ts';
import { topEigenvalue, validateSpectrum } from './collapsedSpectrum.ts';

const BISECTION_STEPS = 200;

export function sgdStabilityLimit(spectrum: CollapsedSpectrum, batchSize: number): number {
  validateSpectrum(spectrum, 'sgdStabilityLimit');
  if (!(batchSize >= 1)) {
    throw new RangeError(`sgdStabilityLimit: batchSize must be ≥ 1; received ${batchSize}.`);
  }
  const lambdaMax = topEigenvalue(spectrum);
  if (!(lambdaMax > 0)) {
    throw new RangeError(`sgdStabilityLimit: spectrum must have a positive eigenvalue; received ${lambdaMax}.`);
  }
  const invB = 1 / batchSize;
  const diagonalLimit = 2 / ((1 + invB) * lambdaMax);
  if (invB === 0) return diagonalLimit;

  const coupling = (eta: number) => {
    let sum = 0;
    spectrum.eigenvalues.forEach((lambda, g) => {
      sum += (spectrum.multiplicities[g] * lambda * eta * invB) / (2 - eta * (1 + invB) * lambda);
    });
    return sum;
  };
  let lo = 0;
  let hi = diagonalLimit;
  for (let i = 0; i < BISECTION_STEPS && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (coupling(mid) < 1) lo = mid;
    else hi = mid;
  }
  return lo;
}
