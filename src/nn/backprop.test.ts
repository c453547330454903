import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fromRows } from '../linalg/dense.ts';
import { isClose, tolerance } from '../numeric/tolerance.ts';
import { batchLoss, lossAndGradient } from './backprop.ts';
import { createNetwork } from './network.ts';
import {
  materializeCase,
  networkCaseArbitrary,
  smallestHiddenPreactivation,
} from '../generators/network.ts';

/**
 * Central differences with step h have truncation error ≈ h²|L'''|/6 and rounding ≈ ε|L|/h; with
 * h = 1e-5 both are below 1e-9 for these O(1) networks, so 1e-6 relative to the scale leaves a
 * wide margin while any error in backprop (an O(1) discrepancy) still fails.
 */
const FD_STEP = 1e-5;
const FD_TOLERANCE = 1e-6;
/** ReLU cases keep every hidden pre-activation this far from 0, so ±h never crosses a kink. */
const KINK_MARGIN = 1e-3;

describe('lossAndGradient', () => {
  test.prop([networkCaseArbitrary])('∇L agrees with central differences of L', (c) => {
    const { net, theta, data, loss } = materializeCase(c);
    fc.pre(c.activation === 'tanh' || smallestHiddenPreactivation(net, theta, data) > KINK_MARGIN);
    const { loss: value, gradient } = lossAndGradient(net, theta, data, { loss });
    const scale = 1 + Math.abs(value) + Math.max(...gradient.map(Math.abs));
    const shifted = Float64Array.from(theta);
    for (let i = 0; i < net.numParams; i++) {
      shifted[i] = theta[i] + FD_STEP;
      const plus = batchLoss(net, shifted, data, { loss });
      shifted[i] = theta[i] - FD_STEP;
      const minus = batchLoss(net, shifted, data, { loss });
      shifted[i] = theta[i];
      const fd = (plus - minus) / (2 * FD_STEP);
      expect(isClose(gradient[i], fd, tolerance(0, FD_TOLERANCE * scale)), `coordinate ${i}`).toBe(
        true,
      );
    }
  });

  test.prop([networkCaseArbitrary])('the loss of a batch is the mean of its rows’ losses', (c) => {
    const { net, theta, data, loss } = materializeCase(c);
    const n = data.inputs.rows;
    const rows = Array.from({ length: n }, (_, i) => n - 1 - i);
    const whole = lossAndGradient(net, theta, data, { loss, rows });
    let mean = 0;
    for (let i = 0; i < n; i++)
      mean += lossAndGradient(net, theta, data, { loss, rows: [i] }).loss / n;
    expect(isClose(whole.loss, mean, tolerance(1e-12, 1e-15))).toBe(true);
  });

  test('a linear model with MSE has the least-squares gradient (designed input)', () => {
    // f(x) = w x + b on (x, y) = (1, 2), (3, 0): L = ¼[(w + b − 2)² + (3w + b)²]
    const net = createNetwork({ inputDim: 1, hiddenWidths: [], outputDim: 1, activation: 'tanh' });
    const data = { inputs: fromRows([[1], [3]]), targets: fromRows([[2], [0]]) };
    const { loss, gradient } = lossAndGradient(net, Float64Array.of(1, 1), data);
    expect(loss).toBe(0.25 * (0 + 16));
    expect(Array.from(gradient)).toEqual([0.5 * (0 + 3 * 4), 0.5 * (0 + 4)]);
  });

  test('rejects a batch with an index out of range', () => {
    const net = createNetwork({ inputDim: 1, hiddenWidths: [2], outputDim: 1, activation: 'relu' });
    const data = { inputs: fromRows([[1]]), targets: fromRows([[0]]) };
    expect(() =>
      lossAndGradient(net, new Float64Array(net.numParams), data, { rows: [1] }),
    ).toThrow(RangeError);
  });
});
