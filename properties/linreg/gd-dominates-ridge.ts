/**
 * linreg/gd-dominates-ridge
 *
 * Statement. For every (Σ, θ*), n ≥ 1 and λ > 0, with probability ≥ 0.99 over the Gaussian design,
 *   risk(GD at ηt = 1/λ) ≤ C·risk(ridge λ)
 * for a universal constant C (not explicit in the source). risk = ‖θ̂ − θ*‖²_Σ.
 *
 * Source: Wu, Bartlett, Lee, Kakade, Yu, "Risk comparisons in linear regression: implicit
 * regularization dominates explicit regularization", arXiv 2509.17251 (2025), main theorem
 * (the talk's "GD dominates ridge", slide "e.g. ηt = 1/λ") [paper].
 *
 * What is tested. The probability is over the design; the noise is averaged out exactly (O3 gives
 * E[risk | X]), which is the form the comparison holds in for every design draw up to noise
 * concentration. For one instance (Σ, θ*, σ², n, λ) we draw K = 20 independent designs and count
 * the designs with risk_GD > C·risk_ridge. Under the theorem the count is Bin(20, p) with
 * p ≤ 0.01; the property fails only when the count reaches 6, which has probability
 * P[Bin(20, 0.01) ≥ 6] = 3.4e-8 ≤ ALPHA = 1e-7 (exact tail, src/numeric/statistics.ts).
 * False-alarm budget: ≤ 25 instances per npm-test run ⇒ ≤ 9e-7 per run; ×100 in verify ⇒ ≤ 9e-5.
 * GD uses t = ⌈s_max/λ⌉ and η = 1/(λt) ≤ 1/s_max on each design (src/linreg/compare.ts).
 *
 * The constant C = 4 [ours, calibrated]. bench/calibrate-gd-dominates-ridge.ts on the frozen seed
 * 20251203 (400 instances of this very distribution × 20 designs = 8000 designs) printed:
 *   risk(GD)/risk(ridge): median 0.8226, q99 2.1136, q999 3.0991, max 3.4607
 *   share with ratio > 1: 0.2993
 *   worst: power-flat (i^(−1.1) head of 1, flat 0.021, d = 50), source θ*, ‖θ*‖_Σ = 0.1, σ² = 1,
 *   n = 2, λ = 1 (variance-dominated, t = 1 or 2 steps)
 * C is frozen at 4 = c_GD(1), the per-direction variance constant at t = 1, above the largest
 * ratio seen (3.46). The test runs on fresh seeds; each verdict reports the largest ratio seen.
 * Fresh-seed checks (exploration, not calibration): seed 777, 300 instances × 20 designs: max
 * 3.47, none above C; n ∈ [50, 200], d ∈ [100, 400], 60 × 3 designs: max 1.94; n ≤ 6, d ≤ 12,
 * 3000 × 20 designs: max 3.81. Observed, not claimed: in the calibration set no design exceeded
 * max(1, c_GD(t)) at its own t (largest ratio/c_GD(t) = 0.988 over 8000 designs), although the
 * population bias alone can exceed ridge's by 5× (linreg/gd-dominates-ridge-fixed-design).
 *
 * Hypotheses → generators. src/generators/linreg.ts with 2 ≤ d ≤ 80, 2 ≤ n ≤ 40 (power-law,
 * spiked, power-law-plus-flat spectra; θ* = e₁, source condition, random; σ² ∈ [0.01, 10];
 * ‖θ*‖_Σ ∈ [0.1, 10]); λ log-uniform in [1e-4, 1] (λ₁ = 1).
 *
 * Not covered: n > 40 and d > 80 in npm test (verify's run scaling draws more instances, not
 * larger ones); the noise draw's own fluctuation (we test the noise-averaged risk).
 */
import * as fc from 'fast-check';
import { countAtLeast } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { binomialUpperTail } from '../../src/numeric/statistics.ts';
import { describeLinreg } from './common.ts';
import type { StatisticalInstance } from './gd-dominates-ridge-setting.ts';
import {
  DESIGNS_PER_INSTANCE,
  comparisonsOf,
  statisticalArbitrary,
} from './gd-dominates-ridge-setting.ts';

/** the frozen constant (see header for its calibration) */
export const CALIBRATED_C = 4;
/** failure probability the theorem allows per design */
const FAILURE_RATE = 0.01;
/** per-instance false-alarm probability */
const ALPHA = 1e-7;

/** the smallest failure count whose tail probability under Bin(K, 0.01) is below ALPHA */
function criticalCount(designs: number): number {
  for (let k = 0; k <= designs; k++) {
    if (binomialUpperTail(k, designs, FAILURE_RATE) < ALPHA) return k;
  }
  return designs + 1;
}

const CRITICAL = criticalCount(DESIGNS_PER_INSTANCE);

function checkWithConstant(instance: StatisticalInstance, C: number): Verdict {
  const comparisons = comparisonsOf(instance);
  const ratios = comparisons.map((c) => c.ratio);
  for (const r of ratios) {
    if (!Number.isFinite(r))
      throw new RangeError(`gd-dominates-ridge: non-finite risk ratio ${r}.`);
  }
  const failures = ratios.filter((r) => r > C).length;
  const worst = comparisons[ratios.indexOf(Math.max(...ratios))];
  // holds when failures ≤ CRITICAL − 1, i.e. (CRITICAL − 1) ≥ failures
  return countAtLeast(
    `#{designs with risk_GD > ${C}·risk_ridge} ≤ ${CRITICAL - 1} of ${DESIGNS_PER_INSTANCE} (p ≤ 0.01 at α = ${ALPHA})`,
    CRITICAL - 1,
    failures,
    {
      failures,
      'p-value P[Bin(K, 0.01) ≥ failures]': binomialUpperTail(
        failures,
        DESIGNS_PER_INSTANCE,
        FAILURE_RATE,
      ),
      'largest risk_GD/risk_ridge': worst.ratio,
      'risk_GD (worst)': worst.gd.risk,
      'risk_ridge (worst)': worst.ridge.risk,
      't (worst)': worst.numSteps,
      C,
    },
  );
}

function describe(instance: StatisticalInstance) {
  return {
    ...describeLinreg(instance.problem),
    λ: instance.lambda,
    designSeed: instance.designSeed,
  };
}

export const gdDominatesRidge = defineTheorem<StatisticalInstance>({
  theoremId: 'linreg/gd-dominates-ridge',
  family: 'linreg',
  title: 'GD dominates ridge with probability ≥ 0.99 over the design',
  mark: 'paper',
  source: {
    authors: 'J. Wu, P. Bartlett, J. Lee, S. Kakade, B. Yu',
    title:
      'Risk comparisons in linear regression: implicit regularization dominates explicit regularization',
    venue: 'arXiv',
    year: 2025,
    locator: 'main theorem (GD at ηt = 1/λ vs ridge λ, w.p. ≥ 0.99)',
    arxiv: '2509.17251',
  },
  statement: `w.p. ≥ 0.99 over X: risk(GD, ηt = 1/λ) ≤ C·risk(ridge λ), C = ${CALIBRATED_C} (calibrated)`,
  fullStatement:
    'For every (Σ, θ*), n ≥ 1 and λ ≥ 0, with probability at least 0.99 over the design, ' +
    'risk(GD with ηt = 1/λ) ≲ risk(ridge with penalty λ).',
  constants: [
    {
      name: 'C',
      value: String(CALIBRATED_C),
      provenance: 'ours',
      why: 'calibrated on seed 20251203 (max seen 3.46), frozen at c_GD(1) = 4',
    },
    {
      name: 'K',
      value: String(DESIGNS_PER_INSTANCE),
      provenance: 'ours',
      why: 'designs per instance',
    },
    {
      name: 'ALPHA',
      value: String(ALPHA),
      provenance: 'ours',
      why: 'per-instance false-alarm probability',
    },
  ],
  hypotheses:
    'Gaussian designs, 2 ≤ d ≤ 80, 2 ≤ n ≤ 40, three spectra and three θ* kinds; λ ∈ [1e-4, 1]; K = 20 designs per instance.',
  gaps: [
    'Large n and d (see linreg/ridge-polynomially-worse for n up to 400).',
    'The noise draw is averaged, not sampled.',
  ],
  expected: { status: 'holds' },
  arbitrary: statisticalArbitrary,
  check: (instance) => checkWithConstant(instance, CALIBRATED_C),
  describe,
  numRuns: 25,
  controls: [
    {
      id: 'constant-one',
      statement: 'w.p. ≥ 0.99 over X: risk(GD, ηt = 1/λ) ≤ risk(ridge λ) (C = 1: GD never worse)',
      arbitrary: statisticalArbitrary,
      check: (instance: StatisticalInstance) => checkWithConstant(instance, 1),
      describe,
      numRuns: 40,
    },
  ],
});
