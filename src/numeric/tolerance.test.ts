import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { isAbove, isBelow, isClose, tolerance } from './tolerance.ts';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });

describe('tolerance', () => {
  test.prop([finite, fc.double({ min: 0, max: 1, noNaN: true })])(
    'isClose is reflexive for every tolerance',
    (x, r) => {
      expect(isClose(x, x, tolerance(r))).toBe(true);
    },
  );

  test.prop([finite])('never passes a NaN or an infinity, whatever the tolerance', (x) => {
    const loose = tolerance(1e300, 1e300);
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(isClose(bad, x, loose)).toBe(false);
      expect(isClose(x, bad, loose)).toBe(false);
      expect(isBelow(bad, x, loose)).toBe(false);
      expect(isBelow(x, bad, loose)).toBe(false);
    }
  });

  test('one-sided bounds allow excess only up to atol + rtol·|rhs|', () => {
    const tol = tolerance(0.1, 0.01);
    expect(isBelow(1.1, 1, tol)).toBe(true);
    expect(isBelow(1.12, 1, tol)).toBe(false);
    expect(isBelow(-5, 1, tol)).toBe(true);
    expect(isAbove(0.9, 1, tol)).toBe(true);
    expect(isAbove(0.88, 1, tol)).toBe(false);
  });

  test('rejects invalid tolerances with the value in the message', () => {
    expect(() => tolerance(-1)).toThrow(/rtol must be a finite number ≥ 0; received -1/);
    expect(() => tolerance(0, NaN)).toThrow(/atol must be a finite number ≥ 0; received NaN/);
  });
});
