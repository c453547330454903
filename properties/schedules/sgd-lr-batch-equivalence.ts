/**
 * schedules/sgd-lr-batch-equivalence
 *
 * Statement. SGD on noisy Gaussian linear regression (σ² > 0), two schedules from the same base
 * (η₀, B₀) and the same samples per phase; at each of K milestones one divides η by α₁ and
 * multiplies B by β₁, the other by α₂ and β₂, with α₁β₁ = α₂β₂. Then their expected risks at the
 * end of every phase agree up to a constant factor; checked as: within [2/3, 3/2] of each other.
 *
 * Source: Meterez, Morwani, Wu, Oncescu, Pehlevan, Kakade, "Seesaw: accelerating training by
 * balancing learning rate and batch size scheduling", ICLR 2026, arXiv 2510.14717, Theorem 1
 * (the constant is the paper's "up to constant factors"; the band [2/3, 3/2] is THEOREMS.md's).
 *
 * Hypotheses → generators. Noisy linear regression: power-law head of ≤ 6 coordinates, optional
 * flat tail of ≤ 10⁴ coordinates (collapsed), σ² log-uniform in [1e-6, 1] (initial risk O(1)).
 * Pairs (α₁, β₁) vs (α₂, β₂): (2, 1)/(1, 2), (4, 1)/(1, 4), (4, 1)/(2, 2). B₀ ∈ {1, 2, 4, 8},
 * K ≤ 3, phases of 1–40 units of B₀·4^K samples (so every phase has a whole number of steps).
 * Stepsize: η₀ = s·η_max(B₀), s ∈ [0.01, 0.25], η_max the O4 stability limit. The analysis
 * takes η small against 1/tr H; the cap 0.25 is ours [derived]: on 300 random instances the
 * worst ratio was 1.13 at s ≤ 0.2, 1.28 at s ≤ 0.3, 1.44 at s ≤ 0.5 and 2.36 at s ≤ 0.9
 * (10 % of instances outside the band) — so near the limit the rule fails (a control below).
 *
 * Tolerance. Both risks come from the exact recursion; relative rounding ≲ steps·10ε ≪ 1e-9,
 * so RATIO_ROUNDING = 1e-9 relative on the bound 3/2.
 *
 * Not covered: non-Gaussian features, β not a power of 2, schedules longer than ~10⁴ steps.
 */
import * as fc from 'fast-check';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { upperBound } from '../../src/harness/verdict.ts';
import { tolerance } from '../../src/numeric/tolerance.ts';
import type { LinearRegressionInstance } from '../../src/generators/linearRegression.ts';
import { describeLinear, linearRegressionArbitrary, materializeLinear } from '../../src/generators/linearRegression.ts';
import { sgdStabilityLimit } from '../../src/risk/stabilityLimit.ts';
import { applyRule, fixedRule } from '../../src/schedules/schedule.ts';
import { scheduleRisk } from '../../src/schedules/scheduleRisk.ts';
import { SCHEDULES_SOURCE } from './source.ts';

/** The band [2/3, 3/2] as the largest allowed ratio max(R₁/R₂, R₂/R₁). */
const BAND = 1.5;
const RATIO_ROUNDING = tolerance(1e-9);
const PAIRS: readonly (readonly [readonly [number, number], readonly [number, number]])[] = [
  [[2, 1], [1, 2]],
  [[4, 1], [1, 4]],
  [[4, 1], [2, 2]],
];

interface Instance {
  readonly problem: LinearRegressionInstance;
  readonly batchExponent: number;
  readonly stepFraction: number;
  /** [[α₁, β₁], [α₂, β₂]] */
  readonly rules: readonly (readonly number[])[];
  readonly phaseUnits: readonly number[];
}

function arbitrary(options: {
  noise: readonly [number, number] | 0;
  fraction: readonly [number, number];
  pairs: typeof PAIRS;
  maxUnits: number;
}): fc.Arbitrary<Instance> {
  return fc.record({
    problem: linearRegressionArbitrary({
      noise: options.noise,
      tail: { multiplicity: [2, 10_000], trace: [0.01, 10], optional: true },
    }),
    batchExponent: fc.integer({ min: 0, max: 3 }),
    stepFraction: fc.double({ min: options.fraction[0], max: options.fraction[1], noNaN: true }),
    rules: fc.constantFrom(...options.pairs).map((p) => p.map((r) => [...r])),
    phaseUnits: fc.array(fc.integer({ min: 1, max: options.maxUnits }), { minLength: 2, maxLength: 4 }),
  });
}

export function compareRules(instance: Instance): Verdict {
  const problem = materializeLinear(instance.problem);
  const B0 = 2 ** instance.batchExponent;
  const K = instance.phaseUnits.length - 1;
  const unit = B0 * 4 ** K;
  const plan = {
    baseStepSize: instance.stepFraction * sgdStabilityLimit(problem.spectrum, B0),
    baseBatchSize: B0,
    phaseSamples: instance.phaseUnits.map((u) => u * unit),
    decay: Array(K).fill(1),
  };
  const [[a1, b1], [a2, b2]] = instance.rules;
  const first = scheduleRisk(problem, applyRule(plan, fixedRule(a1, b1)));
  const second = scheduleRisk(problem, applyRule(plan, fixedRule(a2, b2)));

  let worst = 1;
  let worstPhase = 0;
  first.phaseEndRisk.forEach((r1, k) => {
    const r2 = second.phaseEndRisk[k];
    const ratio = Math.max(r1 / r2, r2 / r1);
    if (!(ratio <= worst)) {
      worst = ratio;
      worstPhase = k;
    }
  });
  return upperBound({
    relation: `max over phase ends of max(R₁/R₂, R₂/R₁) ≤ ${BAND}, rules (${a1}, ${b1}) vs (${a2}, ${b2})`,
    lhs: worst,
    rhs: BAND,
    tolerance: RATIO_ROUNDING,
    details: {
      worstPhase,
      'η₀': plan.baseStepSize,
      B0,
      'R₁ at phase ends': first.phaseEndRisk.map((r) => +r.toPrecision(4)),
      'R₂ at phase ends': second.phaseEndRisk.map((r) => +r.toPrecision(4)),
      'serial steps (1, 2)': [first.schedule.serialSteps, second.schedule.serialSteps],
    },
  });
}

function describe(instance: Instance) {
  return {
    ...describeLinear(instance.problem),
    B0: 2 ** instance.batchExponent,
    'η₀/η_max(B₀)': instance.stepFraction,
    rules: instance.rules.map((r) => `(${r.join(', ')})`).join(' vs '),
    phaseUnits: instance.phaseUnits,
  };
}

export const sgdLrBatchEquivalence = defineTheorem<Instance>({
  theoremId: 'schedules/sgd-lr-batch-equivalence',
  family: 'schedules',
  title: 'SGD: dividing the stepsize by α ≈ multiplying the batch by β when αβ is the same',
  mark: 'paper',
  source: { ...SCHEDULES_SOURCE, locator: 'Theorem 1 (SGD on noisy linear regression)' },
  statement: 'α₁β₁ = α₂β₂, same samples per phase, η₀ ≤ 0.25·η_max ⇒ R₁/R₂ ∈ [2/3, 3/2] at every phase end',
  fullStatement:
    'For SGD on noisy Gaussian linear regression, two milestone schedules from the same (η₀, B₀) that ' +
    'at each milestone divide η by α_j and multiply B by β_j with α₁β₁ = α₂β₂ and spend the same ' +
    'samples per phase have expected risks within a constant factor ([2/3, 3/2] here) at every phase end.',
  constants: [
    { name: 'band', value: '[2/3, 3/2]', provenance: 'ours', why: 'THEOREMS.md’s reading of "up to constant factors"' },
    { name: 'stepsize cap', value: '0.25·η_max(B₀)', provenance: 'derived', why: 'worst ratio 1.13–1.28 below it; 2.36 at 0.9' },
  ],
  hypotheses:
    'O4 exact risks; σ² ∈ [1e-6, 1]; power-law head (≤ 6) plus optional collapsed flat tail (≤ 10⁴); ' +
    'B₀ ∈ {1, 2, 4, 8}; K ≤ 3 milestones; η₀ = s·η_max(B₀), s ∈ [0.01, 0.25].',
  gaps: ['Non-Gaussian features', 'β other than powers of 2', 'noiseless problems (refuted: see control)'],
  expected: { status: 'holds' },
  arbitrary: arbitrary({ noise: [1e-6, 1], fraction: [0.01, 0.25], pairs: PAIRS, maxUnits: 40 }),
  check: compareRules,
  describe,
  numRuns: 60,
  controls: [
    {
      id: 'batch-x2-vs-lr-div4',
      statement: 'batch ×2 per milestone is equivalent to lr ÷4 (αβ = 2 vs 4)',
      arbitrary: arbitrary({ noise: [1e-6, 1], fraction: [0.01, 0.25], pairs: [[[4, 1], [1, 2]]], maxUnits: 200 }),
      check: compareRules,
      describe,
    },
    {
      id: 'near-stability-limit',
      statement: 'the αβ rule still holds with η₀ between 0.8 and 0.95 of the stability limit',
      arbitrary: arbitrary({ noise: [1e-6, 1], fraction: [0.8, 0.95], pairs: [PAIRS[0]], maxUnits: 40 }),
      check: compareRules,
      describe,
    },
    {
      id: 'noiseless',
      statement: 'the αβ rule holds without label noise (σ² = 0)',
      arbitrary: arbitrary({ noise: 0, fraction: [0.01, 0.25], pairs: PAIRS, maxUnits: 200 }),
      check: compareRules,
      describe,
    },
  ],
});
