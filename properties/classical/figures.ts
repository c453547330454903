/**
 * Figures of the classical family: f(x_t) − f* against t for gradient descent (η = 1/L), the
 * fast gradient method and the silver schedule, on the Huber worst case and on a seeded
 * ill-conditioned quadratic, with the bounds they are held to. Pure functions of the seed.
 */
import { fastGradientMethod } from '../../src/algorithms/fastGradient.ts';
import { gradientDescent } from '../../src/algorithms/gradientDescent.ts';
import { silverSteps } from '../../src/algorithms/silverStepsizes.ts';
import type { SmoothObjective } from '../../src/problems/objective.ts';
import { huberWorstCase } from '../../src/problems/huber.ts';
import { quadratic } from '../../src/problems/quadratic.ts';
import { createRng } from '../../src/random/rng.ts';
import type { Figure, Series } from '../../src/report/figure.ts';

/** n = 2⁶ − 1: a silver horizon */
const HORIZON = 63;

/** Points with y > 0 only (log axis); t = 1 … n. */
function curve(
  name: string,
  values: ArrayLike<number>,
  fStar: number,
  mark?: 'line' | 'point',
): Series {
  const x: number[] = [];
  const y: number[] = [];
  for (let t = 1; t < values.length; t++) {
    const gap = values[t] - fStar;
    if (gap > 0 && Number.isFinite(gap)) {
      x.push(t);
      y.push(gap);
    }
  }
  return { name, x, y, ...(mark ? { mark } : {}) };
}

function reference(name: string, bound: (t: number) => number): Series {
  const x = Array.from({ length: HORIZON }, (_, k) => k + 1);
  return { name, x, y: x.map(bound) };
}

function methodCurves(f: SmoothObjective, x0: Float64Array): Series[] {
  const L = f.smoothness;
  const gd = gradientDescent(f, { stepSize: 1 / L, numSteps: HORIZON, x0 });
  const fgm = fastGradientMethod(f, { numSteps: HORIZON, x0, variant: 'convex' });
  const silver = gradientDescent(f, {
    stepSize: silverSteps(HORIZON).map((h) => h / L),
    numSteps: HORIZON,
    x0,
  });
  return [
    curve('GD, η = 1/L', gd.values, f.minimum),
    curve('Nesterov FGM', fgm.values, f.minimum),
    curve('silver steps', silver.values, f.minimum),
  ];
}

export function classicalFigures(seed: number): Figure[] {
  // the Huber worst case for GD at this horizon (L = R = 1)
  const huber = huberWorstCase(1, 1, HORIZON);
  const huberFigure: Figure = {
    id: 'classical/huber-worst-case-curves',
    title: `Huber worst case for ${HORIZON} GD steps: f(x_t) − f* (L = R = 1)`,
    xLabel: 't',
    yLabel: 'f(x_t) − f*',
    yScale: 'log',
    series: [
      ...methodCurves(huber, Float64Array.of(1)),
      reference('LR²/(4t + 2) (GD, tight at t = 63)', (t) => 1 / (4 * t + 2)),
      reference('2LR²/(t + 1)² (FGM bound)', (t) => 2 / (t + 1) ** 2),
    ],
    caption:
      'GD moves by exactly δ = R/127 per step and ends at LR²/254; FGM and the silver schedule leave ' +
      'the linear piece early. The silver curve is non-monotone by design. Steps where ' +
      'f(x_t) = f* exactly (FGM lands on x* = 0 once y_t is inside the quadratic piece) are ' +
      'omitted on the log axis.',
  };

  // a seeded ill-conditioned quadratic: spectrum log-uniform in [1e-3, 1], d = 20
  const rng = createRng(seed);
  const d = 20;
  const spectrum = Array.from({ length: d }, (_, i) => (i === 0 ? 1 : rng.logUniform(1e-3, 1)));
  const q = quadratic({ spectrum, basisSeed: rng.integer(0, 0x7fffffff) });
  const x0 = q.fromEigenbasis(Float64Array.from({ length: d }, () => rng.normal()));
  const R2 = x0.reduce((s, v) => s + v * v, 0);
  const quadraticFigure: Figure = {
    id: 'classical/quadratic-curves',
    title: `Quadratic, d = ${d}, spectrum log-uniform in [1e-3, 1] (seed ${seed})`,
    xLabel: 't',
    yLabel: 'f(x_t) − f*',
    yScale: 'log',
    series: [...methodCurves(q, x0), reference('R²/(2ηt) (GD bound)', (t) => R2 / (2 * t))],
    caption: 'On quadratics all three methods sit far below their worst-case bounds.',
  };
  return [huberFigure, quadraticFigure];
}
