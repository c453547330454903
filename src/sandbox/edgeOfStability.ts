/**
 * The edge-of-stability sandbox: full-batch GD on Chebyshev regression with a one-hidden-layer
 * tanh network, the sharpness measured along the way by Lanczos on exact HVPs.
 *
 * Set-up, scaled down from the `regression` network of Cohen et al. (ICLR 2021,
 * arXiv:2103.00065; their code: width 100, tanh, first-layer weights Xavier-normal with gain 1.9,
 * zero first-layer biases, output weights Xavier-normal, no output bias). Ours: width 20 by
 * default, the same initial scales (std 1.9·√(2/(1 + h)) and √(2/(h + 1))), and an output bias
 * initialised at 0 and trained. Loss L(θ) = (1/n) Σ ½(f(x_i) − y_i)². Runs are memoised by their
 * settings, so a property and its controls look at the very same trajectories.
 */
import { createNetwork, initParams } from '../nn/network.ts';
import { sharpness } from '../nn/sharpness.ts';
import { chebyshevDataset } from '../nn/tasks.ts';
import { trainGradientDescent } from '../nn/train.ts';

export interface EdgeOfStabilitySettings {
  readonly seed: number;
  readonly stepSize: number;
  readonly numSteps: number;
  /** hidden width h, default 20 */
  readonly width?: number;
  /** Chebyshev degree k, default 4 */
  readonly degree?: number;
  /** training points n, default 20 */
  readonly numPoints?: number;
  /** measure the sharpness every this many steps, default 50 */
  readonly sharpnessEvery?: number;
}

export interface EdgeOfStabilityRun {
  readonly settings: Required<EdgeOfStabilitySettings>;
  /** 2/η */
  readonly threshold: number;
  /** L(θ_t), t = 0 … completedSteps */
  readonly losses: Float64Array;
  readonly completedSteps: number;
  /** steps t at which the sharpness was measured, and its values S(θ_t) */
  readonly sharpnessSteps: readonly number[];
  readonly sharpness: readonly number[];
  /** Lanczos residual bounds ‖Hy − θy‖ of each measurement */
  readonly residuals: readonly number[];
  /** Hessian–vector products used */
  readonly hvpCount: number;
}

/** Relative accuracy of each sharpness measurement: 1e-4, far below the 10% band widths. */
export const SHARPNESS_REL_TOLERANCE = 1e-4;

const cache = new Map<string, EdgeOfStabilityRun>();
const CACHE_LIMIT = 256;

export function runEdgeOfStability(settings: EdgeOfStabilitySettings): EdgeOfStabilityRun {
  const full: Required<EdgeOfStabilitySettings> = {
    width: 20,
    degree: 4,
    numPoints: 20,
    sharpnessEvery: 50,
    ...settings,
  };
  const key = JSON.stringify(full);
  const cached = cache.get(key);
  if (cached) return cached;

  const { seed, stepSize, numSteps, width: h, degree, numPoints, sharpnessEvery } = full;
  const data = chebyshevDataset(degree, numPoints);
  const net = createNetwork({ inputDim: 1, hiddenWidths: [h], outputDim: 1, activation: 'tanh' });
  const theta0 = initParams(net, seed, {
    gain: 1.9 * Math.sqrt(2 / (1 + h)),
    outputGain: Math.sqrt((2 * h) / (h + 1)),
  });

  // train, measuring the sharpness with a warm-started Lanczos every `sharpnessEvery` steps
  const sharpnessSteps: number[] = [];
  const values: number[] = [];
  const residuals: number[] = [];
  let hvpCount = 0;
  let previous: Float64Array | undefined;
  const measure = (t: number, theta: Float64Array) => {
    const result = sharpness(net, theta, data, {
      seed: seed + t,
      relTolerance: SHARPNESS_REL_TOLERANCE,
      ...(previous ? { start: previous } : {}),
    });
    hvpCount += result.iterations;
    previous = result.vector;
    sharpnessSteps.push(t);
    values.push(result.value);
    residuals.push(result.residual);
  };
  const trained = trainGradientDescent(net, theta0, data, {
    stepSize,
    numSteps,
    onStep: (t, theta) => {
      if (t % sharpnessEvery === 0) measure(t, theta);
    },
  });
  if (trained.completedSteps === numSteps && numSteps % sharpnessEvery === 0) {
    measure(numSteps, trained.theta);
  }

  const run: EdgeOfStabilityRun = {
    settings: full,
    threshold: 2 / stepSize,
    losses: trained.losses.subarray(0, trained.completedSteps + 1),
    completedSteps: trained.completedSteps,
    sharpnessSteps,
    sharpness: values,
    residuals,
    hvpCount,
  };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, run);
  return run;
}
