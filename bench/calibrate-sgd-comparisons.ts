/**
 * Calibration of the constants of linreg/gd-dominates-sgd-fast-decay (GD* / SGD*) and
 * linreg/sgd-vs-ridge (SGD*(N⌈ln N⌉) / ridge*(N)) on the frozen fast-check seed 20251203.
 *
 *   npx tsx bench/calibrate-sgd-comparisons.ts
 *
 * Prints the quantiles and the largest ratio; the properties freeze C at ≥ 1.5 × the largest.
 */
import * as fc from 'fast-check';
import {
  fastDecayArbitrary,
  gdAgainstSgd,
  sgdAgainstRidge,
  sgdVsRidgeArbitrary,
} from '../properties/linreg/sgd-setting.ts';

const CALIBRATION_SEED = 20251203;
const CALIBRATION_INSTANCES = 300;

function summary(name: string, ratios: number[], worst: unknown): string {
  ratios.sort((a, b) => a - b);
  const q = (p: number) => ratios[Math.floor(p * (ratios.length - 1))].toFixed(3);
  return `${name}: ${ratios.length} instances, min ${q(0)}, median ${q(0.5)}, q95 ${q(0.95)}, max ${q(1)}\n  worst: ${JSON.stringify(worst)}`;
}

function run<I>(arbitrary: fc.Arbitrary<I>, ratio: (i: I) => number) {
  const ratios: number[] = [];
  let worst: { ratio: number; instance?: I } = { ratio: -Infinity };
  for (const instance of fc.sample(arbitrary, {
    seed: CALIBRATION_SEED,
    numRuns: CALIBRATION_INSTANCES,
  })) {
    const r = ratio(instance);
    ratios.push(r);
    if (r > worst.ratio) worst = { ratio: r, instance };
  }
  return { ratios, worst: worst.instance };
}

const a = run(fastDecayArbitrary, (i) => gdAgainstSgd(i).ratio);
const b = run(sgdVsRidgeArbitrary, (i) => sgdAgainstRidge(i).ratio);
process.stdout.write(
  [
    `seed ${CALIBRATION_SEED}`,
    summary('GD* / SGD* (fast decay)', a.ratios, a.worst),
    summary('SGD*(N⌈ln N⌉) / ridge*(N)', b.ratios, b.worst),
  ].join('\n') + '\n',
);
