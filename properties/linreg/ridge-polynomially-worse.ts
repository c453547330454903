/**
 * linreg/ridge-polynomially-worse
 *
 * Statement. Power law λ_i = i^(−a) (a > 1), θ* = e₁, σ² = 1, Gaussian design with n samples. Then
 *   tuned ridge:  inf_λ E risk(ridge λ) ≍ n^(−2a/(2a+1)),
 *   tuned GD:     inf_t E risk(GD t) ≲ (ln n)^(1/a)/n,
 * so ridge* / GD* grows polynomially, like n^(1/(2a+1)) up to logs (→ n^(1/3) as a → 1: the talk's
 * "GD ≲ n^(−0.33)·ridge").
 *
 * Source: Wu, Bartlett, Lee, Kakade, Yu, "Risk comparisons in linear regression: implicit
 * regularization dominates explicit regularization", arXiv 2509.17251 (2025), the power-law
 * separation example [paper]; the exponents follow from the Tsigler–Bartlett ridge risk
 * (bias ≈ λ², variance ≈ λ^(−1/a)/n) and GD's exponential bias decay along e₁ [derived].
 *
 * What is tested (a rate, so a fit): for one exponent a, the design-averaged tuned risks
 * (src/linreg/expectedTuned.ts, K = 4 designs, grids of 16 points per decade) at
 * n = 20·2^(k/2), k = 0 … 6 (20 to 160), d = 2n. fitLogLog (95% bootstrap) gives
 *   (i)  the exponent of ridge*: its interval must meet [θ − RATE_SLACK, θ + RATE_SLACK], θ = −2a/(2a+1);
 *   (ii) the exponent of GD*·n/(ln n)^(1/a) (the log factor divided out): its lower end ≤ RATE_SLACK
 *        (GD is no slower than (ln n)^(1/a)/n).
 * The fitted exponent of ridge* / GD* is reported beside the theory's 1/(2a+1); on exploration
 * seeds it came out above the theory (0.32 vs 0.25 at a = 1.5, 0.25–0.28 vs 0.20 at a = 2, 0.19
 * vs 0.14 at a = 3): at these n GD's risk falls faster than 1/n (GD* is reached within 1–2 steps),
 * so the separation is, if anything, stronger than the asymptotic exponent at n ≤ 160.
 * RATE_SLACK = 0.12 [ours]. Grid resolution moves a log-risk by ≤ 0.003 (≤ 0.002 in a slope
 * over a factor 8 in n). The rest is finite-n curvature and design noise, which the bootstrap
 * over 7 points does not see (each point averages only K = 4 designs). A first version used
 * 0.05, set from one exploration seed; a 5× deeper run (seed 777) refuted it at a = 1.5
 * (ridge* exponent −0.648, interval [−0.688, −0.603], theory −0.75; kept as a fixture). We then
 * measured 12 independent sweeps (a ∈ {1.5, 2}, d ∈ {2n, 8n}, design seeds 1–3): fitted minus
 * theoretical exponent ∈ [0.00, +0.10], always shallower (lower-order terms of the ridge risk at
 * n ≤ 160, and the truncation at d = 2n), hence 0.12.
 * Negative control (THEOREMS.md): "ridge* ≤ 1.5·GD*" — refuted here already at n ≈ 40 (the
 * catalogue expected n ≥ 10³ on its saturation instance), so it runs fast in npm test.
 *
 * Hypotheses → generators. a ∈ {1.5, 1.75, …, 3}; the truncation d = 2n keeps Σ_{i>d} λ_i
 * small for a ≥ 1.5. Not covered: a < 1.5 (the truncated tail would matter at d = 2n; needs
 * d ≫ n), n > 160 in npm test (verify's scaling draws more exponents, not larger n).
 */
import * as fc from 'fast-check';
import { expectedTuned } from '../../src/linreg/expectedTuned.ts';
import { materializeLinreg } from '../../src/linreg/instance.ts';
import type { LinregProblem } from '../../src/linreg/instance.ts';
import { allOf, upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { fitLogLog } from '../../src/numeric/rateFit.ts';
import { EXACT, tolerance } from '../../src/numeric/tolerance.ts';
import { seedArbitrary } from '../../src/generators/quadratic.ts';

const RATE_SLACK = 0.12;
const DESIGNS = 4;
export const SAMPLE_SIZES = [0, 1, 2, 3, 4, 5, 6].map((k) => Math.round(20 * Math.pow(2, k / 2)));
/** the control's Monte-Carlo allowance: K = 6 design averages vary by ≲ 3% at n ≥ 10; 10% > 3 SE */
const CONTROL_MC_RTOL = 0.1;

interface Instance {
  readonly exponent: number;
  readonly seed: number;
}

export function powerLawProblem(exponent: number, n: number): LinregProblem {
  return materializeLinreg({
    spectrum: { kind: 'power', exponent, dimension: 2 * n },
    theta: { kind: 'e1' },
    signal: 1,
    noiseVariance: 1,
    sampleSize: n,
  });
}

export function separationSweep(
  exponent: number,
  seed: number,
  sizes = SAMPLE_SIZES,
  designs = DESIGNS,
) {
  return sizes.map((n) => ({
    n,
    ...expectedTuned(powerLawProblem(exponent, n), n, designs, seed + n),
  }));
}

function checkRates(instance: Instance): Verdict {
  const a = instance.exponent;
  const sweep = separationSweep(a, instance.seed);
  const ns = sweep.map((p) => p.n);
  const ridgeFit = fitLogLog(
    ns,
    sweep.map((p) => p.ridgeRisk),
    { seed: instance.seed },
  );
  const gdFit = fitLogLog(
    ns,
    sweep.map((p) => (p.gdRisk * p.n) / Math.pow(Math.log(p.n), 1 / a)),
    { seed: instance.seed },
  );
  const ratioFit = fitLogLog(
    ns,
    sweep.map((p) => p.ridgeRisk / p.gdRisk),
    { seed: instance.seed },
  );
  const theory = (-2 * a) / (2 * a + 1);
  const shared = {
    'ridge* exponent': ridgeFit.slope,
    'ridge* interval': [ridgeFit.slopeLow, ridgeFit.slopeHigh],
    'ridge* theory −2a/(2a+1)': theory,
    'ridge*/GD* exponent': ratioFit.slope,
    'ridge*/GD* interval': [ratioFit.slopeLow, ratioFit.slopeHigh],
    'ridge*/GD* theory 1/(2a+1)': 1 / (2 * a + 1),
    'ridge*/GD* at n = 160': sweep[sweep.length - 1].ridgeRisk / sweep[sweep.length - 1].gdRisk,
  };
  return allOf('ridge* ∝ n^(−2a/(2a+1)) and GD* ≲ (ln n)^(1/a)/n', [
    upperBound({
      relation: 'ridge* exponent interval reaches down to −2a/(2a+1) + slack',
      lhs: ridgeFit.slopeLow,
      rhs: theory + RATE_SLACK,
      tolerance: EXACT,
      details: shared,
    }),
    upperBound({
      relation: 'ridge* exponent interval reaches up to −2a/(2a+1) − slack',
      lhs: theory - RATE_SLACK,
      rhs: ridgeFit.slopeHigh,
      tolerance: EXACT,
      details: shared,
    }),
    upperBound({
      relation: 'exponent of GD*·n/(ln n)^(1/a) is not significantly > 0',
      lhs: gdFit.slopeLow,
      rhs: RATE_SLACK,
      tolerance: EXACT,
      details: { ...shared, 'GD*·n/(ln n)^(1/a) exponent': gdFit.slope },
    }),
  ]);
}

interface ControlInstance {
  readonly exponent: number;
  readonly sampleSize: number;
  readonly seed: number;
}

function checkRidgeWithin15(instance: ControlInstance): Verdict {
  const n = instance.sampleSize;
  const tuned = expectedTuned(powerLawProblem(instance.exponent, n), n, 6, instance.seed);
  return upperBound({
    relation: 'ridge* ≤ 1.5·GD*',
    lhs: tuned.ridgeRisk,
    rhs: 1.5 * tuned.gdRisk,
    tolerance: tolerance(CONTROL_MC_RTOL),
    details: {
      'ridge*': tuned.ridgeRisk,
      'GD*': tuned.gdRisk,
      'λ*': tuned.ridgeLambda,
      't*': tuned.gdSteps,
    },
  });
}

const exponentGrid = fc.integer({ min: 0, max: 6 }).map((k) => 1.5 + k / 4);

export const ridgePolynomiallyWorse = defineTheorem<Instance>({
  theoremId: 'linreg/ridge-polynomially-worse',
  family: 'linreg',
  title: 'Ridge is polynomially worse than GD on power laws with θ* = e₁',
  mark: 'paper',
  source: {
    authors: 'J. Wu, P. Bartlett, J. Lee, S. Kakade, B. Yu',
    title:
      'Risk comparisons in linear regression: implicit regularization dominates explicit regularization',
    venue: 'arXiv',
    year: 2025,
    locator: 'power-law separation example (the talk: GD ≲ n^(−0.33)·ridge)',
    arxiv: '2509.17251',
  },
  statement:
    'λ_i = i^(−a), θ* = e₁: ridge* ∝ n^(−2a/(2a+1)), GD* ≲ (ln n)^(1/a)/n (fitted over n = 20…160)',
  fullStatement:
    'For λ_i = i^(−a), θ* = e₁ and σ² = 1, the tuned ridge risk decays like n^(−2a/(2a+1)) while tuned ' +
    'early-stopped GD reaches ≈ 1/n, so ridge*/GD* grows like n^(1/(2a+1)).',
  constants: [
    {
      name: 'RATE_SLACK',
      value: String(RATE_SLACK),
      provenance: 'ours',
      why: 'finite-n curvature and design noise, measured over 12 sweeps',
    },
    { name: 'K', value: String(DESIGNS), provenance: 'ours', why: 'designs averaged per n' },
  ],
  hypotheses: 'a ∈ {1.5, …, 3}; n = 20·2^(k/2), k ≤ 6; d = 2n; σ² = 1; θ* = e₁.',
  gaps: ['a < 1.5 (needs d ≫ n).', 'n > 160 (verify scales the number of exponents, not n).'],
  expected: { status: 'holds' },
  arbitrary: fc.record({ exponent: exponentGrid, seed: seedArbitrary }),
  check: checkRates,
  describe: (i) => ({ a: i.exponent, seed: i.seed, n: SAMPLE_SIZES, d: '2n', K: DESIGNS }),
  numRuns: 2,
  controls: [
    {
      id: 'ridge-within-1-5',
      statement: 'ridge* ≤ 1.5·GD* (tuned ridge within 1.5 of tuned GD)',
      arbitrary: fc.record({
        exponent: exponentGrid,
        sampleSize: fc.integer({ min: 4, max: 30 }).map((k) => 5 * k),
        // a few seeds only: shrinking a 31-bit seed would re-run the sweep ~30 times
        seed: fc.integer({ min: 0, max: 9 }),
      }),
      check: checkRidgeWithin15,
      describe: (i: ControlInstance) => ({
        a: i.exponent,
        n: i.sampleSize,
        d: 2 * i.sampleSize,
        seed: i.seed,
      }),
      numRuns: 10,
    },
  ],
});
