import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { nonSeparableData, nonSeparableInstance } from '../generators/nonSeparable.ts';
import { logUniformDouble } from '../generators/quadratic.ts';
import { isClose, tolerance } from '../numeric/tolerance.ts';
import { sigmoid } from '../numeric/logspace.ts';
import { gradientBound, transitionBound } from './phases.ts';
import { regularizedMinimum } from './regularized.ts';
import { scalarRegularized } from './scalarRegularized.ts';

describe('phase quantities', () => {
  test.prop(
    [fc.integer({ min: 1, max: 64 }), logUniformDouble(0.05, 0.5), logUniformDouble(0.1, 1e3)],
    { numRuns: 50 },
  )(
    't* is the first t meeting its two conditions (checked against a plain scan)',
    (n, gamma, eta) => {
      const tStar = transitionBound(n, gamma, eta, 2e5);
      if (!Number.isFinite(tStar)) return;
      const target = Math.min(Math.LN2 / (2 * n), 1 / (4 * eta));
      const holds = (t: number) =>
        gamma * gamma * eta * t >= 1 && gradientBound(gamma, eta, t) <= target;
      let first = 1;
      while (!holds(first)) first++;
      expect(first).toBe(tStar);
    },
  );
});

describe('one-point regularized problem', () => {
  test.prop([logUniformDouble(1e-8, 1)])(
    'w* solves σ(−w) = λw to rounding, and η_loc = 2/F″(w*)',
    (lambda) => {
      const { wStar, curvature, localThreshold } = scalarRegularized(lambda);
      expect(isClose(sigmoid(-wStar), lambda * wStar, tolerance(1e-13, 1e-300))).toBe(true);
      expect(isClose(curvature, sigmoid(wStar) * sigmoid(-wStar) + lambda, tolerance(1e-15))).toBe(
        true,
      );
      expect(localThreshold).toBe(2 / curvature);
    },
  );
});

describe('non-separable data', () => {
  test.prop([nonSeparableInstance()], { numRuns: 20 })(
    'has a finite minimiser that Newton finds (‖∇L‖ ≤ 1e-12)',
    (instance) => {
      const data = nonSeparableData(instance);
      expect(data.maxNorm).toBeLessThanOrEqual(1);
      const min = regularizedMinimum(data, 0);
      expect(min.gradNorm).toBeLessThan(1e-12);
      expect(Math.hypot(...min.thetaStar)).toBeLessThan(1e3);
    },
  );
});
