/**
 * The instances of linreg/gd-dominates-ridge, shared by the property and by its calibration
 * script (bench/calibrate-gd-dominates-ridge.ts), so the constant C is calibrated on exactly the
 * distribution it is then tested on (with other seeds).
 */
import * as fc from 'fast-check';
import { linregInstance } from '../../src/generators/linreg.ts';
import { logUniformDouble, seedArbitrary } from '../../src/generators/quadratic.ts';
import type { LinregInstance } from '../../src/linreg/instance.ts';
import { compareGdRidge } from '../../src/linreg/compare.ts';
import type { GdRidgeComparison } from '../../src/linreg/compare.ts';
import { deriveSeed } from '../../src/random/rng.ts';
import { drawDesign } from './common.ts';

/** designs drawn per instance */
export const DESIGNS_PER_INSTANCE = 20;

export interface StatisticalInstance {
  readonly problem: LinregInstance;
  /** ridge penalty λ, relative to λ₁ = 1 */
  readonly lambda: number;
  /** the K designs use deriveSeed(designSeed, k) */
  readonly designSeed: number;
}

export const statisticalArbitrary: fc.Arbitrary<StatisticalInstance> = fc.record({
  problem: linregInstance({
    minDimension: 2,
    maxDimension: 80,
    minSampleSize: 2,
    maxSampleSize: 40,
  }),
  lambda: logUniformDouble(1e-4, 1),
  designSeed: seedArbitrary,
});

export function comparisonsOf(
  instance: StatisticalInstance,
  designs = DESIGNS_PER_INSTANCE,
): GdRidgeComparison[] {
  const out: GdRidgeComparison[] = [];
  for (let k = 0; k < designs; k++) {
    const { problem, design } = drawDesign(instance.problem, deriveSeed(instance.designSeed, k));
    out.push(compareGdRidge(design, instance.lambda, problem.noiseVariance));
  }
  return out;
}
