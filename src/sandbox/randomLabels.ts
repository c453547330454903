/**
 * The random-labels sandbox (Zhang, Bengio, Hardt, Recht, Vinyals, ICLR 2017, arXiv:1611.03530,
 * scaled down): a one-hidden-layer ReLU network trained by full-batch Adam on softmax
 * cross-entropy until its training error is 0 (checked every CHECK_EVERY steps) or a step budget
 * runs out; then its test accuracy. Runs are memoised by their settings, so a property and its
 * controls see the same runs.
 */
import { adamStep, createAdam } from '../nn/adam.ts';
import { classificationError, lossAndGradient } from '../nn/backprop.ts';
import { createNetwork, initParams } from '../nn/network.ts';
import { randomLabelTask } from '../nn/tasks.ts';
import { deriveSeed } from '../random/rng.ts';

export interface RandomLabelSettings {
  readonly seed: number;
  readonly width: number;
  readonly labels?: 'random' | 'teacher';
  /** default 200 */
  readonly numTrain?: number;
  /** default 500 */
  readonly numTest?: number;
  /** default 10 */
  readonly inputDim?: number;
  /** default 4 */
  readonly numClasses?: number;
  /** Adam's α, default 0.01 */
  readonly learningRate?: number;
  /** default 2000 */
  readonly maxSteps?: number;
}

export interface RandomLabelRun {
  readonly settings: Required<RandomLabelSettings>;
  readonly numParams: number;
  /** the first checked step with training error 0, or −1 */
  readonly stepsToFit: number;
  readonly trainError: number;
  /** test examples classified correctly, out of numTest */
  readonly testCorrect: number;
  readonly testAccuracy: number;
}

/** The training error is checked every this many steps. */
export const CHECK_EVERY = 10;

const cache = new Map<string, RandomLabelRun>();
const CACHE_LIMIT = 256;

export function runRandomLabels(settings: RandomLabelSettings): RandomLabelRun {
  const full: Required<RandomLabelSettings> = {
    labels: 'random',
    numTrain: 200,
    numTest: 500,
    inputDim: 10,
    numClasses: 4,
    learningRate: 0.01,
    maxSteps: 2000,
    ...settings,
  };
  const key = JSON.stringify(full);
  const cached = cache.get(key);
  if (cached) return cached;

  const { seed, width, labels, numTrain, numTest, inputDim, numClasses, learningRate, maxSteps } =
    full;
  const task = randomLabelTask({ numTrain, numTest, inputDim, numClasses, seed, labels });
  const net = createNetwork({
    inputDim,
    hiddenWidths: [width],
    outputDim: numClasses,
    activation: 'relu',
  });
  const theta = initParams(net, deriveSeed(seed, 'init'));
  const adam = createAdam(net.numParams, { learningRate });

  // full-batch Adam until the training error is 0
  let stepsToFit = -1;
  for (let t = 0; t <= maxSteps; t++) {
    if (t % CHECK_EVERY === 0 && classificationError(net, theta, task.train) === 0) {
      stepsToFit = t;
      break;
    }
    if (t === maxSteps) break;
    adamStep(
      adam,
      theta,
      lossAndGradient(net, theta, task.train, { loss: 'cross-entropy' }).gradient,
    );
  }

  const testError = classificationError(net, theta, task.test);
  const run: RandomLabelRun = {
    settings: full,
    numParams: net.numParams,
    stepsToFit,
    trainError: classificationError(net, theta, task.train),
    testCorrect: Math.round((1 - testError) * numTest),
    testAccuracy: 1 - testError,
  };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, run);
  return run;
}
