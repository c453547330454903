/**
 * The instances of linreg/ridge-analytic-risk and linreg/benign-overfitting, shared with their
 * calibration script (bench/calibrate-analytic-bounds.ts): the exact risk averaged over three
 * designs (the bounds hold with high probability over the design), d ∈ [100, 300] > n ∈ [20, 50], λ = 0 (min-norm)
 * or log-uniform in [1e-4, 1], and only instances in the bounds' regime k* ≤ n/4.
 */
import * as fc from 'fast-check';
import { linregInstance } from '../../src/generators/linreg.ts';
import { logUniformDouble, seedArbitrary } from '../../src/generators/quadratic.ts';
import type { LinregInstance } from '../../src/linreg/instance.ts';
import { materializeLinreg } from '../../src/linreg/instance.ts';
import { benignOverfitting, tsiglerBartlett } from '../../src/linreg/analyticBounds.ts';
import { minNormFilter, ridgeFilter } from '../../src/risk/filters.ts';
import { spectralRisk } from '../../src/risk/spectralRisk.ts';
import { deriveSeed } from '../../src/random/rng.ts';
import { drawDesign } from './common.ts';

/** the constant b in the definitions of k* (both bounds) [ours: the papers leave it universal] */
export const B_CONSTANT = 1;
/** the regime both bounds are stated in: k* ≤ n/REGIME_FRACTION */
const REGIME_FRACTION = 4;

export interface AnalyticInstance {
  readonly problem: LinregInstance;
  /** 0 means the min-norm interpolator */
  readonly lambda: number;
  readonly designSeed: number;
}

const base = fc.record({
  problem: linregInstance({
    minDimension: 100,
    maxDimension: 300,
    minSampleSize: 20,
    maxSampleSize: 50,
  }),
  lambda: fc.oneof(fc.constant(0), logUniformDouble(1e-4, 1)),
  designSeed: seedArbitrary,
});

export function tbBound(instance: AnalyticInstance, implicitRegularization = true) {
  const problem = materializeLinreg(instance.problem);
  return tsiglerBartlett(problem.spectrum, problem.thetaStar, {
    lambda: instance.lambda,
    sampleSize: instance.problem.sampleSize,
    noiseVariance: problem.noiseVariance,
    b: B_CONSTANT,
    implicitRegularization,
  });
}

export function bllt(instance: AnalyticInstance) {
  return benignOverfitting(
    materializeLinreg(instance.problem).spectrum,
    instance.problem.sampleSize,
    B_CONSTANT,
  );
}

export const ridgeAnalyticArbitrary: fc.Arbitrary<AnalyticInstance> = base.filter(
  (i) => tbBound(i).kStar <= i.problem.sampleSize / REGIME_FRACTION,
);

export const benignArbitrary: fc.Arbitrary<AnalyticInstance> = base
  .map((i) => ({ ...i, lambda: 0 }))
  .filter((i) => bllt(i).kStar <= i.problem.sampleSize / REGIME_FRACTION);

/** designs averaged per instance: tames the single-design tail without hiding the rate */
export const DESIGNS = 3;

/** exact risk (O3) of ridge λ, or of min-norm when λ = 0, averaged over DESIGNS designs */
export function exactRisk(instance: AnalyticInstance) {
  const filter = instance.lambda === 0 ? minNormFilter : ridgeFilter(instance.lambda);
  let bias = 0;
  let variance = 0;
  for (let k = 0; k < DESIGNS; k++) {
    const { problem, design } = drawDesign(instance.problem, deriveSeed(instance.designSeed, k));
    const r = spectralRisk(design, filter, problem.noiseVariance);
    bias += r.bias / DESIGNS;
    variance += r.variance / DESIGNS;
  }
  return { bias, variance, risk: bias + variance };
}
