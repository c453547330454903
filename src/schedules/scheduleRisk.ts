/**
 * Exact expected risk along a schedule (O4, risk/sgdRisk.ts), for SGD or normalized SGD, with
 * the risk read off at every step, every sample count and the end of every phase, and the
 * noise-dominance ratio (noise term / mean term of E‖g‖²) of every step.
 */
import type { CollapsedSpectrum } from '../risk/collapsedSpectrum.ts';
import { sgdRisk } from '../risk/sgdRisk.ts';
import type { Schedule } from './schedule.ts';
import { expandSchedule } from './schedule.ts';

/** A Gaussian linear-regression problem in collapsed form (see risk/collapsedSpectrum.ts). */
export interface LinearProblem {
  readonly spectrum: CollapsedSpectrum;
  readonly initialSecondMoments: readonly number[];
  readonly noiseVariance: number;
}

export interface ScheduleRisk {
  readonly schedule: Schedule;
  /** E[risk] after t = 0..serialSteps steps */
  readonly risk: Float64Array;
  /** samples seen after t steps */
  readonly samplesSeen: Float64Array;
  /** E[risk] at the end of each phase */
  readonly phaseEndRisk: readonly number[];
  readonly finalRisk: number;
  /** noise term / mean term of E‖g_t‖², per step */
  readonly noiseRatio: Float64Array;
  /** smallest noiseRatio over the run */
  readonly minNoiseRatio: number;
  readonly divergedAt: number | null;
}

export function scheduleRisk(
  problem: LinearProblem,
  schedule: Schedule,
  { normalized = false }: { readonly normalized?: boolean } = {},
): ScheduleRisk {
  const { stepSizes, batchSizes, samplesSeen, phaseEnds } = expandSchedule(schedule);
  const result = sgdRisk({ ...problem, stepSizes, batchSizes, normalized });
  let minNoiseRatio = Infinity;
  for (const r of result.noiseRatio) minNoiseRatio = Math.min(minNoiseRatio, r);
  return {
    schedule,
    risk: result.risk,
    samplesSeen,
    phaseEndRisk: phaseEnds.map((t) => result.risk[t]),
    finalRisk: result.risk[schedule.serialSteps],
    noiseRatio: result.noiseRatio,
    minNoiseRatio,
    divergedAt: result.divergedAt,
  };
}
