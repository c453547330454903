/**
 * Instances and tuned risks shared by linreg/gd-dominates-sgd-fast-decay and linreg/sgd-vs-ridge
 * and by their calibration script (bench/calibrate-sgd-comparisons.ts).
 *
 * Tuned online SGD (exact O4, batch 1, θ₀ = 0) is the best of three read-outs, each tuned over the
 * stepsize grid of src/linreg/onlineSgd.ts: constant-stepsize last iterate, constant-stepsize
 * average, step-decay last iterate. Tuned GD and ridge are the design-averaged tuned risks of
 * src/linreg/expectedTuned.ts (O3, K designs, 16 grid points per decade).
 */
import * as fc from 'fast-check';
import { linregInstance, powerExponent, thetaSpec } from '../../src/generators/linreg.ts';
import { logUniformDouble, seedArbitrary } from '../../src/generators/quadratic.ts';
import type { LinregInstance } from '../../src/linreg/instance.ts';
import { materializeLinreg } from '../../src/linreg/instance.ts';
import { expectedTuned } from '../../src/linreg/expectedTuned.ts';
import { tunedOnlineSgd } from '../../src/linreg/onlineSgd.ts';

export const TUNING_DESIGNS = 4;

export interface ComparisonInstance {
  readonly problem: LinregInstance;
  readonly seed: number;
}

/** power laws with a ≥ 1.5 (fast, continuous decay: the capacity condition), d = 2n */
export const fastDecayArbitrary: fc.Arbitrary<ComparisonInstance> = fc
  .record({
    exponent: powerExponent.filter((a) => a >= 1.5),
    theta: thetaSpec,
    signal: logUniformDouble(0.1, 10),
    noiseVariance: logUniformDouble(0.01, 1),
    sampleSize: fc.integer({ min: 10, max: 60 }),
    seed: seedArbitrary,
  })
  .map(({ exponent, theta, signal, noiseVariance, sampleSize, seed }) => ({
    problem: {
      spectrum: { kind: 'power' as const, exponent, dimension: 2 * sampleSize },
      theta,
      signal,
      noiseVariance,
      sampleSize,
    },
    seed,
  }));

/**
 * power laws λ_i = i^(−a), a ∈ [1.5, 3], d = 2N, N ∈ [4, 40] (ridge's sample size), in the talk's
 * normalisation σ² = 1, ‖θ*‖_Σ ∈ [0.1, 1]
 */
export const sgdVsRidgeArbitrary: fc.Arbitrary<ComparisonInstance> = fc
  .record({
    exponent: powerExponent.filter((a) => a >= 1.5),
    theta: thetaSpec,
    signal: logUniformDouble(0.1, 1),
    sampleSize: fc.integer({ min: 4, max: 40 }),
    seed: seedArbitrary,
  })
  .map(({ exponent, theta, signal, sampleSize, seed }) => ({
    problem: {
      spectrum: { kind: 'power' as const, exponent, dimension: 2 * sampleSize },
      theta,
      signal,
      noiseVariance: 1,
      sampleSize,
    },
    seed,
  }));

/**
 * d = 2, Σ = diag(1, 1/(N ln N)), θ* with equal Σ-mass on both directions, σ² = 1, ‖θ*‖_Σ = 1:
 * a direction that N samples resolve (OLS) but N⌈ln N⌉ SGD steps cannot reach
 */
export const tinyDirectionArbitrary: fc.Arbitrary<ComparisonInstance> = fc
  .record({ sampleSize: fc.constantFrom(40, 80, 160), seed: fc.integer({ min: 0, max: 9 }) })
  .map(({ sampleSize, seed }) => ({
    problem: {
      spectrum: {
        kind: 'spiked' as const,
        spikes: [],
        level: 1 / (sampleSize * Math.log(sampleSize)),
        dimension: 2,
      },
      theta: { kind: 'source' as const, exponent: 0, seed: 0 },
      signal: 1,
      noiseVariance: 1,
      sampleSize,
    },
    seed,
  }));

/** the same with a high signal-to-noise ratio: σ² = 0.01, ‖θ*‖_Σ ∈ [10, 100] */
export const highSnrArbitrary: fc.Arbitrary<ComparisonInstance> = fc.record({
  problem: fc
    .record({
      base: linregInstance({
        minDimension: 2,
        maxDimension: 30,
        minSampleSize: 4,
        maxSampleSize: 20,
      }),
      signal: fc.integer({ min: 1, max: 10 }).map((k) => 10 * k),
    })
    .map(({ base, signal }) => ({ ...base, signal, noiseVariance: 0.01 })),
  seed: seedArbitrary,
});

export function tunedSgdRisk(
  problem: ReturnType<typeof materializeLinreg>,
  numSteps: number,
): number {
  return Math.min(
    tunedOnlineSgd(problem, numSteps, 'constant', false).risk,
    tunedOnlineSgd(problem, numSteps, 'constant', true).risk,
    tunedOnlineSgd(problem, numSteps, 'step-decay', false).risk,
  );
}

/** tuned GD and tuned online SGD, both with n samples */
export function gdAgainstSgd(instance: ComparisonInstance) {
  const problem = materializeLinreg(instance.problem);
  const n = instance.problem.sampleSize;
  const tuned = expectedTuned(problem, n, TUNING_DESIGNS, instance.seed);
  const sgd = tunedSgdRisk(problem, n);
  return { gd: tuned.gdRisk, ridge: tuned.ridgeRisk, sgd, ratio: tuned.gdRisk / sgd };
}

/** tuned SGD with N·⌈ln N⌉ samples against tuned ridge with N samples */
export function sgdAgainstRidge(instance: ComparisonInstance) {
  const problem = materializeLinreg(instance.problem);
  const N = instance.problem.sampleSize;
  const steps = N * Math.max(1, Math.ceil(Math.log(N)));
  const ridge = expectedTuned(problem, N, TUNING_DESIGNS, instance.seed).ridgeRisk;
  const sgd = tunedSgdRisk(problem, steps);
  return { ridge, sgd, steps, ratio: sgd / ridge };
}
