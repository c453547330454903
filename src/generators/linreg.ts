/**
 * fast-check arbitraries for Gaussian linear-regression instances (src/linreg/instance.ts).
 * Shrinking goes toward small n and d, round exponents (multiples of 0.05), θ* = e₁, σ² = 1 and
 * ‖θ*‖_Σ = 1.
 */
import * as fc from 'fast-check';
import type { LinregInstance, SpectrumSpec, ThetaSpec } from '../linreg/instance.ts';
import { logUniformDouble, seedArbitrary } from './quadratic.ts';

export interface LinregArbitraryOptions {
  readonly minDimension?: number;
  readonly maxDimension?: number;
  readonly minSampleSize?: number;
  readonly maxSampleSize?: number;
  /** draw σ² and ‖θ*‖_Σ (otherwise both are 1) */
  readonly varyScales?: boolean;
}

/** a ∈ {1.05, 1.10, …, 3}: round, and shrinking toward 1.05 */
export const powerExponent = fc.integer({ min: 21, max: 60 }).map((k) => k / 20);

export function spectrumSpec(dimension: fc.Arbitrary<number>): fc.Arbitrary<SpectrumSpec> {
  return fc.oneof(
    fc.record({ kind: fc.constant('power' as const), exponent: powerExponent, dimension }),
    fc.record({
      kind: fc.constant('spiked' as const),
      spikes: fc.array(logUniformDouble(0.05, 1), { maxLength: 3 }),
      level: logUniformDouble(1e-3, 0.05),
      dimension,
    }),
    fc.record({
      kind: fc.constant('power-flat' as const),
      exponent: powerExponent,
      head: fc.integer({ min: 1, max: 10 }),
      level: logUniformDouble(1e-3, 0.05),
      dimension,
    }),
  );
}

export const thetaSpec: fc.Arbitrary<ThetaSpec> = fc.oneof(
  fc.constant({ kind: 'e1' as const }),
  fc.record({
    kind: fc.constant('source' as const),
    exponent: fc.integer({ min: 0, max: 40 }).map((k) => k / 10),
    seed: seedArbitrary,
  }),
  fc.record({ kind: fc.constant('random' as const), seed: seedArbitrary }),
);

export function linregInstance(options: LinregArbitraryOptions = {}): fc.Arbitrary<LinregInstance> {
  const {
    minDimension = 1,
    maxDimension = 40,
    minSampleSize = 1,
    maxSampleSize = 40,
    varyScales = true,
  } = options;
  const dimension = fc.integer({ min: minDimension, max: maxDimension });
  return fc.record({
    spectrum: spectrumSpec(dimension),
    theta: thetaSpec,
    signal: varyScales ? logUniformDouble(0.1, 10) : fc.constant(1),
    noiseVariance: varyScales ? logUniformDouble(0.01, 10) : fc.constant(1),
    sampleSize: fc.integer({ min: minSampleSize, max: maxSampleSize }),
  });
}
