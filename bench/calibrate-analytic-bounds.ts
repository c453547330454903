/**
 * Calibration of the constants of linreg/ridge-analytic-risk and linreg/benign-overfitting on a
 * frozen seed set.
 *
 *   npx tsx bench/calibrate-analytic-bounds.ts
 *
 * Samples CALIBRATION_INSTANCES instances of each property's own distribution with fast-check seed
 * CALIBRATION_SEED and prints the range of exact/bound for the Tsigler–Bartlett variance and bias
 * and for the BLLT variance. The properties freeze C ≥ 1.5 × the widest factor seen.
 */
import * as fc from 'fast-check';
import {
  benignArbitrary,
  bllt,
  exactRisk,
  ridgeAnalyticArbitrary,
  tbBound,
} from '../properties/linreg/analytic-setting.ts';

const CALIBRATION_SEED = 20251203;
const CALIBRATION_INSTANCES = 600;

function summary(name: string, ratios: number[]): string {
  ratios.sort((a, b) => a - b);
  const lo = ratios[0];
  const hi = ratios[ratios.length - 1];
  const q = (p: number) => ratios[Math.floor(p * (ratios.length - 1))].toFixed(3);
  return `${name}: ${ratios.length} instances, min ${lo.toFixed(3)}, q01 ${q(0.01)}, median ${q(0.5)}, q99 ${q(0.99)}, max ${hi.toFixed(3)}, widest factor ${Math.max(hi, 1 / lo).toFixed(3)}`;
}

const variance: number[] = [];
const bias: number[] = [];
for (const instance of fc.sample(ridgeAnalyticArbitrary, {
  seed: CALIBRATION_SEED,
  numRuns: CALIBRATION_INSTANCES,
})) {
  const exact = exactRisk(instance);
  const bound = tbBound(instance);
  variance.push(exact.variance / bound.variance);
  bias.push(exact.bias / bound.bias);
}
const benign: number[] = [];
for (const instance of fc.sample(benignArbitrary, {
  seed: CALIBRATION_SEED,
  numRuns: CALIBRATION_INSTANCES,
})) {
  const exact = exactRisk(instance);
  benign.push(exact.variance / instance.problem.noiseVariance / bllt(instance).variance);
}
process.stdout.write(
  [
    `seed ${CALIBRATION_SEED}`,
    summary('Tsigler–Bartlett variance exact/bound', variance),
    summary('Tsigler–Bartlett bias exact/bound', bias),
    summary('BLLT min-norm variance/σ² exact/bound', benign),
  ].join('\n') + '\n',
);
