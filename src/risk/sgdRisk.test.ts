/**
 * O4 against the real algorithm and against closed forms.
 *
 * Monte-Carlo test. For each generated instance (d ≤ 5 coordinates, one eigenvalue repeated so the
 * collapse is exercised, a random per-step schedule of η_t and B_t ∈ {1, 2, 4}, σ ∈ {0, 0.7}),
 * RUNS independent seeded runs of miniBatchSgd give sample means of risk(θ_t) at two times, of
 * risk(θ̄_T) and of ‖g_t‖² at the first and last step: five comparisons per instance, each
 * passing when |mean − exact| ≤ Z·SE (SE the sample standard error). False alarms: under the
 * normal approximation to a mean of RUNS = 3000 draws, P(|Z| > 4.5) = 6.8e-6 per comparison,
 * so at most 5·INSTANCES·6.8e-6 ≈ 2e-4 for the whole test; the fast-check seed is fixed, so
 * the outcome is in fact the same on every run.
 */
import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { miniBatchSgd } from '../algorithms/miniBatchSgd.ts';
import { createRng } from '../random/rng.ts';
import { isClose, tolerance } from '../numeric/tolerance.ts';
import { logUniformDouble, seedArbitrary } from '../generators/quadratic.ts';
import { collapseSpectrum } from './collapsedSpectrum.ts';
import { sgdRisk } from './sgdRisk.ts';

const RUNS = 3000;
const INSTANCES = 4;
const Z = 4.5;
const NUM_STEPS = 16;
/** Recursions of ≤ 10³ steps add ≤ 10³·(a few ε) relative rounding: 1e-10 is far above it. */
const ROUNDING = tolerance(1e-10, 1e-300);

const instanceArbitrary = fc.record({
  eigenvalues: fc.array(logUniformDouble(0.05, 1), { minLength: 1, maxLength: 4 }),
  initialError: fc.array(fc.double({ min: 0.1, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
  noiseStd: fc.constantFrom(0, 0.7),
  stepFractions: fc.array(fc.double({ min: 0.05, max: 0.6, noNaN: true }), {
    minLength: NUM_STEPS,
    maxLength: NUM_STEPS,
  }),
  batchSizes: fc.array(fc.constantFrom(1, 2, 4), { minLength: NUM_STEPS, maxLength: NUM_STEPS }),
  seed: seedArbitrary,
});

function meanAndSe(values: number[]): { mean: number; se: number } {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  return { mean, se: Math.sqrt(variance / n) };
}

describe('sgdRisk (O4)', () => {
  test.prop([instanceArbitrary], { numRuns: INSTANCES, seed: 4 })(
    'agrees with seeded Monte-Carlo runs of mini-batch SGD within Z = 4.5 standard errors',
    (instance) => {
      // full coordinates, the first eigenvalue repeated; stepsizes well inside stability
      const eigenvalues = [instance.eigenvalues[0], ...instance.eigenvalues];
      const e0 = instance.initialError.slice(0, eigenvalues.length);
      const trace = eigenvalues.reduce((s, l) => s + l, 0);
      const stepSizes = instance.stepFractions.map((f, t) => f / (Math.max(...eigenvalues) + trace / instance.batchSizes[t]));
      const averageFrom = NUM_STEPS / 2;

      const start = collapseSpectrum(eigenvalues, e0.map((e) => e * e));
      const exact = sgdRisk({ ...start, noiseVariance: instance.noiseStd ** 2, stepSizes, batchSizes: instance.batchSizes, averageFrom });

      const samples: number[][] = [[], [], [], [], []];
      const rng = createRng(instance.seed);
      for (let r = 0; r < RUNS; r++) {
        const run = miniBatchSgd({ eigenvalues, initialError: e0, noiseStd: instance.noiseStd, stepSizes, batchSizes: instance.batchSizes, rng: rng.fork(r), averageFrom });
        samples[0].push(run.risk[NUM_STEPS / 2]);
        samples[1].push(run.risk[NUM_STEPS]);
        samples[2].push(run.averagedRisk![NUM_STEPS]);
        samples[3].push(run.gradNormSq[0]);
        samples[4].push(run.gradNormSq[NUM_STEPS - 1]);
      }
      const expected = [
        exact.risk[NUM_STEPS / 2],
        exact.risk[NUM_STEPS],
        exact.averagedRisk![NUM_STEPS],
        exact.gradNormSq[0],
        exact.gradNormSq[NUM_STEPS - 1],
      ];
      expected.forEach((value, k) => {
        const { mean, se } = meanAndSe(samples[k]);
        expect(Math.abs(mean - value), `comparison ${k}: MC ${mean} ± ${se}, exact ${value}`).toBeLessThanOrEqual(Z * se + 1e-12 * value + 1e-300);
      });
    },
  );

  test.prop([fc.array(logUniformDouble(0.01, 2), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 5 })])(
    'collapsing repeated eigenvalues changes nothing (risk, averaged risk, ‖g‖²)',
    (distinct, copies) => {
      const eigenvalues = distinct.flatMap((l) => Array(copies).fill(l));
      const moments = eigenvalues.map((_, i) => 0.1 + (i % 3));
      const schedule = { noiseVariance: 0.3, stepSizes: 0.1 / (2 + eigenvalues.length), batchSizes: 2, numSteps: 40, averageFrom: 5 };
      const collapsed = sgdRisk({ ...collapseSpectrum(eigenvalues, moments), ...schedule });
      const full = sgdRisk({ spectrum: { eigenvalues, multiplicities: eigenvalues.map(() => 1) }, initialSecondMoments: moments, ...schedule });
      for (let t = 0; t <= 40; t++) {
        expect(isClose(collapsed.risk[t], full.risk[t], ROUNDING)).toBe(true);
        if (t >= 5) expect(isClose(collapsed.averagedRisk![t], full.averagedRisk![t], ROUNDING)).toBe(true);
        if (t < 40) expect(isClose(collapsed.gradNormSq[t], full.gradNormSq[t], ROUNDING)).toBe(true);
      }
    },
  );

  test.prop([fc.array(fc.tuple(logUniformDouble(0.01, 1), fc.double({ min: -2, max: 2, noNaN: true })), { minLength: 1, maxLength: 5 }), fc.double({ min: 0.1, max: 1.9, noNaN: true })])(
    'B = ∞, σ = 0 is gradient descent: risk Σλe₀²(1−ηλ)^(2t), averaged Σλe₀²(mean_s (1−ηλ)^s)²',
    (coords, etaTimesL) => {
      const eigenvalues = coords.map(([l]) => l);
      const e0 = coords.map(([, e]) => e);
      const eta = etaTimesL / Math.max(...eigenvalues);
      const result = sgdRisk({ spectrum: { eigenvalues, multiplicities: eigenvalues.map(() => 1) }, initialSecondMoments: e0.map((e) => e * e), noiseVariance: 0, stepSizes: eta, batchSizes: Infinity, numSteps: 30, averageFrom: 3 });
      for (const t of [0, 7, 30]) {
        const gd = eigenvalues.reduce((s, l, i) => s + l * e0[i] ** 2 * (1 - eta * l) ** (2 * t), 0);
        expect(isClose(result.risk[t], gd, ROUNDING)).toBe(true);
      }
      const meanPower = (l: number) => {
        let s = 0;
        for (let u = 3; u <= 30; u++) s += (1 - eta * l) ** u;
        return s / 28;
      };
      const averaged = eigenvalues.reduce((s, l, i) => s + l * e0[i] ** 2 * meanPower(l) ** 2, 0);
      expect(isClose(result.averagedRisk![30], averaged, ROUNDING)).toBe(true);
    },
  );

  test('normalized SGD steps by η/√(E‖g‖²), and averaging one iterate is the last iterate', () => {
    const spectrum = { eigenvalues: [1, 0.1], multiplicities: [1, 1000] };
    const r = sgdRisk({ spectrum, initialSecondMoments: [1, 0.01], noiseVariance: 0.5, stepSizes: 0.05, batchSizes: 8, numSteps: 20, normalized: true, averageFrom: 20 });
    for (let t = 0; t < 20; t++) {
      expect(isClose(r.effectiveStepSizes[t], 0.05 / Math.sqrt(r.gradNormSq[t]), ROUNDING)).toBe(true);
      expect(isClose(r.noiseRatio[t], r.noiseTerm[t] / r.meanTerm[t], ROUNDING)).toBe(true);
    }
    expect(r.averagedRisk![20]).toBe(r.risk[20]);
  });

  test('reports divergence and names bad inputs', () => {
    const spectrum = { eigenvalues: [1], multiplicities: [1] };
    const r = sgdRisk({ spectrum, initialSecondMoments: [1], noiseVariance: 0, stepSizes: 3, batchSizes: 1, numSteps: 2000 });
    expect(r.divergedAt).not.toBeNull();
    expect(r.risk[2000]).toBe(Infinity);
    expect(() => sgdRisk({ spectrum, initialSecondMoments: [1], noiseVariance: 0, stepSizes: [0.1], batchSizes: 0.5 })).toThrow(/batchSizes\[0\] must be ≥ 1/);
    expect(() => sgdRisk({ spectrum, initialSecondMoments: [-1], noiseVariance: 0, stepSizes: 0.1, batchSizes: 1, numSteps: 1 })).toThrow(/initialSecondMoments\[0\]/);
  });
});
