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
 * Continuous limit (our derivation). Seesaw multiplies B by α wherever η is divided by α, so its
 * batch at s is B₀·η₀/η(s) and its serial steps are (N/B₀)∫₀¹ η(s)/η₀ ds; for a cosine to zero
 * that is half of the default's N/B₀ steps (saving 1/2). `continuousSeesawSaving` evaluates this
 * integral with the floor, for comparison with the paper's 1 − 2/π (= 1 − ∫₀¹ √(η(s)/η₀) ds).
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
}

export function steppedCosine(options: SteppedCosineOptions): MilestonePlan {
  const { baseStepSize, baseBatchSize, samples, factor = 1.1, floor = 0.01 } = options;
  if (!(factor > 1) || !(floor > 0 && floor < 1) || !(samples > 0)) {
    throw new RangeError(
      `steppedCosine: need factor > 1, floor in (0, 1), samples > 0; received ${factor}, ${floor}, ${samples}.`,
    );
  }
  const levels = Math.floor(Math.log(1 / floor) / Math.log(factor) + 1e-9);
  const boundary = (k: number) => Math.acos(2 * factor ** -k - 1) / Math.PI;
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

/** 1 − ∫₀¹ max(floor, (1 + cos πs)/2) ds: Seesaw's serial-step saving on a continuous cosine. */
export function continuousSeesawSaving(floor = 0): number {
  // ∫ over the part above the floor, in closed form: s* = arccos(2·floor − 1)/π
  const sStar = Math.acos(2 * floor - 1) / Math.PI;
  const above = sStar / 2 + Math.sin(Math.PI * sStar) / (2 * Math.PI);
  return 1 - (above + floor * (1 - sStar));
}
