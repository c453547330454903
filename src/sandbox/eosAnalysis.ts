/**
 * Reading an edge-of-stability run: the four parts of the pattern Cohen et al. describe, each as
 * a measured quantity with its threshold (the thresholds are ours, fixed before the runs):
 *
 *   start below      S(θ₀) ≤ START_RATIO·2/η
 *   sharpening       the sharpness reaches 2/η, and before it first does, at least RISING_SHARE
 *                    of the consecutive measurements increase
 *   band             at least BAND_SHARE of the measurements in the last half of the run lie in
 *                    [BAND_LOW, BAND_HIGH]·2/η
 *   non-monotone     after the first crossing the loss rises, L(θ_{t+1}) > L(θ_t), at least once
 *   long-run fall    mean loss over the last tenth of the run < mean loss over the tenth that
 *                    starts at the first crossing
 */
import type { EdgeOfStabilityRun } from './edgeOfStability.ts';

export const START_RATIO = 0.9;
export const RISING_SHARE = 2 / 3;
export const BAND_LOW = 0.9;
export const BAND_HIGH = 1.3;
export const BAND_SHARE = 0.8;
/** A loss rise counts when it exceeds rounding: 1e-12 relative (losses are sums of 20 terms). */
export const RISE_RTOL = 1e-12;

export interface EdgeOfStabilityReading {
  readonly threshold: number;
  /** S(θ₀)·η/2 */
  readonly startRatio: number;
  /** the first measured step with S ≥ 2/η, or −1 */
  readonly crossingStep: number;
  /** share of increasing consecutive measurements before the crossing */
  readonly risingShare: number;
  /** share of the last half's measurements in the band */
  readonly bandShare: number;
  /** min and max of S·η/2 over the last half */
  readonly lateRatioMin: number;
  readonly lateRatioMax: number;
  /** max of S·η/2 over the whole run */
  readonly maxRatio: number;
  /** loss rises after the crossing, and over the whole run */
  readonly risesAfterCrossing: number;
  readonly risesTotal: number;
  readonly crossingLossMean: number;
  readonly finalLossMean: number;
  readonly parts: {
    readonly startsBelow: boolean;
    readonly sharpens: boolean;
    readonly inBand: boolean;
    readonly nonMonotone: boolean;
    readonly fallsLongRun: boolean;
  };
  readonly holds: boolean;
}

function mean(values: ArrayLike<number>, from: number, to: number): number {
  let s = 0;
  for (let t = from; t < to; t++) s += values[t];
  return s / Math.max(1, to - from);
}

function countRises(losses: ArrayLike<number>, from: number): number {
  let rises = 0;
  for (let t = Math.max(0, from); t + 1 < losses.length; t++) {
    if (losses[t + 1] > losses[t] * (1 + RISE_RTOL)) rises++;
  }
  return rises;
}

export function readEdgeOfStability(run: EdgeOfStabilityRun): EdgeOfStabilityReading {
  const { threshold, losses, sharpness: S, sharpnessSteps } = run;
  const ratios = S.map((s) => s / threshold);
  const numSteps = losses.length - 1;

  // progressive sharpening, before the first crossing
  const crossingIndex = ratios.findIndex((r) => r >= 1);
  const crossingStep = crossingIndex < 0 ? -1 : sharpnessSteps[crossingIndex];
  let rising = 0;
  for (let k = 0; k + 1 <= crossingIndex; k++) if (S[k + 1] > S[k]) rising++;
  const risingShare = crossingIndex <= 0 ? 0 : rising / crossingIndex;

  // the band, over the last half of the run
  const late = ratios.filter((_, k) => sharpnessSteps[k] >= numSteps / 2);
  const inBandCount = late.filter((r) => r >= BAND_LOW && r <= BAND_HIGH).length;
  const bandShare = late.length === 0 ? 0 : inBandCount / late.length;

  // the loss: short-window rises and the long-window fall
  const window = Math.max(1, Math.floor(numSteps / 10));
  const risesAfterCrossing = crossingStep < 0 ? 0 : countRises(losses, crossingStep);
  const crossingLossMean =
    crossingStep < 0 ? NaN : mean(losses, crossingStep, crossingStep + window);
  const finalLossMean = mean(losses, numSteps + 1 - window, numSteps + 1);

  const parts = {
    startsBelow: ratios[0] <= START_RATIO,
    sharpens: crossingIndex > 0 && risingShare >= RISING_SHARE,
    inBand: bandShare >= BAND_SHARE,
    nonMonotone: risesAfterCrossing >= 1,
    fallsLongRun: crossingStep >= 0 && finalLossMean < crossingLossMean,
  };
  return {
    threshold,
    startRatio: ratios[0],
    crossingStep,
    risingShare,
    bandShare,
    lateRatioMin: Math.min(...late),
    lateRatioMax: Math.max(...late),
    maxRatio: Math.max(...ratios),
    risesAfterCrossing,
    risesTotal: countRises(losses, 0),
    crossingLossMean,
    finalLossMean,
    parts,
    holds: Object.values(parts).every(Boolean),
  };
}
