import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { separableData, separableInstance } from '../generators/separable.ts';
import { logUniformDouble } from '../generators/quadratic.ts';
import { isBelow, isClose, tolerance } from '../numeric/tolerance.ts';
import { hessian, directionalCurvature, hessianNormBound, sharpness } from './hessian.ts';
import { maxMargin } from './maxMargin.ts';
import {
  evaluateRegularized,
  regularizedGradientDescent,
  regularizedMinimum,
} from './regularized.ts';
import { loadToyData } from './toyData.ts';

/** Eigen- and matrix-product rounding at d ≤ 16 with entries ≤ 1: far below 1e-12. */
const LINALG = tolerance(1e-12, 1e-15);

describe('separable data with a certified margin (O2)', () => {
  test.prop([separableInstance()], { numRuns: 30 })(
    'has ‖x_i‖ ≤ 1, margins ≥ γ₀ along θ*, and γ₀ ≤ the max-margin',
    (instance) => {
      const { data, thetaStar, gamma } = separableData(instance);
      expect(data.maxNorm).toBeLessThanOrEqual(1);
      expect(gamma).toBeLessThanOrEqual(instance.gamma0);
      for (let i = 0; i < data.n; i++) {
        let s = 0;
        for (let j = 0; j < data.d; j++) s += data.Z.data[i * data.d + j] * thetaStar[j];
        expect(s).toBeGreaterThanOrEqual(gamma);
      }
      const mm = maxMargin(data);
      expect(mm.lower).toBeLessThanOrEqual(mm.upper * (1 + 1e-12));
      expect(isBelow(gamma, mm.upper, tolerance(1e-12))).toBe(true);
    },
  );

  test('the toy set of Wu et al. loads with max-margin 0.2 along e₂', () => {
    const toy = loadToyData();
    expect(toy.data.n).toBe(4);
    const mm = maxMargin(toy.data);
    expect(isClose(mm.upper, toy.maxMargin, tolerance(1e-9))).toBe(true);
    expect(isClose(mm.lower, toy.maxMargin, tolerance(1e-9))).toBe(true);
  });
});

describe('curvature of the logistic risk', () => {
  test.prop([separableInstance({ maxPoints: 12, maxDimension: 5 })], { numRuns: 30 })(
    'at θ = 0 the Hessian is XᵀX/(4n); vᵀHv/‖v‖² ≤ λ_max ≤ the trace bound',
    (instance) => {
      const { data } = separableData(instance);
      const H = hessian(data, new Float64Array(data.d));
      const { n, d, Z } = data;
      for (let a = 0; a < d; a++) {
        for (let b = 0; b < d; b++) {
          let s = 0;
          for (let i = 0; i < n; i++) s += Z.data[i * d + a] * Z.data[i * d + b];
          expect(isClose(H.data[a * d + b], s / (4 * n), LINALG)).toBe(true);
        }
      }
      const theta = Float64Array.from({ length: d }, (_, j) => (j % 3) - 1);
      const top = sharpness(data, theta);
      const v = Float64Array.from({ length: d }, (_, j) => 1 + j);
      expect(isBelow(directionalCurvature(data, theta, v), top, LINALG)).toBe(true);
      expect(isBelow(top, hessianNormBound(data, theta), LINALG)).toBe(true);
    },
  );
});

describe('regularized logistic regression', () => {
  test.prop([separableInstance({ maxPoints: 10, maxDimension: 4 }), logUniformDouble(1e-4, 1e-1)], {
    numRuns: 20,
  })(
    'Newton reaches ‖∇F‖ ≤ 1e-12, and long GD at η = 1 approaches the same F*',
    (instance, lambda) => {
      const { data } = separableData(instance);
      const min = regularizedMinimum(data, lambda);
      expect(min.gradNorm).toBeLessThan(1e-12);
      const gd = regularizedGradientDescent(data, { stepSize: 1, lambda, numSteps: 200 });
      const last = gd.values[gd.values.length - 1];
      expect(last).toBeGreaterThanOrEqual(min.value - 1e-15);
      expect(evaluateRegularized(data, min.thetaStar, lambda).value).toBe(min.value);
    },
  );
});
