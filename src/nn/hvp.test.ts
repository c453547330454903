import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { dot, fromRows, norm2 } from '../linalg/dense.ts';
import { isClose, tolerance } from '../numeric/tolerance.ts';
import { lossAndGradient } from './backprop.ts';
import { hessianVectorProduct } from './hvp.ts';
import { createNetwork } from './network.ts';
import {
  materializeCase,
  networkCaseArbitrary,
  smallestHiddenPreactivation,
} from '../generators/network.ts';

/** Same derivation as in backprop.test.ts, one derivative higher: h = 1e-5, error ≲ 1e-9. */
const FD_STEP = 1e-5;
const FD_TOLERANCE = 1e-6;
const KINK_MARGIN = 1e-3;
/** uᵀHv and vᵀHu differ only by rounding in sums of ≲ 10³ terms: 1e-12 of the scale. */
const SYMMETRY_TOLERANCE = 1e-12;

describe('hessianVectorProduct', () => {
  test.prop([networkCaseArbitrary])('H·v agrees with central differences of ∇L along v', (c) => {
    const { net, theta, data, loss, v } = materializeCase(c);
    fc.pre(
      c.activation === 'tanh' ||
        smallestHiddenPreactivation(net, theta, data) > KINK_MARGIN * norm2(v),
    );
    const { product } = hessianVectorProduct(net, theta, data, v, { loss });
    const plus = Float64Array.from(theta, (t, i) => t + FD_STEP * v[i]);
    const minus = Float64Array.from(theta, (t, i) => t - FD_STEP * v[i]);
    const gPlus = lossAndGradient(net, plus, data, { loss }).gradient;
    const gMinus = lossAndGradient(net, minus, data, { loss }).gradient;
    const scale = 1 + norm2(v) * (1 + Math.max(...product.map(Math.abs)));
    for (let i = 0; i < net.numParams; i++) {
      const fd = (gPlus[i] - gMinus[i]) / (2 * FD_STEP);
      expect(isClose(product[i], fd, tolerance(0, FD_TOLERANCE * scale)), `coordinate ${i}`).toBe(
        true,
      );
    }
  });

  test.prop([networkCaseArbitrary])('uᵀ(Hv) = vᵀ(Hu)', (c) => {
    const { net, theta, data, loss, u, v } = materializeCase(c);
    const Hv = hessianVectorProduct(net, theta, data, v, { loss }).product;
    const Hu = hessianVectorProduct(net, theta, data, u, { loss }).product;
    const scale = norm2(u) * norm2(Hv) + norm2(v) * norm2(Hu);
    expect(isClose(dot(u, Hv), dot(v, Hu), tolerance(0, SYMMETRY_TOLERANCE * scale + 1e-300))).toBe(
      true,
    );
  });

  test.prop([networkCaseArbitrary])(
    'returns the same loss and gradient as lossAndGradient, bit for bit',
    (c) => {
      const { net, theta, data, loss, v } = materializeCase(c);
      const viaR = hessianVectorProduct(net, theta, data, v, { loss });
      const viaBackprop = lossAndGradient(net, theta, data, { loss });
      expect(viaR.loss).toBe(viaBackprop.loss);
      expect(Array.from(viaR.gradient)).toEqual(Array.from(viaBackprop.gradient));
    },
  );

  test('a linear model with MSE has H = mean of [x; 1][x; 1]ᵀ (designed input)', () => {
    // f(x) = w x + b on x = 1, 3: H = ½[[1 + 9, 1 + 3], [1 + 3, 2]] = [[5, 2], [2, 1]]
    const net = createNetwork({ inputDim: 1, hiddenWidths: [], outputDim: 1, activation: 'relu' });
    const data = { inputs: fromRows([[1], [3]]), targets: fromRows([[2], [0]]) };
    const theta = Float64Array.of(0.3, -0.7);
    expect(Array.from(hessianVectorProduct(net, theta, data, [1, 0]).product)).toEqual([5, 2]);
    expect(Array.from(hessianVectorProduct(net, theta, data, [0, 1]).product)).toEqual([2, 1]);
  });
});
