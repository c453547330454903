/**
 * linreg/online-sgd-beats-gd
 *
 * Statement (talk, "Online SGD beats GD"). For n ≥ 1, d ≥ n², θ* = n^(p/2)·e₁ and
 * Σ = diag(n^(−p), 1/d, …, 1/d) (so ‖θ*‖_Σ = 1), σ² = 1: with probability ≥ 0.99, for every
 * η ≲ 1 and every t, risk(GD_t) = Ω(n^(−2(1−p))) (the talk's p = 0.9 gives n^(−0.2)), while online
 * SGD with η ≍ 1 over the n samples reaches O(ln n / n).
 *
 * Source: J. Wu, talk "Towards a less conservative theory of machine learning" (slide "Online
 * SGD beats GD", p = 0.9) and Wu, Bartlett, Lee, Kakade, Yu, arXiv 2509.17251 (2025) [paper];
 * the exponent 2(1 − p) for general p is our reading [derived: GD cannot fit the head before the
 * isotropic tail, so its bias stays ≳ OLS-like n^(−2(1−p))].
 *
 * What is tested (rates, fitted). n ∈ {20, 40, 80, 160}, d = n²:
 *   GD* = min over t of the O3 risk with η = min(1, 1/s_max), designs from O5 (Bartlett–Wishart
 *         tail, wishart.ts), averaged over 2 designs; its fitted exponent's upper end must be
 *         ≥ −2(1 − p) − RATE_SLACK (GD decays no faster than the lower bound says);
 *   SGD* = min over constant η with η·tr Σ ∈ [1e-4, 1] of the exact O4 last-iterate risk after
 *         n steps; the fitted exponent of SGD*·n/ln n must have its lower end ≤ RATE_SLACK.
 * RATE_SLACK = 0.1 [ours]: pre-asymptotic curvature over a factor 8 in n; design averaging error
 * of 2 designs at n ≥ 20 is ≤ 5% in risk (≤ 0.03 in a slope).
 *
 * Findings. p is drawn from {0.5, 0.55, …, 0.7}: for the talk's p = 0.9 the SGD rate is not
 * visible at n ≤ 300 (exploration: constant-stepsize SGD* = 0.153, 0.096, 0.064, 0.045, 0.037 at
 * n = 25 … 300, so SGD*·n/ln n still grows), while GD* = 0.27 → 0.15 (exponent ≈ −0.25, matching
 * Ω(n^(−0.2))). Yet tuned constant-stepsize SGD already beats tuned GD there (0.037 vs 0.150 at
 * n = 300); with a step-decay schedule capped at η·tr Σ ≤ 1 it does not (0.45 vs 0.15): the
 * catalogue's "at n ≤ 800 GD is still 2–5× better" holds for that schedule only.
 *
 * Negative control (THEOREMS.md): "GD* ≤ SGD* always" — refuted with constant-stepsize SGD on
 * p ∈ {0.8, 0.85, 0.9} (the talk's instance included) at n ∈ {60, 80, 100} (the catalogue expected
 * n ≈ 800–1600; at smaller p and n ≤ 40 the two are within Monte-Carlo error of each other).
 *
 * Not covered: n > 160 in npm test (O5 makes n = 400 cost ~4 s per design); GD with η > 1/s_max.
 */
import * as fc from 'fast-check';
import { allOf, upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { seedArbitrary } from '../../src/generators/quadratic.ts';
import { fitLogLog } from '../../src/numeric/rateFit.ts';
import { EXACT, tolerance } from '../../src/numeric/tolerance.ts';
import { deriveSeed } from '../../src/random/rng.ts';
import { tunedGD } from '../../src/linreg/tune.ts';
import { wishartKernelInputs } from '../../src/linreg/wishart.ts';
import { sgdRisk } from '../../src/risk/sgdRisk.ts';
import { spectralDesignFromKernel } from '../../src/risk/spectralDesign.ts';
import { topEigenvalue } from '../../src/risk/spectralRisk.ts';

const RATE_SLACK = 0.1;
const SIZES = [20, 40, 80, 160];
const DESIGNS = 2;
/** Monte-Carlo allowance of the control: 2-design averages vary by ≲ 5% at n ≥ 20 */
const CONTROL_MC_RTOL = 0.15;

interface Instance {
  /** Σ₁₁ = n^(−p), θ* = n^(p/2)e₁ */
  readonly p: number;
  readonly seed: number;
}

/** tuned GD over t (η = min(1, 1/s_max)) on the talk's instance, averaged over designs (O5 + O3) */
export function talkGd(p: number, n: number, seed: number): number {
  const d = n * n;
  let total = 0;
  for (let k = 0; k < DESIGNS; k++) {
    const inputs = wishartKernelInputs(
      {
        head: [Math.pow(n, -p)],
        thetaHead: [Math.pow(n, p / 2)],
        tailLevel: 1 / d,
        tailCount: d - 1,
      },
      n,
      deriveSeed(seed, `${n}/${k}`),
    );
    const design = spectralDesignFromKernel(inputs);
    const fraction = Math.min(1, topEigenvalue(design));
    total += tunedGD(design, 1, fraction).risk / DESIGNS;
  }
  return total;
}

/** tuned constant-stepsize online SGD (last iterate after n steps), exact O4 with 2 groups */
export function talkSgd(p: number, n: number): { risk: number; stepSize: number } {
  const d = n * n;
  const head = Math.pow(n, -p);
  const trace = head + (d - 1) / d;
  let best = { risk: Infinity, stepSize: NaN };
  for (let k = 0; k <= 32; k++) {
    const eta = Math.pow(10, -4 + k / 8) / trace;
    const r = sgdRisk({
      spectrum: { eigenvalues: [head, 1 / d], multiplicities: [1, d - 1] },
      initialSecondMoments: [Math.pow(n, p), 0],
      noiseVariance: 1,
      stepSizes: eta,
      batchSizes: 1,
      numSteps: n,
    }).risk[n];
    if (r < best.risk) best = { risk: r, stepSize: eta };
  }
  return best;
}

function checkRates(instance: Instance): Verdict {
  const { p, seed } = instance;
  const gd = SIZES.map((n) => talkGd(p, n, seed));
  const sgd = SIZES.map((n) => talkSgd(p, n).risk);
  const gdFit = fitLogLog(SIZES, gd, { seed });
  const sgdFit = fitLogLog(
    SIZES,
    sgd.map((r, i) => (r * SIZES[i]) / Math.log(SIZES[i])),
    { seed },
  );
  const details = {
    'GD*': gd,
    'SGD*': sgd,
    'GD* exponent': gdFit.slope,
    'GD* interval': [gdFit.slopeLow, gdFit.slopeHigh],
    'GD* theory (lower bound) −2(1−p)': -2 * (1 - p),
    'SGD*·n/ln n exponent': sgdFit.slope,
    'SGD*·n/ln n interval': [sgdFit.slopeLow, sgdFit.slopeHigh],
  };
  return allOf('GD* = Ω(n^(−2(1−p))) and SGD* = O(ln n/n)', [
    upperBound({
      relation: 'GD* exponent interval reaches −2(1−p) − slack',
      lhs: -2 * (1 - p) - RATE_SLACK,
      rhs: gdFit.slopeHigh,
      tolerance: EXACT,
      details,
    }),
    upperBound({
      relation: 'exponent of SGD*·n/ln n is not significantly > 0',
      lhs: sgdFit.slopeLow,
      rhs: RATE_SLACK,
      tolerance: EXACT,
      details,
    }),
  ]);
}

interface ControlInstance {
  readonly p: number;
  readonly sampleSize: number;
  readonly seed: number;
}

function checkGdAlwaysBetter(instance: ControlInstance): Verdict {
  const n = instance.sampleSize;
  const gd = talkGd(instance.p, n, instance.seed);
  const sgd = talkSgd(instance.p, n);
  return upperBound({
    relation: 'GD* ≤ SGD* (tuned GD no worse than tuned online SGD)',
    lhs: gd,
    rhs: sgd.risk,
    tolerance: tolerance(CONTROL_MC_RTOL),
    details: { 'GD*': gd, 'SGD*': sgd.risk, η_SGD: sgd.stepSize, d: n * n },
  });
}

const pGrid = fc.integer({ min: 0, max: 4 }).map((k) => 0.5 + k / 20);

export const onlineSgdBeatsGd = defineTheorem<Instance>({
  theoremId: 'linreg/online-sgd-beats-gd',
  family: 'linreg',
  title: 'Online SGD beats GD on a head direction hidden under a huge isotropic tail',
  mark: 'paper',
  source: {
    authors: 'J. Wu (talk); J. Wu, P. Bartlett, J. Lee, S. Kakade, B. Yu',
    title:
      'Towards a less conservative theory of machine learning (talk); Risk comparisons in linear regression',
    venue: 'talk; arXiv',
    year: 2025,
    locator: 'slide "Online SGD beats GD"',
    arxiv: '2509.17251',
  },
  statement:
    'd = n², Σ = diag(n^(−p), 1/d…), θ* = n^(p/2)e₁: GD* = Ω(n^(−2(1−p))), online SGD* = O(ln n/n)',
  fullStatement:
    'For d ≥ n², θ* = n^0.45·e₁, Σ = diag(n^−0.9, 1/d, …, 1/d): w.p. ≥ 0.99, risk(GD) = Ω(n^−0.2) for all ' +
    'η ≲ 1 and t, while online SGD with η ≍ 1 has risk O(ln n/n).',
  constants: [
    {
      name: 'RATE_SLACK',
      value: String(RATE_SLACK),
      provenance: 'ours',
      why: 'pre-asymptotic curvature over n = 20…160',
    },
    {
      name: 'exponent 2(1−p)',
      value: '0.2 at p = 0.9',
      provenance: 'derived',
      why: 'generalises the talk’s n^(−0.2)',
    },
  ],
  hypotheses:
    'p ∈ {0.5, …, 0.7}; n ∈ {20, 40, 80, 160}, d = n² via O5; σ² = 1; GD over all t; SGD constant η·tr Σ ≤ 1.',
  gaps: ['The talk’s p = 0.9 (SGD’s rate is not visible at n ≤ 300; see header).', 'n > 160.'],
  expected: { status: 'holds' },
  arbitrary: fc.record({ p: pGrid, seed: seedArbitrary }),
  check: checkRates,
  describe: (i) => ({ p: i.p, n: SIZES, d: 'n²', seed: i.seed }),
  numRuns: 2,
  controls: [
    {
      id: 'gd-always-better',
      statement: 'GD* ≤ SGD* always (tuned GD never worse than tuned online SGD)',
      arbitrary: fc.record({
        p: fc.integer({ min: 0, max: 2 }).map((k) => 0.8 + k / 20),
        sampleSize: fc.integer({ min: 3, max: 5 }).map((k) => 20 * k),
        seed: fc.integer({ min: 0, max: 9 }),
      }),
      check: checkGdAlwaysBetter,
      describe: (i: ControlInstance) => ({
        p: i.p,
        n: i.sampleSize,
        d: i.sampleSize ** 2,
        seed: i.seed,
      }),
      numRuns: 2,
    },
  ],
});
