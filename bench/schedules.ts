/**
 * Measurements for the schedules family (run by hand: `npx tsx bench/schedules.ts [seeds]`):
 * exact O4 risk steps per second at d = 10³ (all eigenvalues distinct) and d = 10⁵ (a 10-value
 * head plus a flat tail, collapsed; and, for contrast, not collapsed), the sandbox's Adam training
 * throughput in samples per second, and the sandbox's Seesaw-vs-cosine comparison across noise
 * levels, cosine shapes and budgets. Prints one line per measurement; timings depend on the machine's load.
 */
import { sgdRisk } from '../src/risk/sgdRisk.ts';
import type { CollapsedSpectrum } from '../src/risk/collapsedSpectrum.ts';
import type { SandboxOptions } from '../src/sandbox/seesawSandbox.ts';
import { seesawSandbox } from '../src/sandbox/seesawSandbox.ts';

const numSeeds = Number(process.argv[2] ?? 8);

function stepsPerSecond(name: string, spectrum: CollapsedSpectrum, numSteps: number): void {
  const options = {
    spectrum,
    initialSecondMoments: spectrum.eigenvalues.map(() => 1),
    noiseVariance: 0.1,
    stepSizes:
      0.1 / spectrum.eigenvalues.reduce((s, l, g) => s + spectrum.multiplicities[g] * l, 0),
    batchSizes: 4,
    numSteps,
  };
  sgdRisk(options); // warm-up
  const t0 = performance.now();
  sgdRisk(options);
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `O4 ${name}: ${spectrum.eigenvalues.length} groups, ${(numSteps / seconds).toExponential(3)} steps/s`,
  );
}

const powerLaw = (n: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1));
stepsPerSecond(
  'd = 10³ distinct',
  { eigenvalues: powerLaw(1000), multiplicities: Array(1000).fill(1) },
  20_000,
);
stepsPerSecond(
  'd = 10⁵ collapsed (10 head + flat tail)',
  {
    eigenvalues: [...powerLaw(10), 1e-3],
    multiplicities: [...Array(10).fill(1), 99_990],
  },
  1_000_000,
);
stepsPerSecond(
  'd = 10⁵ not collapsed',
  {
    eigenvalues: [...powerLaw(10), ...Array(99_990).fill(1e-3)],
    multiplicities: Array(100_000).fill(1),
  },
  500,
);

// the sandbox: throughput and the comparison across settings (σ², cosine shape, budget)
const seeds = Array.from({ length: numSeeds }, (_, i) => i + 1);
const settings: readonly SandboxOptions[] = [
  { seeds, noiseVariance: 1 },
  { seeds, noiseVariance: 0.1 },
  { seeds, noiseVariance: 1, shape: 'quarter' },
  { seeds, noiseVariance: 1, samples: 16_384 },
];
for (const options of settings) {
  const t0 = performance.now();
  const r = seesawSandbox(options);
  const seconds = (performance.now() - t0) / 1000;
  const samples = seeds.length * (r.samples.base + r.samples.seesaw);
  const meanBase = r.perSeed.reduce((s, p) => s + p.base.finalTestLoss, 0) / seeds.length;
  const { seeds: _seeds, ...shown } = options;
  console.log(
    `sandbox ${JSON.stringify(shown)} (floor ${r.lossFloor}), ${seeds.length} seeds: ` +
      `Δ = ${(100 * r.meanRelativeDifference).toFixed(3)} % ` +
      `[${(100 * r.interval.low).toFixed(3)}, ${(100 * r.interval.high).toFixed(3)}] % (95 % t), ` +
      `saving ${(100 * r.stepSaving).toFixed(1)} %, samples ${r.samples.base}/${r.samples.seesaw}, ` +
      `cosine final ${meanBase.toFixed(4)}, ${(samples / seconds).toFixed(0)} training samples/s`,
  );
}
