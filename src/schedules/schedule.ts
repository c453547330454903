/**
 * Stepsize-and-batch schedules as values.
 *
 * A `MilestonePlan` is a base run: stepsize η₀, batch B₀, the samples spent in each of K + 1
 * phases, and the factor α_j by which a stepsize-only scheduler divides η at milestone j. A
 * `ScalingRule` says what a schedule does at a milestone instead: divide η by a(α) and multiply
 * B by b(α). The rules of the Seesaw paper (Meterez et al., ICLR 2026, arXiv 2510.14717):
 *
 *   default   a = α,   b = 1        (decay the stepsize, fixed batch)
 *   Seesaw    a = √α,  b = α        (the same α·√b = α for normalized SGD; fewer serial steps)
 *   (α', β')  fixed factors at every milestone, for the lr/batch equivalence tests
 *
 * Every phase keeps the base plan's samples, so steps in phase k = samples_k / B_k (rounded to
 * the nearest integer ≥ 1; `samples` reports what is actually spent).
 */

export interface MilestonePlan {
  readonly baseStepSize: number;
  readonly baseBatchSize: number;
  /** samples in each phase (K + 1 entries) */
  readonly phaseSamples: readonly number[];
  /** α_j > 0 at each of the K milestones (the base scheduler's stepsize divisor) */
  readonly decay: readonly number[];
}

export interface ScalingRule {
  readonly name: string;
  /** the factor dividing η at a milestone where the base scheduler divides it by α */
  readonly stepDivisor: (alpha: number) => number;
  /** the factor multiplying B at that milestone */
  readonly batchMultiplier: (alpha: number) => number;
}

export interface Phase {
  readonly stepSize: number;
  readonly batchSize: number;
  readonly numSteps: number;
}

export interface Schedule {
  readonly name: string;
  readonly phases: readonly Phase[];
  /** total serial steps Σ numSteps */
  readonly serialSteps: number;
  /** total samples Σ numSteps·batchSize */
  readonly samples: number;
}

export const DEFAULT_RULE: ScalingRule = {
  name: 'default',
  stepDivisor: (alpha) => alpha,
  batchMultiplier: () => 1,
};

export const SEESAW_RULE: ScalingRule = {
  name: 'Seesaw',
  stepDivisor: (alpha) => Math.sqrt(alpha),
  batchMultiplier: (alpha) => alpha,
};

/** Divide η by `stepDivisor` and multiply B by `batchMultiplier` at every milestone. */
export function fixedRule(stepDivisor: number, batchMultiplier: number): ScalingRule {
  return {
    name: `(α, β) = (${stepDivisor}, ${batchMultiplier})`,
    stepDivisor: () => stepDivisor,
    batchMultiplier: () => batchMultiplier,
  };
}

/** Build phases from a plan and a rule. */
export function applyRule(plan: MilestonePlan, rule: ScalingRule): Schedule {
  const { baseStepSize, baseBatchSize, phaseSamples, decay } = plan;
  if (phaseSamples.length !== decay.length + 1) {
    throw new TypeError(
      `applyRule: phaseSamples must have decay.length + 1 = ${decay.length + 1} entries; ` +
        `received ${phaseSamples.length}.`,
    );
  }
  if (!(baseStepSize > 0) || !(baseBatchSize >= 1)) {
    throw new RangeError(
      `applyRule: need baseStepSize > 0 and baseBatchSize ≥ 1; received ${baseStepSize}, ${baseBatchSize}.`,
    );
  }
  const phases: Phase[] = [];
  let eta = baseStepSize;
  let batch = baseBatchSize;
  phaseSamples.forEach((samples, k) => {
    if (k > 0) {
      eta /= rule.stepDivisor(decay[k - 1]);
      batch *= rule.batchMultiplier(decay[k - 1]);
    }
    if (!(samples > 0)) {
      throw new RangeError(`applyRule: phaseSamples[${k}] must be > 0; received ${samples}.`);
    }
    phases.push({ stepSize: eta, batchSize: batch, numSteps: Math.max(1, Math.round(samples / batch)) });
  });
  return summarize(rule.name, phases);
}

export function summarize(name: string, phases: readonly Phase[]): Schedule {
  let serialSteps = 0;
  let samples = 0;
  for (const p of phases) {
    serialSteps += p.numSteps;
    samples += p.numSteps * p.batchSize;
  }
  return { name, phases, serialSteps, samples };
}

/** Per-step arrays (η_t, B_t) and the cumulative samples after each step (0 first). */
export function expandSchedule(schedule: Schedule): {
  readonly stepSizes: Float64Array;
  readonly batchSizes: Float64Array;
  readonly samplesSeen: Float64Array;
  /** step index at which each phase ends */
  readonly phaseEnds: readonly number[];
} {
  const n = schedule.serialSteps;
  const stepSizes = new Float64Array(n);
  const batchSizes = new Float64Array(n);
  const samplesSeen = new Float64Array(n + 1);
  const phaseEnds: number[] = [];
  let t = 0;
  for (const p of schedule.phases) {
    for (let k = 0; k < p.numSteps; k++, t++) {
      stepSizes[t] = p.stepSize;
      batchSizes[t] = p.batchSize;
      samplesSeen[t + 1] = samplesSeen[t] + p.batchSize;
    }
    phaseEnds.push(t);
  }
  return { stepSizes, batchSizes, samplesSeen, phaseEnds };
}
