/**
 * Tuned risks of ridge and GD for the design-averaged risk E_X[risk | X], estimated over K
 * designs: the risk curves of every design are evaluated on shared log grids through O3 (one
 * eigendecomposition per design), averaged, and minimised over the grid.
 *
 *   ridge*: min_λ  (1/K)Σ_k risk_k(ridge λ),        λ ∈ [1e-9, 10] (λ₁ = 1), 16 points per decade
 *   GD*:    min over (η_k, t) of (1/K)Σ_k risk_k(GD η_k, t): η_k = 1/s_max(X_k) with integer
 *           t ∈ [1, 1e9], and t = 1 with η_k = ρ/s_max(X_k), ρ ∈ [1e-9, 1) (an early stop
 *           before one full step), 16 points per decade; `steps` holds the effective ρ·t
 *
 * The grid spacing 10^(1/16) ≈ 1.155 in λ or t changes a smooth risk curve near its minimum by a
 * relative (ln 1.155)²/8·|d²log R/d(log λ)²| ≲ 0.3%: far below the effects tested with it.
 * θ̂ = 0 (λ = ∞, t = 0) is always a candidate.
 * Not checked: the Monte-Carlo error of the K-design average (callers size K and say so).
 */
import type { LinregProblem } from './instance.ts';
import { sampleDesign } from './design.ts';
import { gdFilter, ridgeFilter } from '../risk/filters.ts';
import { spectralDesign } from '../risk/spectralDesign.ts';
import { spectralRisk, topEigenvalue } from '../risk/spectralRisk.ts';
import { deriveSeed } from '../random/rng.ts';

const POINTS_PER_DECADE = 16;

export interface ExpectedTuned {
  readonly ridgeRisk: number;
  readonly ridgeLambda: number;
  readonly gdRisk: number;
  readonly gdSteps: number;
  /** the averaged curves, for figures */
  readonly lambdas: readonly number[];
  readonly ridgeCurve: readonly number[];
  readonly steps: readonly number[];
  readonly gdCurve: readonly number[];
}

function logGrid(lowExp: number, highExp: number): number[] {
  const count = (highExp - lowExp) * POINTS_PER_DECADE + 1;
  return Array.from({ length: count }, (_, i) => Math.pow(10, lowExp + i / POINTS_PER_DECADE));
}

export function expectedTuned(
  problem: LinregProblem,
  sampleSize: number,
  designs: number,
  seed: number,
): ExpectedTuned {
  if (!Number.isInteger(designs) || designs < 1) {
    throw new RangeError(`expectedTuned: designs must be an integer ≥ 1; received ${designs}.`);
  }
  const lambdas = logGrid(-9, 1);
  // (ρ, t): t = 1 with ρ < 1, then ρ = 1 with integer t ≥ 1 (duplicates of t dropped)
  const schedule: Array<{ rho: number; t: number }> = [
    ...logGrid(-9, 0)
      .slice(0, -1)
      .map((rho) => ({ rho, t: 1 })),
    ...[...new Set(logGrid(0, 9).map(Math.round))].map((t) => ({ rho: 1, t })),
  ];
  const steps = schedule.map(({ rho, t }) => rho * t);
  const ridgeCurve = lambdas.map(() => 0);
  const gdCurve = steps.map(() => 0);

  // one eigendecomposition per design, then every grid point is a cheap sum
  for (let k = 0; k < designs; k++) {
    const X = sampleDesign(problem.spectrum, sampleSize, deriveSeed(seed, k));
    const design = spectralDesign(X, problem.spectrum, problem.thetaStar);
    const sMax = topEigenvalue(design);
    lambdas.forEach((lambda, i) => {
      const risk = spectralRisk(design, ridgeFilter(lambda), problem.noiseVariance).risk;
      ridgeCurve[i] += risk / designs;
    });
    schedule.forEach(({ rho, t }, i) => {
      const risk = spectralRisk(design, gdFilter(rho / sMax, t), problem.noiseVariance).risk;
      gdCurve[i] += risk / designs;
    });
  }

  // θ̂ = 0 (λ = ∞, t = 0) is a candidate for both: its risk is ‖θ*‖²_Σ on every design
  const zero = problem.spectrum.reduce((acc, l, i) => acc + l * problem.thetaStar[i] ** 2, 0);
  const argmin = (curve: number[]) => curve.reduce((best, v, i) => (v < curve[best] ? i : best), 0);
  const i = argmin(ridgeCurve);
  const j = argmin(gdCurve);
  return {
    ridgeRisk: Math.min(ridgeCurve[i], zero),
    ridgeLambda: ridgeCurve[i] <= zero ? lambdas[i] : Infinity,
    gdRisk: Math.min(gdCurve[j], zero),
    gdSteps: gdCurve[j] <= zero ? steps[j] : 0,
    lambdas,
    ridgeCurve,
    steps,
    gdCurve,
  };
}
