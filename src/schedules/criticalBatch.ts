/**
 * Steps-to-target S(B) and the critical batch size, from their definitions, on the exact O4 risk.
 *
 *   S(B)  = min over a stepsize grid of the first t with E[risk(θ_t)] ≤ target,
 *           SGD with constant (η, B) from the problem's start;
 *   CBS   = the smallest B on the batch grid with S(B) ≥ OVERHEAD·S(B₀)·B₀/B, i.e. the first
 *           batch at which perfect linear scaling is missed by more than 20 %
 *           (OVERHEAD = 1.2, THEOREMS.md family 4), or Infinity when no batch on the grid does.
 *
 * Stepsize grid for batch B: η = top·η_max(B)·2^(−k/2), k = 0..gridSize−1, η_max(B) the O4
 * stability limit (risk/stabilityLimit.ts), so every batch gets the same relative resolution
 * (a factor √2) and the search never starts on a divergent stepsize.
 * Reference: Zhang et al., "How does critical batch size scale in pre-training?", ICLR 2025;
 * Shallue et al., JMLR 2019 (steps-to-target curves).
 */
import { sgdRisk } from '../risk/sgdRisk.ts';
import { sgdStabilityLimit } from '../risk/stabilityLimit.ts';
import type { LinearProblem } from './scheduleRisk.ts';

export const CBS_OVERHEAD = 1.2;

export interface StepsToTargetOptions {
  /** targets on E[risk], any order */
  readonly targets: readonly number[];
  readonly batchSizes: readonly number[];
  /** number of grid stepsizes per batch (default 16: a range of 2⁸) */
  readonly gridSize?: number;
  /** largest grid stepsize as a fraction of the stability limit (default 0.9) */
  readonly top?: number;
  /** steps after which a run counts as never reaching the target */
  readonly maxSteps?: number;
}

export interface StepsToTarget {
  readonly batchSizes: readonly number[];
  readonly targets: readonly number[];
  /** steps[j][k]: S(B_k) for target j (Infinity when not reached within maxSteps) */
  readonly steps: readonly (readonly number[])[];
  /** the best grid stepsize for each (target, batch) */
  readonly bestStepSize: readonly (readonly number[])[];
}

export function stepsToTarget(problem: LinearProblem, options: StepsToTargetOptions): StepsToTarget {
  const { targets, batchSizes, gridSize = 16, top = 0.9, maxSteps = 20_000 } = options;
  if (targets.some((x) => !(x > 0)) || batchSizes.some((b) => !(b >= 1))) {
    throw new RangeError(
      `stepsToTarget: targets must be > 0 and batchSizes ≥ 1; received ${targets}, ${batchSizes}.`,
    );
  }
  const lowest = Math.min(...targets);
  const steps = targets.map(() => batchSizes.map(() => Infinity));
  const bestStepSize = targets.map(() => batchSizes.map(() => NaN));

  batchSizes.forEach((batch, k) => {
    const limit = sgdStabilityLimit(problem.spectrum, batch);
    for (let i = 0; i < gridSize; i++) {
      const eta = top * limit * 2 ** (-i / 2);
      const run = sgdRisk({ ...problem, stepSizes: eta, batchSizes: batch, numSteps: maxSteps, stopBelow: lowest });
      const end = run.stoppedAt ?? (run.divergedAt !== null ? run.divergedAt - 1 : maxSteps);

      // first crossing of every target, scanning the run once
      targets.forEach((target, j) => {
        for (let t = 0; t <= end && t < steps[j][k]; t++) {
          if (run.risk[t] <= target) {
            steps[j][k] = t;
            bestStepSize[j][k] = eta;
            break;
          }
        }
      });
    }
  });
  return { batchSizes, targets, steps, bestStepSize };
}

/** CBS from one S(B) curve: smallest B with S(B) ≥ 1.2·S(B₀)·B₀/B (B₀ = the first batch). */
export function criticalBatchSize(batchSizes: readonly number[], steps: readonly number[]): number {
  const b0 = batchSizes[0];
  const s0 = steps[0];
  if (!Number.isFinite(s0)) {
    throw new RangeError(`criticalBatchSize: S(B₀) must be finite; received ${s0} at B₀ = ${b0}.`);
  }
  for (let k = 1; k < batchSizes.length; k++) {
    if (steps[k] >= (CBS_OVERHEAD * s0 * b0) / batchSizes[k]) return batchSizes[k];
  }
  return Infinity;
}
