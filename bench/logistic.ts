/**
 * Measurements for the logistic family (run by hand: `npx tsx bench/logistic.ts [runs]`): the
 * wall time of one 10⁴-step GD run (constant and adaptive rule, with the averaged iterate) across
 * n and d, and instances per second of every family-2 claim on its own generator. Prints one
 * line per measurement; timings depend on the machine's load (2 shared cores here).
 */
import * as fc from 'fast-check';
import { separableData } from '../src/generators/separable.ts';
import { logisticGradientDescent } from '../src/logistic/gradientDescent.ts';
import { logisticFamily } from '../properties/logistic/index.ts';

const runs = Number(process.argv[2] ?? 10);

function milliseconds(f: () => void, repeats = 3): number {
  f(); // warm-up
  const t0 = performance.now();
  for (let k = 0; k < repeats; k++) f();
  return (performance.now() - t0) / repeats;
}

// one 10⁴-step run against n and d
for (const d of [2, 4, 8, 16]) {
  const cells: string[] = [];
  for (const n of [4, 16, 64]) {
    const { data } = separableData({ n, d, gamma0: 0.1, kind: 'ball', seed: 1 });
    const plain = milliseconds(() =>
      logisticGradientDescent(data, { stepSize: 100, numSteps: 10000 }),
    );
    const adaptive = milliseconds(() =>
      logisticGradientDescent(data, {
        stepSize: 100,
        numSteps: 10000,
        rule: 'adaptive',
        averaged: true,
      }),
    );
    cells.push(`n=${n}: ${plain.toFixed(0)} ms / ${adaptive.toFixed(0)} ms`);
  }
  console.log(`10⁴ steps, d=${d} (constant / adaptive+averaged): ${cells.join(', ')}`);
}

// instances per second of each claim (generation included, no shrinking)
for (const theorem of logisticFamily.theorems) {
  for (const claim of [theorem, ...theorem.controls]) {
    const instances = fc.sample(claim.arbitrary, { numRuns: runs, seed: 42 });
    const t0 = performance.now();
    for (const instance of instances) {
      try {
        claim.check(instance);
      } catch {
        // a check that throws still costs its time; the suite reports the error itself
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(`${theorem.theoremId} › ${claim.id}: ${(runs / seconds).toFixed(1)} instances/s`);
  }
}
