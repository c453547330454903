/**
 * Figures of the deep family, as data (src/report/figure.ts): for each stepsize, the sharpness
 * against 2/η and the training loss over an edge-of-stability run; and, for random labels, the
 * training error reached and the steps needed against the width.
 */
import type { Figure, Series } from '../../src/report/figure.ts';
import { runRandomLabels } from '../../src/sandbox/randomLabels.ts';
import { readRun } from './edge-of-stability.ts';
import { MAX_STEPS, NUM_CLASSES, NUM_TEST } from './random-labels.ts';

const FIGURE_STEP_SIZES = [0.2, 0.3, 0.4];
const FIGURE_WIDTHS = [4, 8, 16, 32, 64, 128];
/** At most this many points per loss curve (every k-th step). */
const MAX_POINTS = 400;

function thin(values: ArrayLike<number>): { x: number[]; y: number[] } {
  const stride = Math.max(1, Math.ceil(values.length / MAX_POINTS));
  const x: number[] = [];
  const y: number[] = [];
  for (let t = 0; t < values.length; t += stride) {
    x.push(t);
    y.push(values[t]);
  }
  return { x, y };
}

export function deepFigures(seed: number): Figure[] {
  const runSeed = 1 + (Math.abs(seed) % 1000);
  const sharpnessSeries: Series[] = [];
  const lossSeries: Series[] = [];
  for (const eta of FIGURE_STEP_SIZES) {
    const { run } = readRun(runSeed, eta);
    sharpnessSeries.push({
      name: `S(θ_t), η = ${eta}`,
      x: [...run.sharpnessSteps],
      y: [...run.sharpness],
      mark: 'point',
    });
    const last = run.completedSteps;
    sharpnessSeries.push({
      name: `2/η = ${(2 / eta).toFixed(2)}`,
      x: [0, last],
      y: [2 / eta, 2 / eta],
    });
    lossSeries.push({ name: `L(θ_t), η = ${eta}`, ...thin(run.losses) });
  }

  const fitted: number[] = [];
  const trainErrors: number[] = [];
  const testAccuracies: number[] = [];
  for (const width of FIGURE_WIDTHS) {
    const r = runRandomLabels({
      seed: runSeed,
      width,
      numClasses: NUM_CLASSES,
      numTest: NUM_TEST,
      maxSteps: MAX_STEPS,
    });
    fitted.push(r.stepsToFit < 0 ? MAX_STEPS : r.stepsToFit);
    trainErrors.push(r.trainError);
    testAccuracies.push(r.testAccuracy);
  }

  const stepsText = FIGURE_WIDTHS.map(
    (w, k) => `width ${w}: ${trainErrors[k] === 0 ? fitted[k] : 'not within ' + MAX_STEPS}`,
  ).join(', ');

  return [
    {
      id: 'deep/eos-sharpness',
      title: 'Edge of stability: sharpness against 2/η (Chebyshev T₄, width-20 tanh network)',
      xLabel: 'GD step t',
      yLabel: 'sharpness λ_max(∇²L(θ_t))',
      series: sharpnessSeries,
      caption:
        `Seed ${runSeed}. The sharpness rises while below 2/η (progressive sharpening), then stays ` +
        'near the 2/η line of its stepsize.',
    },
    {
      id: 'deep/eos-loss',
      title: 'Edge of stability: training loss per stepsize',
      xLabel: 'GD step t',
      yLabel: 'training loss L(θ_t)',
      yScale: 'log',
      series: lossSeries,
      caption: 'The loss falls over long windows while rising often over short ones once S ≈ 2/η.',
    },
    {
      id: 'deep/random-labels-width',
      title: 'Random labels: fitting against width (n = 200, C = 4, full-batch Adam)',
      xLabel: 'hidden width',
      yLabel: 'training error / test accuracy',
      xScale: 'log',
      series: [
        {
          name: `training error after ≤ ${MAX_STEPS} steps`,
          x: FIGURE_WIDTHS,
          y: trainErrors,
          mark: 'point',
        },
        { name: 'test accuracy', x: FIGURE_WIDTHS, y: testAccuracies, mark: 'point' },
        {
          name: 'chance 1/C',
          x: [FIGURE_WIDTHS[0], FIGURE_WIDTHS[FIGURE_WIDTHS.length - 1]],
          y: [0.25, 0.25],
        },
      ],
      caption: `Seed ${runSeed}. Steps to training error 0: ${stepsText}.`,
    },
  ];
}
