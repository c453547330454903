/**
 * Adam along a stepsize-and-batch schedule (schedules/schedule.ts) on a stream of fresh samples:
 * step t takes the next B_t rows of the training stream, so a run spends exactly Σ_t B_t samples
 * and two schedules with the same budget see the same samples in the same order (paired runs).
 * The network, its gradients and the Adam update are src/nn's; only the learning rate and the
 * batch change from step to step. Records the test loss at every phase end.
 *
 * Batches must be integers here: `integerBatches` rounds each phase's batch to the nearest integer
 * ≥ 1 and re-derives its steps so that the cumulative samples track the plan's (as applyRule does).
 */
import type { Dataset, Network } from '../nn/index.ts';
import { adamStep, batchLoss, createAdam, lossAndGradient } from '../nn/index.ts';
import type { Schedule } from '../schedules/schedule.ts';
import { summarize } from '../schedules/schedule.ts';

export function integerBatches(schedule: Schedule): Schedule {
  let planned = 0;
  let spent = 0;
  const phases = schedule.phases.map((p) => {
    planned += p.numSteps * p.batchSize;
    const batchSize = Math.max(1, Math.round(p.batchSize));
    const numSteps = Math.max(0, Math.round((planned - spent) / batchSize));
    spent += numSteps * batchSize;
    return { ...p, batchSize, numSteps };
  });
  return summarize(schedule.name, phases);
}

export interface ScheduledAdamResult {
  readonly theta: Float64Array;
  /** test loss after each phase (samples seen in `phaseSamples`) */
  readonly phaseTestLoss: readonly number[];
  readonly phaseSamples: readonly number[];
  readonly finalTestLoss: number;
  readonly serialSteps: number;
  readonly samples: number;
}

export function scheduledAdam(
  net: Network,
  theta0: Float64Array,
  stream: Dataset,
  test: Dataset,
  schedule: Schedule,
): ScheduledAdamResult {
  const plan = integerBatches(schedule);
  if (plan.samples > stream.inputs.rows) {
    throw new RangeError(
      `scheduledAdam: schedule needs ${plan.samples} samples; the stream has ${stream.inputs.rows}.`,
    );
  }
  const theta = Float64Array.from(theta0);
  const adam = createAdam(net.numParams, { learningRate: 1 });
  const phaseTestLoss: number[] = [];
  const phaseSamples: number[] = [];
  let cursor = 0;
  for (const phase of plan.phases) {
    // Adam's state is kept; only α changes (the state object is shared by reference)
    const state = { ...adam, learningRate: phase.stepSize };
    const rows = new Int32Array(phase.batchSize);
    for (let k = 0; k < phase.numSteps; k++) {
      for (let i = 0; i < rows.length; i++) rows[i] = cursor + i;
      cursor += rows.length;
      const { gradient } = lossAndGradient(net, theta, stream, { rows });
      adamStep(state, theta, gradient);
    }
    adam.step = state.step;
    phaseTestLoss.push(batchLoss(net, theta, test));
    phaseSamples.push(cursor);
  }
  return {
    theta,
    phaseTestLoss,
    phaseSamples,
    finalTestLoss: phaseTestLoss[phaseTestLoss.length - 1],
    serialSteps: plan.serialSteps,
    samples: plan.samples,
  };
}
