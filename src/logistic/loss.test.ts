import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { separableData, separableInstance } from '../generators/separable.ts';
import { logUniformDouble } from '../generators/quadratic.ts';
import { isClose, MACHINE_EPSILON, tolerance } from '../numeric/tolerance.ts';
import { logLogisticLoss, logOneMinusExpNeg } from '../numeric/logspace.ts';
import { classificationData } from './dataset.ts';
import { logisticGradientDescent } from './gradientDescent.ts';
import { evaluateLoss, gradient, logLoss } from './loss.ts';

/** Naive sums in plain doubles agree to a few ulps per term when nothing under- or overflows. */
const NAIVE_AGREEMENT = tolerance(64 * MACHINE_EPSILON, 1e-300);

const smallSet = fc.record({
  points: fc.array(
    fc.tuple(
      fc.double({ min: -1, max: 1, noNaN: true }),
      fc.double({ min: -1, max: 1, noNaN: true }),
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  ),
  theta: fc.tuple(
    fc.double({ min: -20, max: 20, noNaN: true }),
    fc.double({ min: -20, max: 20, noNaN: true }),
  ),
});

describe('logistic loss in the log domain (O1)', () => {
  test.prop([smallSet])(
    'ln L, ∇L and G agree with naive sums at moderate margins',
    ({ points, theta }) => {
      const data = classificationData(
        points,
        points.map((_, i) => (i % 2 === 0 ? 1 : -1)),
      );
      const e = evaluateLoss(data, theta);
      let L = 0;
      let G = 0;
      const g = [0, 0];
      points.forEach((x, i) => {
        const y = i % 2 === 0 ? 1 : -1;
        const m = y * (x[0] * theta[0] + x[1] * theta[1]);
        L += Math.log(1 + Math.exp(-m)) / points.length;
        const w = 1 / (1 + Math.exp(m));
        G += w / points.length;
        g[0] -= (w * y * x[0]) / points.length;
        g[1] -= (w * y * x[1]) / points.length;
      });
      expect(isClose(Math.exp(e.logLoss), L, NAIVE_AGREEMENT)).toBe(true);
      expect(isClose(Math.exp(e.logG), G, NAIVE_AGREEMENT)).toBe(true);
      const grad = gradient(data, theta);
      expect(isClose(grad[0], g[0], tolerance(1e-12, 1e-15))).toBe(true);
      expect(isClose(grad[1], g[1], tolerance(1e-12, 1e-15))).toBe(true);
      expect(isClose(logLoss(data, theta), e.logLoss, tolerance(1e-15, 1e-15))).toBe(true);
    },
  );

  test.prop([logUniformDouble(1e3, 1e6)])(
    'keeps ln L and ln|ℓ′| finite at margins far past the underflow of e^(−m)',
    (m) => {
      const data = classificationData(
        [
          [1, 0],
          [0.5, 0.5],
        ],
        [1, 1],
      );
      const e = evaluateLoss(data, [m, m]);
      // both points have margin ≥ m/… : L ≈ (e^(−m) + e^(−m))/2, so ln L ≈ −m
      expect(
        Number.isFinite(e.logLoss) && Number.isFinite(e.logG) && Number.isFinite(e.logGradNorm),
      ).toBe(true);
      expect(isClose(e.logLoss, -m, tolerance(1e-12))).toBe(true);
      expect(isClose(e.logG, -m, tolerance(1e-12))).toBe(true);
      // the direction keeps the ratio of the two weights exactly: e^(−m) vs e^(−m) → (−1.5, −0.5)/2
      expect(isClose(e.direction[0] / e.direction[1], 3, tolerance(1e-12))).toBe(true);
    },
  );

  test.prop([logUniformDouble(1e-300, 1e300)])(
    'ln(1 − e^(−u)) from ln u matches the direct form',
    (u) => {
      const direct = Math.log(-Math.expm1(-u));
      // rounding ln u and exp(ln u) perturbs u by ~|ln u|·ε relatively, and ln(1 − e^(−u)) has
      // condition number ≤ 1 + u; 8·(1 + u)·(1 + |ln u|)·ε covers both evaluations
      const rtol = 8 * (1 + u) * (1 + Math.abs(Math.log(u))) * MACHINE_EPSILON;
      expect(isClose(logOneMinusExpNeg(Math.log(u)), direct, tolerance(rtol, 1e-300))).toBe(true);
    },
  );

  test('ln(1 − e^(−u)) stays exact where u underflows: ln u = −5000', () => {
    expect(logOneMinusExpNeg(-5000)).toBe(-5000);
    expect(logOneMinusExpNeg(-20)).toBeCloseTo(-20 - Math.exp(-20) / 2, 12);
  });

  test('one point, η = 10⁴: θ₁ = (η/2)·z and ln L(θ₁) = ln ℓ(η‖z‖²/2) ≈ −2500, to rounding', () => {
    const data = classificationData([[0.5, 0.5]], [1]);
    const run = logisticGradientDescent(data, { stepSize: 1e4, numSteps: 1 });
    // θ₁ = 5000·z up to the rounding of exp(ln η + ln ½): a few ulps of the margin 2500
    expect(
      isClose(run.logLosses[1], logLogisticLoss(1e4 * 0.5 * 0.5), tolerance(8 * MACHINE_EPSILON)),
    ).toBe(true);
    expect(run.logLosses[1]).toBeLessThan(-700);
  });

  test.prop(
    [separableInstance({ maxPoints: 8, maxDimension: 3 }), fc.constantFrom('constant', 'adaptive')],
    { numRuns: 4 },
  )(
    'η = 10⁴ for 10⁴ steps: every ln L is finite, and the adaptive rule reaches ln L far below ' +
      '−700',
    (instance, rule) => {
      const { data } = separableData(instance);
      const run = logisticGradientDescent(data, {
        stepSize: 1e4,
        numSteps: 1e4,
        rule,
        averaged: true,
      });
      for (const values of [run.logLosses, run.logGs, run.logGradNorms, run.averageLogLosses!]) {
        expect(values.every((v) => Number.isFinite(v))).toBe(true);
      }
      if (rule === 'adaptive') expect(run.logLosses[1e4]).toBeLessThan(-700);
      // the constant rule: ℓ(m) ≤ ln 2 + |m| and |m| ≤ ‖θ_t‖ ≤ ηt (each step moves θ by ≤ ηG ≤ η)
      if (rule === 'constant') {
        run.logLosses.forEach((v, t) =>
          expect(v).toBeLessThan(Math.log(Math.LN2 + 1e4 * t) + 1e-12),
        );
      }
    },
  );
});
