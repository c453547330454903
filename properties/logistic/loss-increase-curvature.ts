/**
 * logistic/loss-increase-curvature
 *
 * Statement. For GD θ_{k+1} = θ_k − η∇L(θ_k) on the logistic risk: if L(θ_{k+1}) > L(θ_k), then
 * some point θ of the segment [θ_k, θ_{k+1}] has gᵀ∇²L(θ)g/‖g‖² > 2/η (g = ∇L(θ_k)), hence
 * ‖∇²L(θ)‖ > 2/η.
 *
 * Source: THEOREMS.md, family 2, "Edge of stability on logistic data" [derived]: the contrapositive
 * of the descent lemma. With h(s) = L(θ_k − sηg), h(1) − h(0) = −η‖g‖² + η²‖g‖²∫₀¹(1 − s)κ(s)ds, κ
 * the curvature along g; an increase forces the 2(1 − s)-weighted mean of κ, hence its maximum,
 * above 2/η.
 *
 * Hypotheses → generators. O2 data (n ≤ 32, d ≤ 3, half of them near-degenerate: in higher
 * dimension or with wide margins the first large step usually separates the data at once and no
 * increase follows), η ∈ [3, 10⁴], ≤ 1000 steps; the first 8
 * increases of each run (increases within rounding are not counted) are checked on a grid of
 * 64 + 4·max_i|Δm_i| points of the segment (Δm_i: the change of margin i over the step), so
 * consecutive grid points move each margin by ≤ ¼, where ℓ″ changes by a factor ≤ e^(1/4).
 *
 * Tolerance. κ is a sum of n non-negative terms: relative rounding ≤ n·ε; GRID_TOLERANCE = 1e-9.
 *
 * Negative control: "large-η GD on non-separable data still converges to the minimum" — refuted:
 * above 2/λ_max(∇²L(θ*)) the minimiser is an unstable fixed point and GD cycles or wanders.
 */
import * as fc from 'fast-check';
import type { NonSeparableInstance } from '../../src/generators/nonSeparable.ts';
import { nonSeparableData, nonSeparableInstance } from '../../src/generators/nonSeparable.ts';
import { COLT_2024 } from './shared.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { allOf, lowerBound, upperBound } from '../../src/harness/verdict.ts';
import { logisticGradientDescent } from '../../src/logistic/gradientDescent.ts';
import { directionalCurvature, sharpness } from '../../src/logistic/hessian.ts';
import { margins } from '../../src/logistic/dataset.ts';
import { regularizedMinimum } from '../../src/logistic/regularized.ts';
import { tolerance } from '../../src/numeric/tolerance.ts';
import type { GdInstance } from './shared.ts';
import {
  describeGd,
  gdInstance,
  logLossRounding,
  logUniformFromMin,
  roundTo2Digits,
  runGd,
} from './shared.ts';

const GRID_TOLERANCE = tolerance(1e-9);
const MAX_INCREASES = 8;
/** relative rise of L below which an "increase" is rounding: 1e-9 ≫ n·ε */
const RISE_THRESHOLD = 1e-9;

function checkIncreases(instance: GdInstance): Verdict {
  const { problem, run, eta } = runGd(instance, { keepIterates: true });
  const data = problem.data;
  const iterates = run.iterates as Float64Array[];
  const parts: Verdict[] = [];
  for (let k = 0; k < instance.numSteps && parts.length < MAX_INCREASES; k++) {
    const slack =
      logLossRounding(data.d, run.thetaNorms[k]) + logLossRounding(data.d, run.thetaNorms[k + 1]);
    if (!(run.logLosses[k + 1] > run.logLosses[k] + slack + RISE_THRESHOLD)) continue;

    // the segment θ(s) = θ_k + s(θ_{k+1} − θ_k), s ∈ [0, 1], on a grid fine in every margin
    const from = iterates[k];
    const step = iterates[k + 1].map((v, j) => v - from[j]);
    const marginChange = margins(data, step);
    const points = 64 + Math.ceil(4 * Math.max(...marginChange.map(Math.abs)));
    let best = -Infinity;
    let bestS = 0;
    const theta = new Float64Array(data.d);
    for (let p = 0; p <= points; p++) {
      const s = p / points;
      for (let j = 0; j < data.d; j++) theta[j] = from[j] + s * step[j];
      const kappa = directionalCurvature(data, theta, step);
      if (kappa > best) {
        best = kappa;
        bestS = s;
      }
    }
    parts.push(
      lowerBound({
        relation: `L(θ_${k + 1}) > L(θ_${k}) ⇒ max_s gᵀ∇²L(θ(s))g/‖g‖² > 2/η`,
        lhs: best,
        rhs: 2 / eta,
        tolerance: GRID_TOLERANCE,
        details: {
          k,
          s: bestS,
          gridPoints: points,
          'ln L rise': run.logLosses[k + 1] - run.logLosses[k],
        },
      }),
    );
  }
  if (parts.length === 0) {
    return upperBound({
      relation: 'no increase of L in this run',
      lhs: 0,
      rhs: 1,
      tolerance: tolerance(0),
      details: { vacuous: 'monotone run' },
    });
  }
  return allOf('every increase of L has curvature > 2/η somewhere on its segment', parts);
}

interface NonSeparableGd {
  readonly data: NonSeparableInstance;
  readonly stepSize: number;
  readonly numSteps: number;
}

const nonSeparableGd: fc.Arbitrary<NonSeparableGd> = fc.record({
  data: nonSeparableInstance({ maxPoints: 16, maxDimension: 4 }),
  stepSize: logUniformFromMin(1, 1e4).map(roundTo2Digits),
  numSteps: fc.constant(2000),
});

/**
 * "converges to the minimum": L(θ_T) − L* ≤ 1e-6·L* after 2000 steps. Only stepsizes with
 * η·λ_max(∇²L(θ*)) ≥ 3 are judged (the others hold vacuously): a small η that is merely slow
 * on flat data is not what the control is about.
 */
function checkConverges(instance: NonSeparableGd): Verdict {
  const data = nonSeparableData(instance.data);
  const minimum = regularizedMinimum(data, 0);
  const lStar = minimum.value;
  const sharpnessAtMinimum = sharpness(data, minimum.thetaStar);
  if (instance.stepSize * sharpnessAtMinimum < 3) {
    return upperBound({
      relation: 'vacuous: η·λ_max(∇²L(θ*)) < 3',
      lhs: 0,
      rhs: 1,
      tolerance: tolerance(0),
      details: {
        vacuous: 'stable stepsize',
        'η·λ_max(∇²L(θ*))': instance.stepSize * sharpnessAtMinimum,
      },
    });
  }
  const run = logisticGradientDescent(data, {
    stepSize: instance.stepSize,
    numSteps: instance.numSteps,
  });
  const last = Math.exp(run.logLosses[instance.numSteps]);
  return upperBound({
    relation: 'L(θ_T) − L* ≤ 1e-6·L* (GD converged to the minimum)',
    lhs: last - lStar,
    rhs: 1e-6 * lStar,
    tolerance: tolerance(0),
    details: {
      'L*': lStar,
      'L(θ_T)': last,
      'L(θ_{T−1})': Math.exp(run.logLosses[instance.numSteps - 1]),
      'η·λ_max(∇²L(θ*))': instance.stepSize * sharpnessAtMinimum,
    },
  });
}

export const lossIncreaseCurvature = defineTheorem<GdInstance>({
  theoremId: 'logistic/loss-increase-curvature',
  family: 'logistic',
  title: 'A rise of the loss certifies curvature above 2/η on the step',
  mark: 'derived',
  source: {
    ...COLT_2024,
    locator: 'edge-of-stability discussion; contrapositive of the descent lemma (THEOREMS.md)',
  },
  statement: 'L(θ_{k+1}) > L(θ_k) ⇒ some θ ∈ [θ_k, θ_{k+1}] has gᵀ∇²L(θ)g/‖g‖² > 2/η',
  fullStatement:
    'If a GD step with stepsize η increases the logistic risk, then the curvature along the ' +
    'step exceeds 2/η at ' +
    'some point of the segment, so the Hessian norm there exceeds 2/η.',
  constants: [
    { name: '2/η', value: 'exact', provenance: 'derived', why: 'descent lemma along the segment' },
  ],
  hypotheses:
    'O2 data n ≤ 32, d ≤ 3 (half near-degenerate); η ∈ [3, 10⁴]; ≤ 1000 steps; first 8 ' +
    'increases per run, fine grid.',
  gaps: ['Increases within rounding (relative 1e-9) are not checked.'],
  expected: { status: 'holds' },
  arbitrary: gdInstance({
    maxPoints: 32,
    maxDimension: 3,
    maxSteps: 1000,
    minStepSize: 3,
    boundaryShare: 0.5,
  }),
  check: checkIncreases,
  describe: describeGd,
  numRuns: 50,
  regimes: [
    {
      id: 'has-increase',
      description: 'the run has at least one increase of L',
      minShare: 0.1,
      contains: (_i, verdict) => verdict.details.vacuous === undefined,
    },
  ],
  controls: [
    {
      id: 'non-separable-converges',
      statement:
        'large-η GD (η·λ_max(∇²L(θ*)) ≥ 3) on non-separable data still converges to the minimum',
      arbitrary: nonSeparableGd,
      check: checkConverges,
      describe: (i: NonSeparableGd) => ({ ...i.data, η: i.stepSize, numSteps: i.numSteps }),
      numRuns: 20,
    },
  ],
});
