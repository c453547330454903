/**
 * Tuning on the closed forms: the best ridge penalty and the best GD stopping time for one
 * design, by log-scale search on the O3 risk (no re-solving). Both searches include their
 * endpoints' limits: θ̂ = 0 (λ = ∞, t = 0) is always a candidate.
 *
 *   ridge*: min over λ ∈ [LAMBDA_LOW·s_max, LAMBDA_HIGH·s_max] of risk(ridge λ)
 *   GD*:    min over integer t ∈ [1, T_HIGH] of risk(GD η, t), η = stepFraction/s_max
 *
 * Resolution: 96 log-spaced points (8 per decade over 12 decades for λ) refined by golden
 * section; the risk curves are smooth in log λ and log t, so a cell can hide no sharp minimum.
 */
import { gdFilter, ridgeFilter } from '../risk/filters.ts';
import type { SpectralDesign } from '../risk/spectralDesign.ts';
import type { RiskKind } from '../risk/spectralRisk.ts';
import { spectralRisk, topEigenvalue } from '../risk/spectralRisk.ts';
import { minimizeLogScale } from './search.ts';

const LAMBDA_LOW = 1e-10;
const LAMBDA_HIGH = 1e2;
const T_HIGH = 1e9;

export interface Tuned {
  /** λ for ridge, t for GD; Infinity (ridge) or 0 (GD) when θ̂ = 0 is best */
  readonly parameter: number;
  readonly risk: number;
  readonly evaluations: number;
}

export function zeroEstimatorRisk(design: SpectralDesign): number {
  return spectralRisk(design, ridgeFilter(Number.MAX_VALUE), 0).risk;
}

export function tunedRidge(
  design: SpectralDesign,
  noiseVariance: number,
  kind: RiskKind = 'population',
): Tuned {
  const sMax = topEigenvalue(design);
  const zero = zeroEstimatorRisk(design);
  if (sMax === 0) return { parameter: Infinity, risk: zero, evaluations: 1 };
  const best = minimizeLogScale(
    (lambda) => spectralRisk(design, ridgeFilter(lambda), noiseVariance, kind).risk,
    LAMBDA_LOW * sMax,
    LAMBDA_HIGH * sMax,
    { points: 96, refine: 30 },
  );
  return best.value <= zero
    ? { parameter: best.x, risk: best.value, evaluations: best.evaluations }
    : { parameter: Infinity, risk: zero, evaluations: best.evaluations + 1 };
}

export function tunedGD(
  design: SpectralDesign,
  noiseVariance: number,
  stepFraction = 1,
  kind: RiskKind = 'population',
): Tuned & { readonly stepSize: number } {
  const sMax = topEigenvalue(design);
  const zero = zeroEstimatorRisk(design);
  if (sMax === 0) return { parameter: 0, risk: zero, evaluations: 1, stepSize: 1 };
  const eta = stepFraction / sMax;
  const best = minimizeLogScale(
    (t) => spectralRisk(design, gdFilter(eta, t), noiseVariance, kind).risk,
    1,
    T_HIGH,
    { points: 96, refine: 30, integer: true },
  );
  return best.value <= zero
    ? { parameter: best.x, risk: best.value, evaluations: best.evaluations, stepSize: eta }
    : { parameter: 0, risk: zero, evaluations: best.evaluations + 1, stepSize: eta };
}
