/**
 * linreg/sgd-vs-ridge
 *
 * Statement (as restated in THEOREMS.md). For every instance (Σ, θ*) and N, tuned online SGD with
 * N·⌈ln N⌉ samples is at most C times tuned ridge with N samples.
 *
 * Source: D. Zou, J. Wu, V. Braverman, Q. Gu, D. Foster, S. Kakade, "The benefits of implicit
 * regularization from SGD in least squares problems", NeurIPS 2021 [paper; its abstract restricts
 * the claim to "a broad class of least squares problem instances (that are natural in
 * high-dimensional settings)" and allows polylogarithmically more samples; we test N·⌈ln N⌉].
 *
 * What is tested. SGD*: exact O4, best of constant last iterate / constant average / step-decay,
 * over η·tr Σ ∈ [1e-4, 1], N·⌈ln N⌉ steps; ridge*: design-averaged tuned ridge (O3, 4 designs,
 * λ ∈ {∞} ∪ [1e-9, 10]). The property is restricted to a natural high-dimensional class: power
 * laws a ∈ [1.5, 3] with d = 2N, in the talk's normalisation σ² = 1, ‖θ*‖_Σ ≤ 1.
 * C = 2.5 [ours, calibrated]: bench/calibrate-sgd-comparisons.ts on frozen seed 20251203
 * (300 instances of this class) printed SGD*(N⌈ln N⌉) / ridge*(N): min 0.232, median 0.753,
 * q95 1.019, max 1.387 (worst: a = 2.8, random θ*, ‖θ*‖_Σ = 1, N = 32). C ≥ 1.5 × 1.387.
 *
 * FINDINGS (two negative controls; the catalogue's "for every instance" form is false).
 * 'tiny-eigendirection': a 5× deeper run (seed 4242) of the first version of this property,
 * over all spectrum kinds, found d = 2, spikes [1] over 0.0297, source θ*, ‖θ*‖_Σ = 1, σ² = 1,
 * N = 18 with SGD* / ridge* = 3.0. The mechanism: a direction with λ ≪ 1/(N ln N) carrying signal
 * is resolved by ridge (OLS variance σ²/N in Σ-norm, whatever λ) but not reached by N⌈ln N⌉ SGD
 * steps. On Σ = diag(1, 1/(N ln N)), equal Σ-mass, σ² = 1 the ratio grows like N: 1.26, 3.53,
 * 6.56, 12.1, 22.8 at N = 10, 20, 40, 80, 160, so no constant works (bounded SNR).
 * 'high-snr': without a bound on ‖θ*‖²_Σ/σ², SGD's multiplicative noise (O4's η²λ_i·S term)
 * spreads the signal's error over small eigendirections: on a power-flat spectrum (d = 11),
 * σ² = 0.01, SGD* / ridge* = 0.67, 9.7, 281, 1.9e4 at ‖θ*‖_Σ = 1, 10, 100, 1000 (N = 16), confirmed
 * by Monte Carlo of the real algorithm (4000 runs, ‖θ*‖_Σ = 100: 7.21 ± 0.14 against O4's 7.44).
 * Both instances lie outside the paper's high-dimensional class as far as we can tell; we could
 * not check the class's exact definition here.
 *
 * Not covered: N > 40; other natural classes (e.g. power law + flat tail); multi-pass SGD.
 */
import { upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { EXACT } from '../../src/numeric/tolerance.ts';
import { describeLinreg } from './common.ts';
import type { ComparisonInstance } from './sgd-setting.ts';
import {
  highSnrArbitrary,
  sgdAgainstRidge,
  sgdVsRidgeArbitrary,
  tinyDirectionArbitrary,
} from './sgd-setting.ts';

const CALIBRATED_C = 2.5;

function check(instance: ComparisonInstance): Verdict {
  const r = sgdAgainstRidge(instance);
  return upperBound({
    relation: `SGD*(N⌈ln N⌉ samples) ≤ ${CALIBRATED_C}·ridge*(N samples)`,
    lhs: r.sgd,
    rhs: CALIBRATED_C * r.ridge,
    tolerance: EXACT,
    details: { 'SGD*': r.sgd, 'ridge*': r.ridge, 'SGD steps': r.steps, ratio: r.ratio },
  });
}

function describe(i: ComparisonInstance) {
  return { ...describeLinreg(i.problem), seed: i.seed };
}

export const sgdVsRidge = defineTheorem<ComparisonInstance>({
  theoremId: 'linreg/sgd-vs-ridge',
  family: 'linreg',
  title: 'Tuned SGD with N⌈ln N⌉ samples within a constant of tuned ridge with N',
  mark: 'paper',
  source: {
    authors: 'D. Zou, J. Wu, V. Braverman, Q. Gu, D. Foster, S. Kakade',
    title: 'The benefits of implicit regularization from SGD in least squares problems',
    venue: 'NeurIPS',
    year: 2021,
    locator: 'main comparison theorem (SGD vs ridge)',
    arxiv: '2108.04552',
  },
  statement: `power laws, d = 2N, σ² = 1, ‖θ*‖_Σ ≤ 1: SGD*(N⌈ln N⌉) ≤ ${CALIBRATED_C}·ridge*(N) (C calibrated)`,
  fullStatement:
    'For every linear-regression instance, tuned SGD given N·⌈log N⌉ samples has risk at most a constant ' +
    'times that of tuned ridge given N samples.',
  constants: [
    {
      name: 'C',
      value: String(CALIBRATED_C),
      provenance: 'ours',
      why: 'calibrated on seed 20251203 (power-law class)',
    },
  ],
  hypotheses:
    'λ_i = i^(−a), a ∈ [1.5, 3], d = 2N, N ∈ [4, 40], three θ* kinds, ‖θ*‖_Σ ∈ [0.1, 1], σ² = 1.',
  gaps: [
    'N > 40.',
    'Other spectra: a tiny eigendirection with signal refutes the claim (control).',
    'High SNR refutes it (control).',
  ],
  expected: { status: 'holds' },
  arbitrary: sgdVsRidgeArbitrary,
  check,
  describe,
  numRuns: 15,
  controls: [
    {
      id: 'tiny-eigendirection',
      statement: `the same C for every instance: Σ = diag(1, 1/(N ln N)), equal Σ-mass, σ² = 1, N ∈ {40, 80, 160}`,
      arbitrary: tinyDirectionArbitrary,
      check,
      describe,
      numRuns: 3,
    },
    {
      id: 'high-snr',
      statement: `the same with C = ${CALIBRATED_C} when ‖θ*‖_Σ ∈ [10, 100] and σ² = 0.01 (no SNR condition)`,
      arbitrary: highSnrArbitrary,
      check,
      describe,
      numRuns: 30,
    },
  ],
});
