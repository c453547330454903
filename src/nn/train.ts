/**
 * Training loops on a dataset: full-batch gradient descent θ_{t+1} = θ_t − η∇L(θ_t), and Adam on
 * seeded mini-batches (each epoch a fresh random permutation of the rows, cut into batches of
 * `batchSize`; the last batch of an epoch may be smaller). Both record the loss at every step and
 * stop early, saying so, once the loss is non-finite. `onStep` sees θ_t before each update
 * (e.g. to measure the sharpness); it must not modify θ.
 */
import { createRng } from '../random/rng.ts';
import type { AdamOptions } from './adam.ts';
import { adamStep, createAdam } from './adam.ts';
import type { BatchOptions } from './backprop.ts';
import { lossAndGradient } from './backprop.ts';
import type { Dataset } from './dataset.ts';
import type { Network } from './network.ts';

export interface TrainResult {
  /** the final parameters */
  readonly theta: Float64Array;
  /** the batch loss at each step before its update (full-batch loss for GD) */
  readonly losses: Float64Array;
  /** steps completed before the loss became non-finite (numSteps when it never did) */
  readonly completedSteps: number;
}

export interface GradientDescentTrainOptions extends Pick<BatchOptions, 'loss'> {
  readonly stepSize: number;
  readonly numSteps: number;
  readonly onStep?: (t: number, theta: Float64Array, loss: number, gradient: Float64Array) => void;
}

function checkSteps(fn: string, numSteps: number): void {
  if (!Number.isInteger(numSteps) || numSteps < 0) {
    throw new RangeError(`${fn}: numSteps must be an integer ≥ 0; received ${numSteps}.`);
  }
}

/** Full-batch GD from θ₀ (not modified); losses[t] = L(θ_t) for t = 0 … numSteps. */
export function trainGradientDescent(
  net: Network,
  theta0: Float64Array,
  data: Dataset,
  options: GradientDescentTrainOptions,
): TrainResult {
  const { stepSize, numSteps, loss = 'mse', onStep } = options;
  if (!(stepSize > 0) || !Number.isFinite(stepSize)) {
    throw new RangeError(
      `trainGradientDescent: stepSize must be finite and > 0; received ${stepSize}.`,
    );
  }
  checkSteps('trainGradientDescent', numSteps);

  const eta = stepSize;
  const theta = Float64Array.from(theta0);
  const losses = new Float64Array(numSteps + 1).fill(NaN);
  let completed = 0;
  for (let t = 0; t <= numSteps; t++) {
    const { loss: value, gradient } = lossAndGradient(net, theta, data, { loss });
    losses[t] = value;
    if (!Number.isFinite(value) || t === numSteps) break;
    onStep?.(t, theta, value, gradient);
    for (let i = 0; i < theta.length; i++) theta[i] -= eta * gradient[i];
    completed = t + 1;
  }
  return { theta, losses, completedSteps: completed };
}

export interface AdamTrainOptions extends AdamOptions, Pick<BatchOptions, 'loss'> {
  readonly batchSize: number;
  readonly numSteps: number;
  /** seed of the mini-batch order */
  readonly seed: number;
  readonly onStep?: (t: number, theta: Float64Array, batchLoss: number) => void;
}

/** Mini-batch Adam from θ₀ (not modified). losses[t] is the loss of the t-th batch at θ_t. */
export function trainAdam(
  net: Network,
  theta0: Float64Array,
  data: Dataset,
  options: AdamTrainOptions,
): TrainResult {
  const { batchSize, numSteps, seed, loss = 'mse', onStep, ...adamOptions } = options;
  const n = data.inputs.rows;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > n) {
    throw new RangeError(
      `trainAdam: batchSize must be an integer in [1, ${n}]; received ${batchSize}.`,
    );
  }
  checkSteps('trainAdam', numSteps);

  const rng = createRng(seed);
  const adam = createAdam(net.numParams, adamOptions);
  const theta = Float64Array.from(theta0);
  const losses = new Float64Array(numSteps).fill(NaN);
  const order = new Int32Array(n);
  let cursor = n;
  let completed = 0;
  for (let t = 0; t < numSteps; t++) {
    // a fresh Fisher–Yates permutation at each epoch
    if (cursor >= n) {
      for (let i = 0; i < n; i++) order[i] = i;
      for (let i = n - 1; i > 0; i--) {
        const j = rng.integer(0, i);
        const swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      cursor = 0;
    }
    const rows = order.subarray(cursor, Math.min(n, cursor + batchSize));
    cursor += batchSize;

    const { loss: value, gradient } = lossAndGradient(net, theta, data, { loss, rows });
    losses[t] = value;
    if (!Number.isFinite(value)) break;
    onStep?.(t, theta, value);
    adamStep(adam, theta, gradient);
    completed = t + 1;
  }
  return { theta, losses, completedSteps: completed };
}
