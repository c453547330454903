import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { logUniformDouble } from '../generators/quadratic.ts';
import { isClose, tolerance } from '../numeric/tolerance.ts';
import { sgdRisk } from '../risk/sgdRisk.ts';
import { sgdStabilityLimit } from '../risk/stabilityLimit.ts';
import { continuousSeesawSaving, steppedCosine } from './basePlans.ts';
import { criticalBatchSize } from './criticalBatch.ts';
import { firstCrossings } from './firstCrossings.ts';
import { applyRule, DEFAULT_RULE, SEESAW_RULE } from './schedule.ts';

/** Midpoint rule with 10⁵ cells on a smooth integrand: error ≲ 1e-10. */
const QUADRATURE = tolerance(0, 1e-8);

const spectrumArbitrary = fc
  .array(fc.tuple(logUniformDouble(0.01, 1), fc.integer({ min: 1, max: 1000 })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((groups) => ({
    eigenvalues: groups.map(([l]) => l),
    multiplicities: groups.map(([, m]) => m),
  }));

describe('schedules', () => {
  test.prop([spectrumArbitrary, fc.constantFrom(1, 2, 8, 64)])(
    'the stability limit separates bounded from growing noiseless risk (0.98× vs 1.02×)',
    (spectrum, batch) => {
      const limit = sgdStabilityLimit(spectrum, batch);
      const run = (eta: number) =>
        sgdRisk({
          spectrum,
          initialSecondMoments: spectrum.eigenvalues.map(() => 1),
          noiseVariance: 0,
          stepSizes: eta,
          batchSizes: batch,
          numSteps: 4000,
        });
      const below = run(0.98 * limit);
      const above = run(1.02 * limit);
      expect(below.risk[4000]).toBeLessThan(below.risk[0]);
      expect(above.risk[4000] > above.risk[3000]).toBe(true);
    },
  );

  test.prop([spectrumArbitrary, fc.double({ min: 0.05, max: 0.9, noNaN: true })])(
    'firstCrossings (chunked, with the stationary certificate) equals a plain scan',
    (spectrum, fraction) => {
      const problem = {
        spectrum,
        initialSecondMoments: spectrum.eigenvalues.map(() => 1),
        noiseVariance: 0.05,
      };
      const eta = fraction * sgdStabilityLimit(spectrum, 4);
      const R0 = spectrum.eigenvalues.reduce((s, l, g) => s + spectrum.multiplicities[g] * l, 0);
      const targets = [0.5 * R0, 0.1 * R0, 1e-3 * R0];
      const run = sgdRisk({ ...problem, stepSizes: eta, batchSizes: 4, numSteps: 3000 });
      const plain = targets.map((x) => {
        const t = run.risk.findIndex((r) => r <= x);
        return t < 0 ? Infinity : t;
      });
      expect(firstCrossings(problem, eta, 4, targets, 3000)).toEqual(plain);
    },
  );

  test.prop([
    fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 2, maxLength: 6 }),
    fc.double({ min: 1.05, max: 4, noNaN: true }),
  ])(
    'Seesaw keeps α√β = α at every milestone and spends the plan’s samples to half a batch',
    (phaseSamples, alpha) => {
      const plan = {
        baseStepSize: 1,
        baseBatchSize: 2,
        phaseSamples,
        decay: Array(phaseSamples.length - 1).fill(alpha),
      };
      const base = applyRule(plan, DEFAULT_RULE);
      const seesaw = applyRule(plan, SEESAW_RULE);
      const total = phaseSamples.reduce((s, x) => s + x, 0);
      seesaw.phases.forEach((p, k) => {
        const conserved = (1 / p.stepSize) * Math.sqrt(p.batchSize / 2);
        expect(isClose(conserved, alpha ** k, tolerance(1e-12))).toBe(true);
        expect(base.phases[k].batchSize).toBe(2);
      });
      expect(Math.abs(seesaw.samples - total)).toBeLessThanOrEqual(
        seesaw.phases.at(-1)!.batchSize / 2,
      );
      expect(Math.abs(base.samples - total)).toBeLessThanOrEqual(1);
    },
  );

  test.prop([fc.double({ min: 0, max: 0.5, noNaN: true }), fc.constantFrom('standard', 'quarter')])(
    'the continuous Seesaw saving matches a midpoint quadrature of 1 − ∫max(floor, η(s)/η₀)',
    (floor, shape) => {
      const cells = 100_000;
      let integral = 0;
      for (let i = 0; i < cells; i++) {
        const s = (i + 0.5) / cells;
        const eta =
          shape === 'standard' ? (1 + Math.cos(Math.PI * s)) / 2 : Math.cos((Math.PI * s) / 2);
        integral += Math.max(floor, eta) / cells;
      }
      expect(isClose(continuousSeesawSaving(floor, shape), 1 - integral, QUADRATURE)).toBe(true);
    },
  );

  test('a finely stepped cosine approaches its continuous saving', () => {
    const plan = steppedCosine({
      baseStepSize: 1,
      baseBatchSize: 1,
      samples: 1e7,
      factor: 1.005,
      floor: 0.01,
    });
    const saving =
      1 - applyRule(plan, SEESAW_RULE).serialSteps / applyRule(plan, DEFAULT_RULE).serialSteps;
    expect(Math.abs(saving - continuousSeesawSaving(0.01))).toBeLessThan(0.003);
  });

  test('CBS is the first batch missing linear scaling by 20 %', () => {
    const grid = [1, 2, 4, 8, 16];
    expect(criticalBatchSize(grid, [100, 50, 25, 13, 10])).toBe(16);
    expect(criticalBatchSize(grid, [100, 50, 30, 20, 10])).toBe(4);
    expect(criticalBatchSize(grid, [100, 50, 25, 12, 6])).toBe(Infinity);
  });
});
