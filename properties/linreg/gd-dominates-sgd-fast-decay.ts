/**
 * linreg/gd-dominates-sgd-fast-decay
 *
 * Statement. For spectra that decay fast and continuously (capacity condition, here power laws
 * λ_i = i^(−a) with a ≥ 1.5), tuned early-stopped GD on n samples is at most C times tuned online
 * SGD on the same n samples: inf_t E risk(GD_t) ≤ C·inf_η E risk(SGD_η).
 *
 * Source: Wu, Bartlett, Lee, Kakade, Yu, "Risk comparisons in linear regression: implicit
 * regularization dominates explicit regularization", arXiv 2509.17251 (2025), the GD-vs-SGD
 * comparison under a capacity condition [paper]; C is not explicit there.
 *
 * What is tested. GD*: design-averaged tuned risk (O3, 4 designs, t ∈ {0} ∪ [1, 1e9]); SGD*: exact
 * O4 risk, best of constant-stepsize last iterate, constant-stepsize average and step-decay last
 * iterate, each over η·tr Σ ∈ [1e-4, 1] (properties/linreg/sgd-setting.ts).
 * C = 2 [ours, calibrated]: bench/calibrate-sgd-comparisons.ts on frozen seed 20251203
 * (300 instances) printed GD* / SGD*: min 0.024, median 0.718, q95 1.008, max 1.074 (worst: a = 3,
 * source θ* with b = 1.8, ‖θ*‖_Σ = 1, σ² = 1, n = 10). C ≥ 1.5 × 1.074.
 * The calibration first exposed two gaps of our GD tuning, now fixed: the grid lacked t = 0
 * (θ̂ = 0; GD* / SGD* reached 14 on low-signal instances) and stops before one full step
 * (η < 1/s_max at t = 1; GD* / SGD* reached 1.35).
 *
 * Hypotheses → generators. a ∈ {1.5, 1.55, …, 3}, d = 2n, n ∈ [10, 60]; θ* of all three kinds;
 * ‖θ*‖_Σ ∈ [0.1, 10]; σ² ∈ [0.01, 1].
 *
 * Negative control 'without-capacity-condition': the same C on the talk's instance (head
 * n^(−p) under an isotropic tail of d = n² coordinates, p ∈ {0.85, 0.9}, n ∈ {80, 100, 120};
 * linreg/online-sgd-beats-gd), where tuned constant-stepsize SGD beats tuned GD by ≈ 3×.
 *
 * Not covered: slowly decaying spectra (see linreg/online-sgd-beats-gd for where SGD wins);
 * multi-pass SGD (linreg/multi-pass-sgd); n > 60.
 */
import { upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { EXACT } from '../../src/numeric/tolerance.ts';
import * as fc from 'fast-check';
import { tolerance } from '../../src/numeric/tolerance.ts';
import { describeLinreg } from './common.ts';
import { talkGd, talkSgd } from './online-sgd-beats-gd.ts';
import type { ComparisonInstance } from './sgd-setting.ts';
import { fastDecayArbitrary, gdAgainstSgd } from './sgd-setting.ts';

const CALIBRATED_C = 2;
/** Monte-Carlo allowance of the control (GD* from 2 designs): ≲ 5% at n ≥ 80; 15% > 3 SE */
const CONTROL_MC_RTOL = 0.15;

interface TalkInstance {
  readonly p: number;
  readonly sampleSize: number;
  readonly seed: number;
}

function checkTalk(instance: TalkInstance): Verdict {
  const gd = talkGd(instance.p, instance.sampleSize, instance.seed);
  const sgd = talkSgd(instance.p, instance.sampleSize).risk;
  return upperBound({
    relation: `GD* ≤ ${CALIBRATED_C}·SGD* on a huge isotropic tail (no capacity condition)`,
    lhs: gd,
    rhs: CALIBRATED_C * sgd,
    tolerance: tolerance(CONTROL_MC_RTOL),
    details: { 'GD*': gd, 'SGD*': sgd, d: instance.sampleSize ** 2 },
  });
}

function checkWith(instance: ComparisonInstance, C: number): Verdict {
  const r = gdAgainstSgd(instance);
  return upperBound({
    relation: `GD* ≤ ${C}·SGD* (both tuned, n samples)`,
    lhs: r.gd,
    rhs: C * r.sgd,
    tolerance: EXACT,
    details: { 'GD*': r.gd, 'SGD*': r.sgd, 'ridge*': r.ridge, 'GD* / SGD*': r.ratio },
  });
}

export const gdDominatesSgdFastDecay = defineTheorem<ComparisonInstance>({
  theoremId: 'linreg/gd-dominates-sgd-fast-decay',
  family: 'linreg',
  title: 'Tuned GD within a constant of tuned online SGD on fast-decaying spectra',
  mark: 'paper',
  source: {
    authors: 'J. Wu, P. Bartlett, J. Lee, S. Kakade, B. Yu',
    title:
      'Risk comparisons in linear regression: implicit regularization dominates explicit regularization',
    venue: 'arXiv',
    year: 2025,
    locator: 'GD vs online SGD under a capacity condition',
    arxiv: '2509.17251',
  },
  statement: `λ_i = i^(−a), a ≥ 1.5: GD* ≤ ${CALIBRATED_C}·SGD* (C calibrated)`,
  fullStatement:
    'For fast, continuously decaying spectra (capacity condition), tuned early-stopped GD is at most a ' +
    'constant times tuned online SGD with the same number of samples.',
  constants: [
    {
      name: 'C',
      value: String(CALIBRATED_C),
      provenance: 'ours',
      why: 'calibrated on seed 20251203: max 1.346',
    },
  ],
  hypotheses: 'Power laws a ∈ [1.5, 3], d = 2n, n ∈ [10, 60]; GD over 4 designs; SGD exact (O4).',
  gaps: ['Slow decay (a < 1.5) and non-power-law spectra.', 'n > 60.'],
  expected: { status: 'holds' },
  arbitrary: fastDecayArbitrary,
  check: (i) => checkWith(i, CALIBRATED_C),
  describe: (i) => ({ ...describeLinreg(i.problem), seed: i.seed }),
  numRuns: 8,
  controls: [
    {
      id: 'without-capacity-condition',
      statement: `GD* ≤ ${CALIBRATED_C}·SGD* also without the capacity condition (head under a d = n² isotropic tail)`,
      arbitrary: fc.record({
        p: fc.constantFrom(0.85, 0.9),
        sampleSize: fc.constantFrom(80, 100, 120),
        seed: fc.integer({ min: 0, max: 9 }),
      }),
      check: checkTalk,
      describe: (i: TalkInstance) => ({
        p: i.p,
        n: i.sampleSize,
        d: i.sampleSize ** 2,
        seed: i.seed,
      }),
      numRuns: 3,
    },
  ],
});
