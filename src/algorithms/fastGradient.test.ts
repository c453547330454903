import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { materializeSmoothConvex, smoothConvexInstance } from '../generators/smoothConvex.ts';
import { isClose, MACHINE_EPSILON, tolerance } from '../numeric/tolerance.ts';
import { quadratic } from '../problems/quadratic.ts';
import { convexMomentum, fastGradientMethod, stronglyConvexMomentum } from './fastGradient.ts';

/**
 * The two forms differ only in rounding, which FGM does not amplify much over ≤ 30 steps on
 * L-smooth functions: 1e-9 relative to the largest iterate is far above it and far below a real
 * discrepancy (a wrong momentum changes iterates at order 1e-2).
 */
const FORMS_AGREE = 1e-9;

describe('fastGradientMethod', () => {
  test.prop([
    smoothConvexInstance({ maxDimension: 3, maxDesignSteps: 20 }),
    fc.integer({ min: 1, max: 30 }),
  ])(
    'the momentum form agrees with the three-sequence form (θ_t = 2/(t+2), z-step (t+1)/(2L))',
    (instance, numSteps) => {
      const { f, x0, L } = materializeSmoothConvex(instance);
      const run = fastGradientMethod(f, { numSteps, x0, variant: 'convex', keepIterates: true });

      // y_t = (1 − θ_t)x_t + θ_t z_t,  x_{t+1} = y_t − ∇f(y_t)/L,  z_{t+1} = z_t − ∇f(y_t)/(Lθ_t)
      const d = f.dimension;
      let x = Float64Array.from(x0);
      const z = Float64Array.from(x0);
      const g = new Float64Array(d);
      let scale = Math.max(1e-300, ...Array.from(x0, Math.abs));
      for (let t = 0; t < numSteps; t++) {
        const theta = 2 / (t + 2);
        const y = x.map((xi, i) => (1 - theta) * xi + theta * z[i]);
        f.gradient(y, g);
        x = y.map((yi, i) => yi - g[i] / L);
        for (let i = 0; i < d; i++) z[i] -= g[i] / (L * theta);
        scale = Math.max(scale, ...Array.from(x, Math.abs));
        const other = run.iterates![t + 1];
        for (let i = 0; i < d; i++)
          expect(Math.abs(other[i] - x[i])).toBeLessThanOrEqual(FORMS_AGREE * scale);
      }
    },
  );

  test.prop([fc.integer({ min: 1, max: 200 })])(
    'β_t = (t − 1)/(t + 2), starting at β_1 = 0',
    (numSteps) => {
      const f = quadratic({ spectrum: [1, 0.5], basisSeed: null });
      const run = fastGradientMethod(f, { numSteps, x0: [1, 1], variant: 'convex' });
      run.momenta.forEach((beta, k) => expect(beta).toBe(convexMomentum(k + 1)));
      expect(run.momenta[0]).toBe(0);
    },
  );

  test.prop([
    fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
    fc.double({ min: -10, max: 10, noNaN: true }),
  ])('with μ = L on a 1-D quadratic of curvature L, one step lands on x* (β = 0)', (L, start) => {
    const f = quadratic({ spectrum: [L], basisSeed: null });
    const run = fastGradientMethod(f, { numSteps: 3, x0: [start], variant: 'strongly-convex' });
    expect(stronglyConvexMomentum(L, L)).toBe(0);
    expect(isClose(run.values[1], 0, tolerance(0, 4 * MACHINE_EPSILON * L * start * start))).toBe(
      true,
    );
  });

  test('names the bad parameter and value', () => {
    const f = quadratic({ spectrum: [1, 0], basisSeed: null });
    expect(() =>
      fastGradientMethod(f, { numSteps: 2, x0: [1, 1], variant: 'strongly-convex' }),
    ).toThrow(/strongConvexity must be in \(0, L\] for the strongly convex variant; received 0/);
    expect(() => fastGradientMethod(f, { numSteps: -1, x0: [1, 1], variant: 'convex' })).toThrow(
      /numSteps must be/,
    );
  });
});
