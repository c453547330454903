import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { isClose, tolerance } from '../numeric/tolerance.ts';
import { SILVER_RATIO, silverRate, silverSteps, twoAdicValuation } from './silverStepsizes.ts';

/** A few operations on numbers of size ≤ ρ^7: 16·ε relative is ample. */
const ROUNDING = tolerance(16 * Number.EPSILON);

describe('silverSteps', () => {
  test.prop([fc.integer({ min: 1, max: 2 ** 40 })])('i = 2^ν(i)·odd', (i) => {
    const nu = twoAdicValuation(i);
    expect((i / 2 ** nu) % 2).toBe(1);
  });

  test('starts √2, 2, √2, 2 + √2, …, and h_8 = 1 + ρ² ≈ 6.83', () => {
    const h = silverSteps(8);
    expect(isClose(h[0], Math.SQRT2, ROUNDING)).toBe(true);
    expect(h[1]).toBe(2);
    expect(isClose(h[2], Math.SQRT2, ROUNDING)).toBe(true);
    expect(isClose(h[3], 2 + Math.SQRT2, ROUNDING)).toBe(true);
    expect(isClose(h[7], 4 + 2 * Math.SQRT2, ROUNDING)).toBe(true);
  });

  test.prop([fc.integer({ min: 1, max: 9 })])(
    'is recursive: π_{k+1} = [π_k, 1 + ρ^(k−1), π_k]',
    (k) => {
      const inner = silverSteps(2 ** k - 1);
      const outer = silverSteps(2 ** (k + 1) - 1);
      expect(outer).toEqual([...inner, 1 + SILVER_RATIO ** (k - 1), ...inner]);
    },
  );

  test('r_4 ≈ 0.0145 < 1/62, and r_k·ρ^k → ½', () => {
    expect(isClose(silverRate(4), 0.01451, tolerance(1e-3))).toBe(true);
    expect(silverRate(4)).toBeLessThan(1 / 62);
    expect(isClose(silverRate(30) * SILVER_RATIO ** 30, 0.5, tolerance(1e-9))).toBe(true);
  });
});
