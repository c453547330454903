import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fromRows } from '../linalg/dense.ts';
import { isClose, tolerance } from '../numeric/tolerance.ts';
import { adamStep, createAdam } from './adam.ts';
import { batchLoss } from './backprop.ts';
import { createNetwork, initParams } from './network.ts';
import { trainAdam } from './train.ts';

describe('adamStep', () => {
  test.prop([
    fc.double({ min: -100, max: 100, noNaN: true }).filter((g) => Math.abs(g) > 1e-3),
    fc.double({ min: 1e-4, max: 1, noNaN: true }),
  ])('the first step moves each coordinate by α·g/(|g| + ε) against the gradient', (g, alpha) => {
    const state = createAdam(1, { learningRate: alpha });
    const theta = adamStep(state, Float64Array.of(0), [g]);
    // m̂ = g and √v̂ = |g| after bias correction; rounding in the corrections is a few ε
    expect(isClose(theta[0], (-alpha * g) / (Math.abs(g) + 1e-8), tolerance(1e-14))).toBe(true);
    expect(state.step).toBe(1);
  });

  test('mini-batch Adam fits a four-point regression (loss falls by 10×)', () => {
    const net = createNetwork({ inputDim: 1, hiddenWidths: [8], outputDim: 1, activation: 'tanh' });
    const data = {
      inputs: fromRows([[-1], [-0.3], [0.4], [1]]),
      targets: fromRows([[0.5], [-0.2], [0.3], [-0.6]]),
    };
    const theta0 = initParams(net, 7);
    const result = trainAdam(net, theta0, data, {
      batchSize: 2,
      numSteps: 400,
      seed: 3,
      learningRate: 0.02,
    });
    expect(result.completedSteps).toBe(400);
    expect(batchLoss(net, result.theta, data)).toBeLessThan(batchLoss(net, theta0, data) / 10);
  });

  test('rejects β₁ = 1', () => {
    expect(() => createAdam(3, { beta1: 1 })).toThrow(RangeError);
  });
});
