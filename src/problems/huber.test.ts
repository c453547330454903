import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { gradientDescent } from '../algorithms/gradientDescent.ts';
import { logUniformDouble } from '../generators/quadratic.ts';
import { isClose, MACHINE_EPSILON, tolerance } from '../numeric/tolerance.ts';
import { huber, huberWorstCase } from './huber.ts';

/**
 * GD from R moves by exactly δ per step up to rounding: x_N carries about N·ε·R of error and the
 * final value Lδx_N − Lδ²/2 loses at most a factor 2 to cancellation (x_N ≥ δ), so
 * 8·(N + 2)·ε relative covers it.
 */
const attainment = (numSteps: number) => tolerance(8 * (numSteps + 2) * MACHINE_EPSILON);

describe('huber', () => {
  test.prop([
    logUniformDouble(1e-2, 1e2),
    logUniformDouble(1e-2, 1e2),
    fc.integer({ min: 0, max: 300 }),
  ])(
    'GD with η = 1/L from x₀ = R ends at exactly LR²/(4N + 2) on huberWorstCase(L, R, N)',
    (L, R, N) => {
      const f = huberWorstCase(L, R, N);
      const run = gradientDescent(f, { stepSize: 1 / L, numSteps: N, x0: [R] });
      expect(isClose(run.values[N], (L * R * R) / (4 * N + 2), attainment(N))).toBe(true);
    },
  );

  test.prop([
    logUniformDouble(1e-2, 1e2),
    logUniformDouble(1e-2, 1e2),
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.double({ min: -10, max: 10, noNaN: true }),
  ])('f′ is L-Lipschitz and monotone (convex, L-smooth), and f is C¹ at ±δ', (L, delta, x, y) => {
    const f = huber({ smoothness: L, threshold: delta });
    const gx = f.gradient(Float64Array.of(x), new Float64Array(1))[0];
    const gy = f.gradient(Float64Array.of(y), new Float64Array(1))[0];
    expect(Math.abs(gx - gy)).toBeLessThanOrEqual(L * Math.abs(x - y) * (1 + 4 * MACHINE_EPSILON));
    expect((gx - gy) * (x - y)).toBeGreaterThanOrEqual(0);
    const below = f.value(Float64Array.of(delta * (1 - 1e-12)));
    const at = f.value(Float64Array.of(delta));
    expect(isClose(below, at, tolerance(1e-11))).toBe(true);
  });

  test('names the bad parameter and value', () => {
    expect(() => huber({ smoothness: 0, threshold: 1 })).toThrow(
      /smoothness must be finite and > 0; received 0/,
    );
    expect(() => huberWorstCase(1, 1, 1.5)).toThrow(
      /numSteps must be an integer ≥ 0; received 1.5/,
    );
  });
});
