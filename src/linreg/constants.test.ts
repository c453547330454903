import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { expect } from 'vitest';
import { isClose, tolerance } from '../numeric/tolerance.ts';
import { cGD, cStar, flowToRidgeGainRatio, gdToRidgeGainRatio } from './constants.ts';

/** golden-section accuracy in the maximiser is ~1e-12 relative; the value is flatter still */
const ARGMAX_RTOL = 1e-6;

test('c_GD(1) = 4 exactly: h₁(u) = 1 + u on (0, 1]', () => {
  expect(cGD(1).value).toBe(4);
});

test('c* is the maximum of ((1 − e^(−x))(1 + x)/x)²: stationary at its argmax, ≈ 1.69 at x ≈ 1.79', () => {
  const { value, argmax } = cStar();
  // h'(x) = 0 ⇔ x² e^(−x) = (1 − e^(−x))·(1 − … ) is checked numerically by symmetry of differences
  const h = 1e-4 * argmax;
  const left = flowToRidgeGainRatio(argmax - h);
  const right = flowToRidgeGainRatio(argmax + h);
  const mid = flowToRidgeGainRatio(argmax);
  expect(mid).toBeGreaterThanOrEqual(Math.max(left, right));
  expect(isClose(value, 1.69, tolerance(0.01))).toBe(true);
  expect(isClose(argmax, 1.79, tolerance(0.01))).toBe(true);
});

test.prop([fc.integer({ min: 1, max: 2000 })], { numRuns: 40, seed: 5 })(
  'c* ≤ c_GD(t+1) ≤ c_GD(t): GD after t steps is ridge-like up to a constant falling to c*',
  (t) => {
    const a = cGD(t).value;
    const b = cGD(t + 1).value;
    expect(b).toBeLessThanOrEqual(a * (1 + ARGMAX_RTOL));
    expect(cStar().value).toBeLessThanOrEqual(b * (1 + ARGMAX_RTOL));
  },
);

test.prop([fc.integer({ min: 1, max: 500 }), fc.double({ min: 1e-6, max: 1, noNaN: true })], {
  numRuns: 100,
  seed: 6,
})('h_t(u)² ≤ c_GD(t) for every u ∈ (0, t]', (t, fraction) => {
  const u = fraction * t;
  expect(gdToRidgeGainRatio(u, t) ** 2).toBeLessThanOrEqual(cGD(t).value * (1 + ARGMAX_RTOL));
});
