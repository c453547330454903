/**
 * The practice sandbox of the schedules family: a small tanh network trained with Adam on the
 * teacher–student task (teacherStudent.ts) under a fixed sample budget, once with a stepped
 * cosine at fixed batch (the "default") and once with its Seesaw transform, on several seeds.
 * Both runs of a seed share the task, the initialisation and the sample stream (paired design).
 *
 * Statistics. d_s = (L_Seesaw − L_default)/L_default per seed (final test loss); mean d̄ with the
 * two-sided 95 % Student-t interval d̄ ± t_{0.975, n−1}·sd/√n. The paper's figures for comparison
 * (Meterez et al., ICLR 2026, arXiv 2510.14717: 150M–600M transformers, Adam, C4): final losses
 * within about ±0.17 %, about 36 % fewer serial steps.
 *
 * Measured (bench/schedules.ts, 8 seeds, defaults below unless named): σ² = 1: Δ = +0.49 %
 * [+0.08, +0.90] %, 46 % fewer steps; σ² = 0.1: Δ = +2.26 % [+0.16, +4.36] % (Seesaw worse when
 * the noise is low, as the theory's variance-dominated condition predicts); quarter cosine
 * cos(πs/2): Δ = +0.28 % [−0.18, +0.73] %, 32 % fewer steps; 16 384 samples: Δ = −0.23 %
 * [−0.60, +0.14] %. The intervals are 3–5× wider than the paper's ±0.17 %.
 */
import { createNetwork, initParams } from '../nn/index.ts';
import { deriveSeed } from '../random/rng.ts';
import type { CosineShape } from '../schedules/basePlans.ts';
import { steppedCosine } from '../schedules/basePlans.ts';
import { applyRule, DEFAULT_RULE, SEESAW_RULE } from '../schedules/schedule.ts';
import type { ScheduledAdamResult } from './scheduledAdam.ts';
import { scheduledAdam } from './scheduledAdam.ts';
import { teacherStudentTask } from './teacherStudent.ts';

/** t_{0.975, df} for df = 1..30 (standard tables). */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

export interface SandboxOptions {
  readonly seeds: readonly number[];
  readonly inputDim?: number;
  readonly teacherWidth?: number;
  readonly studentWidth?: number;
  /** σ² of the labels (the loss floor is σ²/2) */
  readonly noiseVariance?: number;
  /** sample budget of each run */
  readonly samples?: number;
  readonly baseBatchSize?: number;
  /** Adam's peak α */
  readonly peakLearningRate?: number;
  readonly factor?: number;
  readonly floor?: number;
  readonly shape?: CosineShape;
}

export interface SandboxSeedResult {
  readonly seed: number;
  readonly base: ScheduledAdamResult;
  readonly seesaw: ScheduledAdamResult;
  readonly relativeDifference: number;
}

export interface SandboxResult {
  readonly perSeed: readonly SandboxSeedResult[];
  readonly lossFloor: number;
  /** mean paired relative difference of final test loss and its 95 % t-interval (NaN, 1 seed) */
  readonly meanRelativeDifference: number;
  readonly interval: { readonly low: number; readonly high: number };
  /** 1 − steps_Seesaw/steps_default */
  readonly stepSaving: number;
  readonly samples: { readonly base: number; readonly seesaw: number };
}

export function seesawSandbox(options: SandboxOptions): SandboxResult {
  const {
    seeds,
    inputDim = 8,
    teacherWidth = 4,
    studentWidth = 16,
    noiseVariance = 1,
    samples = 4096,
    baseBatchSize = 2,
    peakLearningRate = 0.01,
    factor = 1.1,
    floor = 0.05,
    shape = 'standard',
  } = options;
  if (seeds.length < 1 || seeds.length > T_975.length + 1) {
    throw new RangeError(
      `seesawSandbox: seeds must have 1–${T_975.length + 1} entries; received ${seeds.length}.`,
    );
  }
  const net = createNetwork({
    inputDim,
    hiddenWidths: [studentWidth],
    outputDim: 1,
    activation: 'tanh',
  });
  const plan = steppedCosine({
    baseStepSize: peakLearningRate,
    baseBatchSize,
    samples,
    factor,
    floor,
    shape,
  });
  const defaultSchedule = applyRule(plan, DEFAULT_RULE);
  const seesawSchedule = applyRule(plan, SEESAW_RULE);

  // paired runs: same task, initialisation and sample stream per seed
  let lossFloor = NaN;
  const perSeed = seeds.map((seed) => {
    const task = teacherStudentTask({
      inputDim,
      teacherWidth,
      noiseVariance,
      trainSamples: samples + 64,
      testSamples: 2000,
      seed,
    });
    lossFloor = task.lossFloor;
    const theta0 = initParams(net, deriveSeed(seed, 'student'));
    const base = scheduledAdam(net, theta0, task.train, task.test, defaultSchedule);
    const seesaw = scheduledAdam(net, theta0, task.train, task.test, seesawSchedule);
    return {
      seed,
      base,
      seesaw,
      relativeDifference: (seesaw.finalTestLoss - base.finalTestLoss) / base.finalTestLoss,
    };
  });

  // Student-t interval on the paired differences
  const d = perSeed.map((r) => r.relativeDifference);
  const n = d.length;
  const mean = d.reduce((s, v) => s + v, 0) / n;
  // one seed gives no interval (NaN ends)
  const sd = n > 1 ? Math.sqrt(d.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) : NaN;
  const half = n > 1 ? (T_975[n - 2] * sd) / Math.sqrt(n) : NaN;
  return {
    perSeed,
    lossFloor,
    meanRelativeDifference: mean,
    interval: { low: mean - half, high: mean + half },
    stepSaving: 1 - perSeed[0].seesaw.serialSteps / perSeed[0].base.serialSteps,
    samples: { base: perSeed[0].base.samples, seesaw: perSeed[0].seesaw.samples },
  };
}
