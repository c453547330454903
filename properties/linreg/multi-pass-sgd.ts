/**
 * linreg/multi-pass-sgd — EMPIRICAL COMPARISONS (Monte Carlo with confidence intervals)
 *
 * Statement (talk, not verified in detail there). On a sample of n points:
 *   (i)  multi-pass SGD with replacement behaves like GD: E epochs at stepsize γ ≈ E GD steps at
 *        stepsize nγ;
 *   (ii) multi-epoch SGD without replacement, tuned, is at least as good as both tuned GD and
 *        tuned online SGD (one pass over the n samples).
 *
 * Source: J. Wu, talk "Towards a less conservative theory of machine learning", slide
 * "GD dominates ridge; multi-pass SGD (with replacement) = GD; online SGD ≤ GD; multi-epoch SGD
 * (without replacement) dominates GD" [paper (talk)].
 *
 * What is tested, and how. A small instance (power law a, θ* = e₁ or source, n = 16, d = 32).
 * R = 40 replicates, each a fresh design, noise and sampling order (src/linreg/multiPassSgd.ts).
 *   (i)  with γ = ρ/(n·s_max), ρ ∈ {0.125, 0.25}, so that GD's matched stepsize nγ is stable,
 *        the ratio of means risk(SGD w/ repl.) / risk(GD, same designs, exact O3) must have its 95%
 *        interval (delta method) meet [1/C_LIKE, C_LIKE], C_LIKE = 1.5 [ours];
 *   (ii) the (γ, epochs) of SGD without replacement is tuned on R replicates and re-evaluated on
 *        R fresh ones (no winner's curse); the lower end of the 99% interval of its mean risk must
 *        not exceed (1 + MARGIN)·min(GD*, SGD*), MARGIN = 0.1 for the tuning grids' resolution [ours].
 *        GD* is exact (O3, tuned over t on the evaluation designs); online SGD* is exact (O4).
 * False alarms: (i) and (ii) use 95% and 99% normal intervals: ≤ 6% per instance if the
 * statements held with equality; they are comparisons of unequal quantities in practice (see
 * verdict ratios), so a refutation here is a lead to investigate, not a proof.
 *
 * FINDING (control 'large-matched-step'). "With replacement = GD" needs a small stepsize: at
 * ρ = nγ·s_max = 0.5 and 2 epochs (θ* = e₁, a = 1.5) SGD's risk is 1.93× GD's (95% CI [1.58, 2.28];
 * found by a 5× deeper run, seed 4242), at ρ = 1 and one epoch 4.7–5.9×; at ρ ≤ 0.25 the ratio is
 * 0.99–1.03 on every instance tried. Multi-epoch SGD without replacement, tuned, came out 5–35%
 * above tuned GD in point estimate on the instances tried (within the 99% intervals): not confirmed
 * as better than GD at n = 16, only as not significantly worse.
 *
 * Not covered: large n, d; mini-batches; other schedules.
 */
import * as fc from 'fast-check';
import { allOf, upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { EXACT } from '../../src/numeric/tolerance.ts';
import { Z_95 } from '../../src/numeric/statistics.ts';
import { deriveSeed, createRng } from '../../src/random/rng.ts';
import { sampleDesign, sampleResponses } from '../../src/linreg/design.ts';
import { materializeLinreg } from '../../src/linreg/instance.ts';
import type { LinregInstance } from '../../src/linreg/instance.ts';
import { multiPassSgd } from '../../src/linreg/multiPassSgd.ts';
import type { Sampling } from '../../src/linreg/multiPassSgd.ts';
import { gdFilter } from '../../src/risk/filters.ts';
import { spectralDesign } from '../../src/risk/spectralDesign.ts';
import { spectralRisk, topEigenvalue } from '../../src/risk/spectralRisk.ts';
import { seedArbitrary } from '../../src/generators/quadratic.ts';
import { tunedSgdRisk } from './sgd-setting.ts';

const REPLICATES = 40;
const C_LIKE = 1.5;
const MARGIN = 0.1;
const Z_99 = 2.5758293035489004;
const N = 16;
const D = 32;
const EPOCH_GRID = [1, 2, 4, 8, 16];
const STEP_GRID = [0.1, 0.2, 0.4, 0.7, 1];

interface Instance {
  readonly exponent: number;
  readonly thetaKind: 'e1' | 'source';
  /** n·γ·s_max in (i): GD's matched stepsize nγ as a fraction of 1/s_max */
  readonly stepFraction: number;
  readonly epochs: number;
  readonly seed: number;
}

function problemOf(instance: Instance): LinregInstance {
  return {
    spectrum: { kind: 'power', exponent: instance.exponent, dimension: D },
    theta: instance.thetaKind === 'e1' ? { kind: 'e1' } : { kind: 'source', exponent: 1, seed: 7 },
    signal: 1,
    noiseVariance: 0.25,
    sampleSize: N,
  };
}

function riskOf(theta: Float64Array, spectrum: Float64Array, thetaStar: Float64Array): number {
  let s = 0;
  for (let i = 0; i < theta.length; i++) s += spectrum[i] * (theta[i] - thetaStar[i]) ** 2;
  return s;
}

function meanSe(values: number[]) {
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  const v = values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1);
  return { mean: m, se: Math.sqrt(v / values.length) };
}

/**
 * R replicates: design, responses, the SGD risk and the GD risk. The SGD stepsize is
 * γ = fraction/trΣ, or with `matchGd` γ = fraction/(n·s_max) so that GD's nγ = fraction/s_max is stable.
 */
function replicate(
  instance: Instance,
  label: string,
  fraction: number,
  epochs: number,
  sampling: Sampling,
  matchGd = false,
) {
  const problem = materializeLinreg(problemOf(instance));
  const trace = problem.spectrum.reduce((a, b) => a + b, 0);
  const out: Array<{ sgd: number; gd: number }> = [];
  for (let r = 0; r < REPLICATES; r++) {
    const seed = deriveSeed(instance.seed, `${label}/${r}`);
    const X = sampleDesign(problem.spectrum, N, seed);
    const y = sampleResponses(X, problem.thetaStar, problem.noiseVariance, seed);
    const design = spectralDesign(X, problem.spectrum, problem.thetaStar);
    const gamma = matchGd ? fraction / (N * topEigenvalue(design)) : fraction / trace;
    const theta = multiPassSgd(X, y, {
      stepSize: gamma,
      epochs,
      sampling,
      rng: createRng(seed).fork('order'),
    });
    // GD with stepsize nγ for `epochs` steps; exact conditional risk (O3)
    const eta = Math.min(N * gamma, 1 / topEigenvalue(design));
    const gd = spectralRisk(design, gdFilter(eta, epochs), problem.noiseVariance).risk;
    out.push({ sgd: riskOf(theta, problem.spectrum, problem.thetaStar), gd });
  }
  return out;
}

export function checkWithReplacement(instance: Instance): Verdict {
  const reps = replicate(
    instance,
    'with',
    instance.stepFraction,
    instance.epochs,
    'with-replacement',
    true,
  );
  const a = meanSe(reps.map((r) => r.sgd));
  const b = meanSe(reps.map((r) => r.gd));
  const ratio = a.mean / b.mean;
  // delta method for a ratio of means (treated as independent: conservative here)
  const se = ratio * Math.sqrt((a.se / a.mean) ** 2 + (b.se / b.mean) ** 2);
  const low = ratio - Z_95 * se;
  const high = ratio + Z_95 * se;
  const details = {
    'risk SGD (w/ repl.)': a.mean,
    'risk GD': b.mean,
    ratio,
    'ratio 95% CI': [low, high],
  };
  return allOf(`SGD with replacement ≈ GD: ratio CI meets [1/${C_LIKE}, ${C_LIKE}]`, [
    upperBound({
      relation: `CI low ≤ ${C_LIKE}`,
      lhs: low,
      rhs: C_LIKE,
      tolerance: EXACT,
      details,
    }),
    upperBound({
      relation: `1/${C_LIKE} ≤ CI high`,
      lhs: 1 / C_LIKE,
      rhs: high,
      tolerance: EXACT,
      details,
    }),
  ]);
}

function checkWithoutReplacement(instance: Instance): Verdict {
  // tune (γ, epochs) on one set of replicates
  let best = { mean: Infinity, fraction: 0, epochs: 0 };
  for (const fraction of STEP_GRID) {
    for (const epochs of EPOCH_GRID) {
      const m = meanSe(
        replicate(instance, 'tune', fraction, epochs, 'without-replacement').map((r) => r.sgd),
      ).mean;
      if (m < best.mean) best = { mean: m, fraction, epochs };
    }
  }
  // evaluate on fresh replicates
  const evaluation = meanSe(
    replicate(instance, 'evaluate', best.fraction, best.epochs, 'without-replacement').map(
      (r) => r.sgd,
    ),
  );

  // tuned GD (exact, averaged over the evaluation designs) and tuned online SGD (exact, O4)
  const problem = materializeLinreg(problemOf(instance));
  const steps = [0, ...Array.from({ length: 40 }, (_, k) => Math.round(Math.pow(10, k / 10)))];
  const gdCurve = steps.map(() => 0);
  for (let r = 0; r < REPLICATES; r++) {
    const X = sampleDesign(problem.spectrum, N, deriveSeed(instance.seed, `evaluate/${r}`));
    const design = spectralDesign(X, problem.spectrum, problem.thetaStar);
    const eta = 1 / topEigenvalue(design);
    steps.forEach((t, i) => {
      gdCurve[i] += spectralRisk(design, gdFilter(eta, t), problem.noiseVariance).risk / REPLICATES;
    });
  }
  const gdStar = Math.min(...gdCurve);
  const sgdStar = tunedSgdRisk(problem, N);
  const reference = Math.min(gdStar, sgdStar);
  const low = evaluation.mean - Z_99 * evaluation.se;
  return upperBound({
    relation: `multi-epoch SGD w/o replacement (99% CI low) ≤ (1 + ${MARGIN})·min(GD*, online SGD*)`,
    lhs: low,
    rhs: (1 + MARGIN) * reference,
    tolerance: EXACT,
    details: {
      'risk SGD w/o repl. (fresh replicates)': evaluation.mean,
      '99% CI': [low, evaluation.mean + Z_99 * evaluation.se],
      'GD*': gdStar,
      'online SGD*': sgdStar,
      'tuned γ·trΣ': best.fraction,
      'tuned epochs': best.epochs,
    },
  });
}

const arbitrary: fc.Arbitrary<Instance> = fc.record({
  exponent: fc.integer({ min: 0, max: 6 }).map((k) => 1.5 + k / 4),
  thetaKind: fc.constantFrom('e1' as const, 'source' as const),
  stepFraction: fc.constantFrom(0.125, 0.25),
  epochs: fc.constantFrom(1, 2, 4, 8),
  seed: seedArbitrary,
});

export const multiPassSgdTheorem = defineTheorem<Instance>({
  theoremId: 'linreg/multi-pass-sgd',
  family: 'linreg',
  title: 'Multi-pass SGD against GD and online SGD (empirical, Monte Carlo)',
  mark: 'paper',
  source: {
    authors: 'J. Wu',
    title: 'Towards a less conservative theory of machine learning (talk)',
    venue: 'talk',
    year: 2025,
    locator: 'slide: multi-pass SGD = GD; multi-epoch SGD dominates GD and online SGD',
  },
  statement:
    'Monte Carlo: SGD with replacement ≈ GD (ratio CI meets [1/1.5, 1.5]); SGD w/o replacement ≲ min(GD*, SGD*)',
  fullStatement:
    'Multi-pass SGD with replacement behaves like GD; multi-epoch SGD without replacement is at least as good ' +
    'as both GD and online SGD (empirical comparison, labelled as such).',
  constants: [
    {
      name: 'C_LIKE',
      value: String(C_LIKE),
      provenance: 'ours',
      why: 'what "behaves like" is taken to mean',
    },
    {
      name: 'MARGIN',
      value: String(MARGIN),
      provenance: 'ours',
      why: 'resolution of the (γ, epochs) tuning grid',
    },
  ],
  hypotheses:
    'n = 16, d = 32, power law a ∈ [1.5, 3], θ* = e₁ or source, σ² = 0.25; 40 replicates per estimate.',
  gaps: ['Empirical only (Monte Carlo, no exact oracle for multi-pass SGD).', 'Small n and d.'],
  expected: { status: 'holds' },
  arbitrary,
  check: (i) =>
    allOf('multi-pass SGD comparisons', [checkWithReplacement(i), checkWithoutReplacement(i)]),
  describe: (i) => ({ ...i, n: N, d: D }),
  numRuns: 2,
  controls: [
    {
      id: 'large-matched-step',
      statement:
        'SGD with replacement ≈ GD also at a large matched stepsize (nγ = 1/s_max, one epoch)',
      arbitrary: fc.record({
        exponent: fc.integer({ min: 0, max: 6 }).map((k) => 1.5 + k / 4),
        thetaKind: fc.constant('e1' as const),
        stepFraction: fc.constant(1),
        epochs: fc.constant(1),
        seed: fc.integer({ min: 0, max: 9 }),
      }),
      check: checkWithReplacement,
      describe: (i: Instance) => ({ ...i, n: N, d: D }),
      numRuns: 2,
    },
  ],
});
