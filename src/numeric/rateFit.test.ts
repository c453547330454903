import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { fitLogLog } from './rateFit.ts';
import { isClose, tolerance } from '../numeric/tolerance.ts';

/** Exact power laws: the slope is recovered up to rounding of log and the sums (1e-9 relative). */
const EXACT_FIT = tolerance(1e-9, 1e-9);

describe('fitLogLog', () => {
  test.prop([
    fc.double({ min: -3, max: 3, noNaN: true }),
    fc.double({ min: 0.1, max: 10, noNaN: true }),
  ])('recovers the exponent of an exact power law y = c·x^b', (b, c) => {
    const x = [1, 2, 4, 8, 16, 32];
    const y = x.map((t) => c * t ** b);
    const fit = fitLogLog(x, y, { seed: 1, resamples: 50 });
    expect(isClose(fit.slope, b, EXACT_FIT)).toBe(true);
    expect(fit.slopeLow).toBeLessThanOrEqual(fit.slope + 1e-9);
    expect(fit.slopeHigh).toBeGreaterThanOrEqual(fit.slope - 1e-9);
  });

  test('names the bad parameter and value', () => {
    expect(() => fitLogLog([1, 2, 3], [1, 0, 2], { seed: 1 })).toThrow(
      /y\[1\] must be finite and > 0; received 0/,
    );
    expect(() => fitLogLog([1, 2], [1, 2], { seed: 1 })).toThrow(/at least 3 points/);
  });
});
