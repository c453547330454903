/**
 * Base stepsize schedulers as milestone plans (see schedule.ts): a cosine decay quantised into
 * steps of a fixed factor, and step decay.
 *
 * Stepped cosine. The cosine η(s) = η₀·(1 + cos πs)/2 over the sample fraction s ∈ [0, 1] is
 * replaced by η₀·γ^(−k) on the interval where γ^(−k−1) < (1 + cos πs)/2 ≤ γ^(−k), i.e. between
 *   s_k = arccos(2γ^(−k) − 1)/π  and  s_{k+1};
 * the last level k = K (γ^(−K) ≥ floor) runs to s = 1. Every milestone divides η by γ. The talk
 * and the paper use γ = 1.1.
 *
 * Shape 'quarter' uses η₀·cos(πs/2) instead (s_k = (2/π)·arccos γ^(−k)).
 *
 * Continuous limit (our derivation). Seesaw multiplies B by α wherever η is divided by α, so its
 * batch at s is B₀·η₀/η(s) and its serial steps are (N/B₀)∫₀¹ η(s)/η₀ ds. For the standard
 * cosine (1 + cos πs)/2 to zero the integral is 1/2 (saving 1/2); for the quarter cosine
 * cos(πs/2) it is 2/π (saving 1 − 2/π ≈ 36 %, the paper's figure). `continuousSeesawSaving`
 * evaluates the integral with the floor in closed form.
 */
import type { MilestonePlan } from './schedule.ts';

export interface SteppedCosineOptions {
  readonly baseStepSize: number;
  readonly baseBatchSize: number;
  /** total sample budget N */
  readonly samples: number;
  /** γ > 1, the factor of each step (1.1 in the paper) */
  readonly factor?: number;
  /** smallest stepsize as a fraction of η₀, in (0, 1) */
  readonly floor?: number;
  /** 'standard': (1 + cos πs)/2; 'quarter': cos(πs/2) */
  readonly shape?: CosineShape;
}

export type CosineShape = 'standard' | 'quarter';

/** Where the cosine of the given shape falls to `level` ∈ (0, 1]. */
function crossing(shape: CosineShape, level: number): number {
  return shape === 'standard' ? Math.acos(2 * level - 1) / Math.PI : (2 / Math.PI) * Math.acos(level);
}

export function steppedCosine(options: SteppedCosineOptions): MilestonePlan {
  const { baseStepSize, baseBatchSize, samples, factor = 1.1, floor = 0.01, shape = 'standard' } = options;
  if (!(factor > 1) || !(floor > 0 && floor < 1) || !(samples > 0)) {
    throw new RangeError(
      `steppedCosine: need factor > 1, floor in (0, 1), samples > 0; received ${factor}, ${floor}, ${samples}.`,
    );
  }
  const levels = Math.floor(Math.log(1 / floor) / Math.log(factor) + 1e-9);
  const boundary = (k: number) => crossing(shape, factor ** -k);
  const phaseSamples: number[] = [];
  for (let k = 0; k <= levels; k++) {
    const end = k === levels ? 1 : boundary(k + 1);
    phaseSamples.push(samples * (end - boundary(k)));
  }
  return { baseStepSize, baseBatchSize, phaseSamples, decay: Array(levels).fill(factor) };
}

export interface StepDecayOptions {
  readonly baseStepSize: number;
  readonly baseBatchSize: number;
  /** samples in each phase */
  readonly phaseSamples: readonly number[];
  /** divisor at every milestone (e.g. 2) */
  readonly factor: number;
}

export function stepDecay(options: StepDecayOptions): MilestonePlan {
  const { baseStepSize, baseBatchSize, phaseSamples, factor } = options;
  return {
    baseStepSize,
    baseBatchSize,
    phaseSamples,
    decay: Array(Math.max(0, phaseSamples.length - 1)).fill(factor),
  };
}

/** 1 − ∫₀¹ max(floor, η(s)/η₀) ds: Seesaw's serial-step saving on a continuous cosine. */
export function continuousSeesawSaving(floor = 0, shape: CosineShape = 'standard'): number {
  // the part above the floor in closed form, up to s* where the cosine meets the floor
  const sStar = crossing(shape, Math.max(floor, 0));
  const above = shape === 'standard'
    ? sStar / 2 + Math.sin(Math.PI * sStar) / (2 * Math.PI)
    : (2 / Math.PI) * Math.sin((Math.PI * sStar) / 2);
  return 1 - (above + floor * (1 - sStar));
}
