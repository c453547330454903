/**
 * Measurements for the deep family (run by hand: `npx tsx bench/deep.ts [seeds]`): exact
 * Hessian–vector products and gradients per second at the sizes the properties use, the wall
 * time of one edge-of-stability run per stepsize, the share of seeds showing the whole
 * edge-of-stability pattern per stepsize (with the late sharpness range), and the random-label
 * width sweep. Prints one line per measurement; timings depend on the machine's load.
 */
import {
  createNetwork,
  hessianVectorProduct,
  initParams,
  lossAndGradient,
} from '../src/nn/index.ts';
import type { Dataset, LossKind, NetworkSpec } from '../src/nn/index.ts';
import { chebyshevDataset, randomLabelTask } from '../src/nn/tasks.ts';
import { runRandomLabels } from '../src/sandbox/randomLabels.ts';
import { STEP_SIZES, readRun } from '../properties/deep/edge-of-stability.ts';
import { MAX_STEPS, NUM_CLASSES, NUM_TEST } from '../properties/deep/random-labels.ts';

const numSeeds = Number(process.argv[2] ?? 8);

function perSecond(name: string, spec: NetworkSpec, data: Dataset, loss: LossKind): void {
  const net = createNetwork(spec);
  const theta = initParams(net, 1);
  const v = initParams(net, 2);
  const time = (f: () => void) => {
    let count = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 1000) {
      f();
      count++;
    }
    return (count * 1000) / (performance.now() - t0);
  };
  time(() => hessianVectorProduct(net, theta, data, v, { loss })); // warm-up
  const hvps = time(() => hessianVectorProduct(net, theta, data, v, { loss }));
  const grads = time(() => lossAndGradient(net, theta, data, { loss }));
  console.log(
    `${name}: p = ${net.numParams}, n = ${data.inputs.rows}: ` +
      `${hvps.toFixed(0)} HVP/s, ${grads.toFixed(0)} gradients/s`,
  );
}

// HVP and gradient throughput
perSecond(
  'edge-of-stability net',
  { inputDim: 1, hiddenWidths: [20], outputDim: 1, activation: 'tanh' },
  chebyshevDataset(4, 20),
  'mse',
);
perSecond(
  'random-labels net',
  { inputDim: 10, hiddenWidths: [64], outputDim: 4, activation: 'relu' },
  randomLabelTask({ numTrain: 200, numTest: 1, inputDim: 10, numClasses: 4, seed: 1 }).train,
  'cross-entropy',
);

// edge of stability: run time, then the share of seeds showing the pattern
for (const eta of [...STEP_SIZES].sort()) {
  let ok = 0;
  const lateMin: number[] = [];
  const lateMax: number[] = [];
  const failures: string[] = [];
  let firstRunMs = 0;
  let hvps = 0;
  for (let seed = 1; seed <= numSeeds; seed++) {
    const t0 = performance.now();
    const { run, reading } = readRun(seed, eta);
    if (seed === 1) firstRunMs = performance.now() - t0;
    hvps += run.hvpCount;
    if (reading.holds) ok++;
    else {
      const failed = Object.entries(reading.parts)
        .filter(([, v]) => !v)
        .map(([k]) => k);
      failures.push(`seed ${seed}: ${failed.join(', ')}`);
    }
    lateMin.push(reading.lateRatioMin);
    lateMax.push(reading.lateRatioMax);
  }
  console.log(
    `EoS η = ${eta}: one run ${firstRunMs.toFixed(0)} ms; pattern on ${ok}/${numSeeds} seeds; ` +
      `late S·η/2 ∈ [${Math.min(...lateMin).toFixed(3)}, ${Math.max(...lateMax).toFixed(3)}]; ` +
      `${(hvps / numSeeds).toFixed(0)} HVPs per run` +
      (failures.length ? `; ${failures.join('; ')}` : ''),
  );
}

// random labels: width sweep
for (const width of [4, 8, 16, 32, 64, 128]) {
  const steps: number[] = [];
  const accuracies: number[] = [];
  let fitted = 0;
  const t0 = performance.now();
  for (let seed = 1; seed <= Math.min(numSeeds, 4); seed++) {
    const r = runRandomLabels({
      seed,
      width,
      numClasses: NUM_CLASSES,
      numTest: NUM_TEST,
      maxSteps: MAX_STEPS,
    });
    if (r.stepsToFit >= 0) {
      fitted++;
      steps.push(r.stepsToFit);
    }
    accuracies.push(r.testAccuracy);
  }
  const seeds = Math.min(numSeeds, 4);
  console.log(
    `random labels width ${width}: fitted ${fitted}/${seeds} within ${MAX_STEPS} steps` +
      (steps.length ? ` (steps ${Math.min(...steps)}–${Math.max(...steps)})` : '') +
      `; test accuracy ${Math.min(...accuracies).toFixed(3)}–${Math.max(...accuracies).toFixed(3)}; ` +
      `${((performance.now() - t0) / seeds).toFixed(0)} ms per run`,
  );
}
