/**
 * Figures of the schedules family, pure functions of a seed: exact risk of default vs Seesaw in
 * samples (overlaid) and in serial steps (apart), the α√β family of normalized SGD, S(B) with
 * the CBS marked, and (when the sandbox is present) the sandbox's loss curves.
 */
import type { Figure, Series } from '../../src/report/figure.ts';
import { createRng } from '../../src/random/rng.ts';
import { materializeLinear } from '../../src/generators/linearRegression.ts';
import { continuousSeesawSaving, steppedCosine } from '../../src/schedules/basePlans.ts';
import { criticalBatchSize, stepsToTarget } from '../../src/schedules/criticalBatch.ts';
import { applyRule, DEFAULT_RULE, fixedRule, SEESAW_RULE } from '../../src/schedules/schedule.ts';
import type { ScheduleRisk } from '../../src/schedules/scheduleRisk.ts';
import { scheduleRisk } from '../../src/schedules/scheduleRisk.ts';
import { seesawSandbox } from '../../src/sandbox/seesawSandbox.ts';
import { normalizedBaseStep } from './nsgd-equivalence.ts';
import { BATCH_GRID } from './cbs-instances.ts';

const MAX_POINTS = 300;

function thin(x: ArrayLike<number>, y: ArrayLike<number>): { x: number[]; y: number[] } {
  const n = Math.min(x.length, y.length);
  const stride = Math.max(1, Math.ceil(n / MAX_POINTS));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i += stride) {
    xs.push(x[i]);
    ys.push(y[i]);
  }
  if ((n - 1) % stride !== 0) {
    xs.push(x[n - 1]);
    ys.push(y[n - 1]);
  }
  return { x: xs, y: ys };
}

const bySamples = (name: string, r: ScheduleRisk): Series => ({
  name,
  ...thin(r.samplesSeen, r.risk),
});
const bySteps = (name: string, r: ScheduleRisk): Series => ({
  name,
  ...thin(
    Float64Array.from(r.risk, (_, t) => t),
    r.risk,
  ),
});

export function scheduleFigures(seed: number): Figure[] {
  return [...exactFigures(seed), ...sandboxFigures(seed)];
}

/** Exact O4 figures: default vs Seesaw, the α√β family, S(B) with the CBS. */
function exactFigures(seed: number): Figure[] {
  const rng = createRng(seed);
  const problem = materializeLinear({
    headSize: 4,
    headDecay: rng.uniformIn(0.8, 1.5),
    startDecay: 1,
    tail: { multiplicity: 10_000, trace: rng.logUniform(300, 3000), start: 0.002 },
    noiseVariance: rng.logUniform(0.05, 0.5),
  });
  const B0 = 1;
  const eta = normalizedBaseStep(problem, B0, 0.2);
  const plan = steppedCosine({
    baseStepSize: eta,
    baseBatchSize: B0,
    samples: 20_000,
    factor: 1.1,
    floor: 0.05,
  });
  const base = scheduleRisk(problem, applyRule(plan, DEFAULT_RULE), { normalized: true });
  const seesaw = scheduleRisk(problem, applyRule(plan, SEESAW_RULE), { normalized: true });
  const saving = 1 - seesaw.schedule.serialSteps / base.schedule.serialSteps;

  // the α√β family: step decay by 2 per milestone, α√β = 2 conserved
  const stepPlan = {
    baseStepSize: eta,
    baseBatchSize: B0,
    phaseSamples: [4096, 4096, 4096, 4096],
    decay: [1, 1, 1],
  };
  const family = (
    [
      [2, 1],
      [Math.SQRT2, 2],
      [1, 4],
    ] as const
  ).map(([a, b]) => ({
    name: `(α, β) = (${+a.toFixed(3)}, ${b})`,
    run: scheduleRisk(problem, applyRule(stepPlan, fixedRule(a, b)), { normalized: true }),
  }));

  // S(B) and the CBS on the noiseless head
  const head = materializeLinear({
    headSize: 6,
    headDecay: 1,
    startDecay: 0.5,
    tail: { multiplicity: 40, trace: 40 * 0.02, start: 0.5 },
    noiseVariance: 0,
  });
  const R0 = head.spectrum.eigenvalues.reduce(
    (s, l, g) => s + head.spectrum.multiplicities[g] * l * head.initialSecondMoments[g],
    0,
  );
  const curve = stepsToTarget(head, {
    targets: [0.01 * R0],
    batchSizes: BATCH_GRID,
    maxSteps: 20_000,
  });
  const steps = curve.steps[0];
  const cbs = criticalBatchSize(BATCH_GRID, steps);
  const reached = BATCH_GRID.map((b, k) => [b, steps[k]] as const).filter(([, s]) =>
    Number.isFinite(s),
  );

  return [
    {
      id: 'schedules/default-vs-seesaw-samples',
      title: 'Normalized SGD, stepped cosine (γ = 1.1): default vs Seesaw against samples',
      xLabel: 'samples',
      yLabel: 'expected excess risk',
      yScale: 'log',
      series: [bySamples('default (fixed batch)', base), bySamples('Seesaw', seesaw)],
      caption:
        `Exact O4 risk. The curves overlay in samples; final risks ${base.finalRisk.toPrecision(4)} ` +
        `vs ${seesaw.finalRisk.toPrecision(4)}.`,
    },
    {
      id: 'schedules/default-vs-seesaw-steps',
      title: 'The same runs against serial steps',
      xLabel: 'serial steps',
      yLabel: 'expected excess risk',
      yScale: 'log',
      series: [bySteps('default (fixed batch)', base), bySteps('Seesaw', seesaw)],
      caption:
        `Seesaw takes ${seesaw.schedule.serialSteps} steps against ${base.schedule.serialSteps} ` +
        `(saving ${(100 * saving).toFixed(1)} %; continuous limit for this cosine ` +
        `${(100 * continuousSeesawSaving(0.05)).toFixed(1)} %; paper 1 − 2/π ≈ 36.3 %).`,
    },
    {
      id: 'schedules/alpha-sqrt-beta-family',
      title: 'Normalized SGD: schedules with α√β = 2 at every milestone',
      xLabel: 'samples',
      yLabel: 'expected excess risk',
      yScale: 'log',
      series: family.map(({ name, run }) => bySamples(name, run)),
      caption: 'Variance-dominated regime: the three schedules give the same risk per sample.',
    },
    {
      id: 'schedules/steps-to-target',
      title: 'Steps to 1 % of the initial risk, S(B), noiseless, with the CBS',
      xLabel: 'batch size B',
      yLabel: 'steps S(B)',
      xScale: 'log',
      yScale: 'log',
      series: [
        { name: 'S(B)', x: reached.map(([b]) => b), y: reached.map(([, s]) => s), mark: 'point' },
        {
          name: 'linear scaling S(1)/B',
          x: reached.map(([b]) => b),
          y: reached.map(([b]) => steps[0] / b),
        },
        ...(Number.isFinite(cbs)
          ? [{ name: 'CBS', x: [cbs], y: [steps[BATCH_GRID.indexOf(cbs)]], mark: 'point' as const }]
          : []),
      ],
      caption:
        `CBS = ${cbs} (first B with S(B) ≥ 1.2·S(1)/B); r₀ = tr H/λ₁ = ` +
        `${head.spectrum.eigenvalues.reduce((s, l, g) => s + head.spectrum.multiplicities[g] * l, 0).toFixed(2)}.`,
    },
  ];
}

/** The sandbox's test loss at every phase end, one seed (two Adam runs of 4096 samples). */
function sandboxFigures(seed: number): Figure[] {
  const result = seesawSandbox({ seeds: [seed] });
  const run = result.perSeed[0];
  const floor = result.lossFloor;
  return [
    {
      id: 'schedules/sandbox-loss-curves',
      title:
        'Sandbox: Adam on a teacher–student task, stepped cosine vs Seesaw (test loss at phase ends)',
      xLabel: 'samples',
      yLabel: 'test loss − σ²/2 (excess over the noise floor)',
      yScale: 'log',
      series: [
        {
          name: 'stepped cosine (fixed batch)',
          x: run.base.phaseSamples,
          y: run.base.phaseTestLoss.map((l) => Math.max(l - floor, 1e-12)),
        },
        {
          name: 'Seesaw',
          x: run.seesaw.phaseSamples,
          y: run.seesaw.phaseTestLoss.map((l) => Math.max(l - floor, 1e-12)),
        },
      ],
      caption:
        `Seed ${seed}: final test loss ${run.base.finalTestLoss.toFixed(4)} (cosine) vs ` +
        `${run.seesaw.finalTestLoss.toFixed(4)} (Seesaw), floor ${floor}; ` +
        `${run.base.serialSteps} vs ${run.seesaw.serialSteps} serial steps.`,
    },
  ];
}
