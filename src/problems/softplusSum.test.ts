import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { softplusInstance } from '../generators/smoothConvex.ts';
import { symmetricEigen } from '../linalg/eigen.ts';
import { createRng } from '../random/rng.ts';
import { isBelow, isClose, MACHINE_EPSILON, tolerance } from '../numeric/tolerance.ts';
import { sigmoid } from '../numeric/logspace.ts';
import { softplusSum } from './softplusSum.ts';

/** Central differences with step h have error ≈ h²·f‴/6 + ε·|f|/h; h = 1e-5 gives ≈ 1e-9. */
const FINITE_DIFFERENCE = tolerance(1e-6, 1e-6);
/** Hessian eigenvalues vs L and μ: symmetricEigen on d ≤ 4 is accurate to ≈ 1e3·ε·L absolute. */
const eigenRounding = (L: number) => tolerance(0, 1e3 * MACHINE_EPSILON * L);

describe('softplusSum', () => {
  test.prop([softplusInstance(4, false), fc.integer({ min: 0, max: 1000 })])(
    'the gradient matches central differences of the value',
    (spec, seed) => {
      const f = softplusSum(spec);
      const rng = createRng(seed);
      const x = Float64Array.from({ length: f.dimension }, () => rng.uniformIn(-3, 3));
      const g = f.gradient(x, new Float64Array(f.dimension));
      const h = 1e-5;
      for (let j = 0; j < f.dimension; j++) {
        const xp = Float64Array.from(x);
        const xm = Float64Array.from(x);
        xp[j] += h;
        xm[j] -= h;
        const fd = (f.value(xp) - f.value(xm)) / (2 * h);
        expect(isClose(g[j], fd, FINITE_DIFFERENCE)).toBe(true);
      }
    },
  );

  test.prop([softplusInstance(4, false), fc.integer({ min: 0, max: 1000 })])(
    'L = λ_max(AᵀA)/(4m) + μ bounds the Hessian everywhere (λ_max(∇²f(x)) ≤ L)',
    (spec, seed) => {
      const f = softplusSum(spec);
      const rng = createRng(seed);
      const x = Float64Array.from({ length: f.dimension }, () => rng.uniformIn(-5, 5));
      const { values } = symmetricEigen(f.hessian(x));
      const tol = eigenRounding(f.smoothness);
      expect(isBelow(values[f.dimension - 1], f.smoothness, tol)).toBe(true);
      expect(isBelow(f.strongConvexity, values[0], tol)).toBe(true);
    },
  );

  test.prop([softplusInstance(4, true)])(
    'the computed minimiser is accurate: ‖∇f(x̂)‖ ≤ 1e-12·(1 + ‖∇f(0)‖), certified error ≤ 1e-10',
    (spec) => {
      const f = softplusSum(spec);
      const g = f.gradient(f.minimizer, new Float64Array(f.dimension));
      const g0 = f.gradient(new Float64Array(f.dimension), new Float64Array(f.dimension));
      expect(Math.hypot(...g)).toBeLessThanOrEqual(1e-12 * (1 + Math.hypot(...g0)));
      expect(f.minimizerErrorBound).toBeLessThanOrEqual(1e-10);
      expect(f.minimumErrorBound).toBeLessThanOrEqual(1e-20);
    },
  );

  test.prop([
    fc.double({ min: -3, max: 3, noNaN: true }),
    fc.double({ min: -5, max: 5, noNaN: true }),
    fc.double({ min: 1e-3, max: 1, noNaN: true }),
  ])('Newton agrees with bisection on σ(ax − b)·a + μx = 0 in one dimension', (a, b, mu) => {
    const f = softplusSum({ rows: [[a]], offsets: [b], ridge: mu, mirrored: false });
    const phi = (x: number) => sigmoid(a * x - b) * a + mu * x;
    // |σ·a| ≤ 3 < μ·|x| beyond ±3/μ: the root lies within ±(3/μ + 1)
    let lo = -3 / mu - 1;
    let hi = 3 / mu + 1;
    for (let k = 0; k < 200; k++) {
      const mid = (lo + hi) / 2;
      if (phi(mid) > 0) hi = mid;
      else lo = mid;
    }
    // bisection's root is within rounding of φ's zero; φ′ ≥ μ converts it to x-error ≤ ε·(3+…)/μ
    expect(
      isClose(f.minimizer[0], (lo + hi) / 2, tolerance(1e-12, (1e-13 * (4 + Math.abs(lo))) / mu)),
    ).toBe(true);
  });

  test.prop([softplusInstance(4, false).filter((s) => s.mirrored)])(
    'mirrored sums have ∇f(0) = 0 exactly and f* = mean softplus(−bᵢ)',
    (spec) => {
      const f = softplusSum(spec);
      const g = f.gradient(new Float64Array(f.dimension), new Float64Array(f.dimension));
      expect(Math.hypot(...g)).toBeLessThanOrEqual(1e-15);
      const expected =
        spec.offsets.reduce((s, b) => s + Math.log1p(Math.exp(-b)), 0) / spec.offsets.length;
      expect(isClose(f.minimum, expected, tolerance(16 * MACHINE_EPSILON))).toBe(true);
    },
  );

  test('names the bad parameter and value', () => {
    expect(() => softplusSum({ rows: [[1]], offsets: [0], ridge: 0, mirrored: false })).toThrow(
      /ridge must be > 0 unless mirrored; received 0/,
    );
  });
});
