/**
 * Online SGD (batch 1, one fresh sample per step, θ₀ = 0) on Gaussian linear regression through
 * the exact recursion O4 (risk/sgdRisk.ts), and its tuning over the stepsize.
 *
 * Schedules: 'constant' (η every step); 'step-decay' (⌈log₂ N⌉ phases of equal length, the
 * stepsize halved after each: Ge et al. 2019; Wu, Zou, Braverman, Gu, Kakade, ICML 2022).
 * Read-out: the last iterate, or the average of θ₀ … θ_{N−1} (Zou et al., COLT 2021).
 * Tuning: log grid of 8 points per decade for η·tr H ∈ [1e-4, 1]; the recursion is exact, so
 * the grid is the only approximation (a factor 10^(1/8) ≈ 1.33 in η).
 */
import { collapseSpectrum } from '../risk/collapsedSpectrum.ts';
import { sgdRisk } from '../risk/sgdRisk.ts';

export type SgdSchedule = 'constant' | 'step-decay';

export interface OnlineSgdOptions {
  readonly stepSize: number;
  readonly numSteps: number;
  readonly schedule?: SgdSchedule;
  readonly average?: boolean;
}

export interface SgdInstance {
  readonly spectrum: ArrayLike<number>;
  readonly thetaStar: ArrayLike<number>;
  readonly noiseVariance: number;
}

export function stepSchedule(
  stepSize: number,
  numSteps: number,
  schedule: SgdSchedule,
): Float64Array {
  const etas = new Float64Array(numSteps).fill(stepSize);
  if (schedule === 'step-decay') {
    const phases = Math.max(1, Math.ceil(Math.log2(Math.max(numSteps, 2))));
    const length = Math.ceil(numSteps / phases);
    for (let t = 0; t < numSteps; t++) etas[t] = stepSize * Math.pow(2, -Math.floor(t / length));
  }
  return etas;
}

/** E[risk] of the chosen read-out after numSteps steps (exact, O4). */
export function onlineSgdRisk(problem: SgdInstance, options: OnlineSgdOptions): number {
  const { stepSize, numSteps, schedule = 'constant', average = false } = options;
  if (!Number.isInteger(numSteps) || numSteps < 1) {
    throw new RangeError(`onlineSgdRisk: numSteps must be an integer ≥ 1; received ${numSteps}.`);
  }
  const start = collapseSpectrum(
    Array.from(problem.spectrum),
    Array.from(problem.thetaStar, (v) => v * v),
  );
  const result = sgdRisk({
    spectrum: start.spectrum,
    initialSecondMoments: start.initialSecondMoments,
    noiseVariance: problem.noiseVariance,
    stepSizes: stepSchedule(stepSize, numSteps, schedule),
    batchSizes: 1,
    numSteps,
    averageFrom: average ? 0 : null,
  });
  // the average of θ₀ … θ_{N−1} is read at t = N − 1; the last iterate at t = N
  const value = average ? result.averagedRisk![numSteps - 1] : result.risk[numSteps];
  return Number.isFinite(value) ? value : Infinity;
}

export interface TunedSgd {
  readonly risk: number;
  readonly stepSize: number;
}

export function tunedOnlineSgd(
  problem: SgdInstance,
  numSteps: number,
  schedule: SgdSchedule = 'step-decay',
  average = false,
): TunedSgd {
  let trace = 0;
  for (let i = 0; i < problem.spectrum.length; i++) trace += problem.spectrum[i];
  let best: TunedSgd = { risk: Infinity, stepSize: NaN };
  for (let k = 0; k <= 32; k++) {
    const eta = Math.pow(10, -4 + k / 8) / trace;
    const risk = onlineSgdRisk(problem, { stepSize: eta, numSteps, schedule, average });
    if (risk < best.risk) best = { risk, stepSize: eta };
  }
  return best;
}
