/**
 * GD at ηt = 1/λ against ridge λ on one design, through O3.
 *
 *   t = ⌈s_max/λ⌉,  η = 1/(λt)  (so ηt = 1/λ exactly and η ≤ 1/s_max: stable, no oscillation)
 *
 * Reference: Wu, Bartlett, Lee, Kakade, Yu, arXiv 2509.17251 (2025): the comparison of GD with
 * ηt = 1/λ against ridge with penalty λ. Risks are conditional on the design, averaged over noise.
 */
import { gdFilter, ridgeFilter } from '../risk/filters.ts';
import type { SpectralDesign } from '../risk/spectralDesign.ts';
import type { RiskParts } from '../risk/spectralRisk.ts';
import { spectralRisk, topEigenvalue } from '../risk/spectralRisk.ts';

export interface GdRidgeComparison {
  readonly gd: RiskParts;
  readonly ridge: RiskParts;
  readonly numSteps: number;
  readonly stepSize: number;
  /** risk(GD)/risk(ridge) */
  readonly ratio: number;
}

export function compareGdRidge(
  design: SpectralDesign,
  lambda: number,
  noiseVariance: number,
): GdRidgeComparison {
  if (!(lambda > 0) || !Number.isFinite(lambda)) {
    throw new RangeError(`compareGdRidge: lambda must be finite and > 0; received ${lambda}.`);
  }
  const sMax = topEigenvalue(design);
  const numSteps = Math.max(1, Math.ceil(sMax / lambda));
  const stepSize = 1 / (lambda * numSteps);
  const gd = spectralRisk(design, gdFilter(stepSize, numSteps), noiseVariance);
  const ridge = spectralRisk(design, ridgeFilter(lambda), noiseVariance);
  return { gd, ridge, numSteps, stepSize, ratio: gd.risk / ridge.risk };
}
