/**
 * schedules/seesaw-fewer-steps
 *
 * Statement. Normalized SGD on noisy Gaussian linear regression in the variance-dominated regime
 * (noise term ≥ 10 × mean term of E‖g‖² at every step). Take a base scheduler (a cosine stepped
 * in factors γ, or step decay by 2) at fixed batch B₀ — the "default" — and its Seesaw transform
 * (wherever the default divides η by α, multiply η by 1/√α and B by α), spending the same samples
 * in every phase. Then Seesaw's final expected risk is within [2/3, 3/2] of the default's and it
 * takes fewer serial steps.
 *
 * Source: Meterez et al., ICLR 2026, arXiv 2510.14717 (Seesaw; the equivalence is the α√β rule
 * of schedules/nsgd-equivalence) [paper]. Reported beside the verdict: the serial-step saving,
 * its continuous-cosine limit (basePlans.ts, our closed form) and the paper's 1 − 2/π ≈ 36.3 %.
 *
 * Finding (recorded by the control 'standard-cosine-saving'): with Seesaw as defined (B grows by
 * the factor the default divides η by), the continuous saving on the standard cosine
 * (1 + cos πs)/2 → 0 is 1 − ∫(1 + cos πs)/2 ds = 1/2, not 1 − 2/π; 1 − 2/π = 1 − ∫cos(πs/2) ds is
 * the saving for a quarter-period cosine cos(πs/2). Finely stepped (γ = 1.01, floor 1 %) we
 * measure 49.7 % (standard) and 36.0 % (quarter); with γ = 1.1, 47.9 % and 33.8 %.
 *
 * Hypotheses → generators: as nsgd-equivalence (collapsed tail of 10³–10⁵ coordinates, trace
 * 10²–10⁴, σ² ∈ [1e-2, 1], B₀ ∈ {1, 2, 4}, step cap s ∈ [0.01, 0.25] on the largest possible
 * effective step). Base plans: stepped cosine with γ ∈ [1.02, 1.2], floor ∈ [0.01, 0.2], either
 * shape, B₀·[200, 3000] samples; or step decay by 2 with 2–5 phases of B₀·2^(K)·[1, 40] samples.
 * Outside the regime the risk part passes vacuously (regime coverage ≥ 50 % is checked).
 *
 * Tolerance: exact recursions, RATIO_ROUNDING = 1e-9 relative; steps are integers (no tolerance).
 * Not covered: warm-up phases, Adam itself (see the practice sandbox).
 */
import * as fc from 'fast-check';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { allOf, countAtLeast, upperBound } from '../../src/harness/verdict.ts';
import { isClose, tolerance } from '../../src/numeric/tolerance.ts';
import type { LinearRegressionInstance } from '../../src/generators/linearRegression.ts';
import { describeLinear, materializeLinear } from '../../src/generators/linearRegression.ts';
import type { CosineShape } from '../../src/schedules/basePlans.ts';
import { continuousSeesawSaving, stepDecay, steppedCosine } from '../../src/schedules/basePlans.ts';
import { applyRule, DEFAULT_RULE, SEESAW_RULE } from '../../src/schedules/schedule.ts';
import { scheduleRisk } from '../../src/schedules/scheduleRisk.ts';
import {
  meanDominatedProblem,
  normalizedBaseStep,
  varianceDominatedProblem,
} from './nsgd-equivalence.ts';
import { SCHEDULES_SOURCE } from './source.ts';

const BAND = 1.5;
const NOISE_DOMINANCE = 10;
const RATIO_ROUNDING = tolerance(1e-9);
export const PAPER_SAVING = 1 - 2 / Math.PI;
/** ±3 points: the stepping and rounding bias of a fine cosine (γ ≤ 1.02) is below 1 point. */
const SAVING_TOLERANCE = tolerance(0, 0.03);

type Plan =
  | {
      readonly kind: 'cosine';
      readonly factor: number;
      readonly floor: number;
      readonly shape: CosineShape;
      readonly units: number;
    }
  | { readonly kind: 'step'; readonly phaseUnits: readonly number[] };

export interface SeesawInstance {
  readonly problem: LinearRegressionInstance;
  readonly batchExponent: number;
  readonly stepFraction: number;
  readonly plan: Plan;
}

const cosinePlan = (factor: [number, number], floor: [number, number], units: [number, number]) =>
  fc.record({
    kind: fc.constant('cosine' as const),
    factor: fc.double({ min: factor[0], max: factor[1], noNaN: true }),
    floor: fc.double({ min: floor[0], max: floor[1], noNaN: true }),
    shape: fc.constantFrom<CosineShape>('standard', 'quarter'),
    units: fc.integer({ min: units[0], max: units[1] }),
  });

const stepPlan = fc.record({
  kind: fc.constant('step' as const),
  phaseUnits: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 2, maxLength: 5 }),
});

export function runSeesaw(instance: SeesawInstance) {
  const problem = materializeLinear(instance.problem);
  const B0 = 2 ** instance.batchExponent;
  const eta = normalizedBaseStep(problem, B0, instance.stepFraction);
  const { plan } = instance;
  const milestones =
    plan.kind === 'cosine'
      ? steppedCosine({
          baseStepSize: eta,
          baseBatchSize: B0,
          samples: B0 * plan.units,
          factor: plan.factor,
          floor: plan.floor,
          shape: plan.shape,
        })
      : stepDecay({
          baseStepSize: eta,
          baseBatchSize: B0,
          factor: 2,
          phaseSamples: plan.phaseUnits.map((u) => u * B0 * 2 ** (plan.phaseUnits.length - 1)),
        });
  const base = scheduleRisk(problem, applyRule(milestones, DEFAULT_RULE), { normalized: true });
  const seesaw = scheduleRisk(problem, applyRule(milestones, SEESAW_RULE), { normalized: true });
  const saving = 1 - seesaw.schedule.serialSteps / base.schedule.serialSteps;
  return { base, seesaw, saving, B0 };
}

function check(instance: SeesawInstance, requireRegime: boolean): Verdict {
  const { base, seesaw, saving, B0 } = runSeesaw(instance);
  const noiseRatio = Math.min(base.minNoiseRatio, seesaw.minNoiseRatio);
  const inRegime = noiseRatio >= NOISE_DOMINANCE;
  const ratio = Math.max(seesaw.finalRisk / base.finalRisk, base.finalRisk / seesaw.finalRisk);
  const { plan } = instance;
  const details = {
    inRegime,
    'min noise/mean ratio': noiseRatio,
    'final risk (default, Seesaw)': [base.finalRisk, seesaw.finalRisk],
    'serial steps (default, Seesaw)': [base.schedule.serialSteps, seesaw.schedule.serialSteps],
    'samples (default, Seesaw)': [base.schedule.samples, seesaw.schedule.samples],
    'serial-step saving': saving,
    'continuous-limit saving':
      plan.kind === 'cosine' ? continuousSeesawSaving(plan.floor, plan.shape) : null,
    'paper 1 − 2/π': PAPER_SAVING,
    B0,
  };
  return allOf('Seesaw matches the default’s final risk with fewer serial steps', [
    upperBound({
      relation:
        `max(R_Seesaw/R_default, R_default/R_Seesaw) ≤ ${BAND}` +
        (requireRegime ? ' (vacuous outside the regime)' : ''),
      lhs: requireRegime && !inRegime ? 1 : ratio,
      rhs: BAND,
      tolerance: RATIO_ROUNDING,
      details: { ...details, 'risk ratio': ratio },
    }),
    countAtLeast(
      'steps_default − steps_Seesaw ≥ 1',
      base.schedule.serialSteps - seesaw.schedule.serialSteps,
      1,
      details,
    ),
  ]);
}

function describe(instance: SeesawInstance) {
  return {
    ...describeLinear(instance.problem),
    B0: 2 ** instance.batchExponent,
    's (step cap fraction)': instance.stepFraction,
    plan: JSON.stringify(instance.plan),
  };
}

const seesawArbitrary = (
  problem: fc.Arbitrary<LinearRegressionInstance>,
  batch: [number, number],
  plan: fc.Arbitrary<Plan>,
  round = false,
) =>
  fc.record({
    problem,
    batchExponent: fc.integer({ min: batch[0], max: batch[1] }),
    stepFraction: round
      ? fc.constantFrom(0.2, 0.1, 0.25)
      : fc.double({ min: 0.01, max: 0.25, noNaN: true }),
    plan,
  });

/** Controls: round factors, floors and budgets (short shrinking, readable witnesses). */
const roundCosinePlan = fc.record({
  kind: fc.constant('cosine' as const),
  factor: fc.constantFrom(1.1, 1.2),
  floor: fc.constantFrom(0.01, 0.05),
  shape: fc.constantFrom<CosineShape>('standard', 'quarter'),
  units: fc.constantFrom(10_000, 5000, 20_000),
});

export const seesawFewerSteps = defineTheorem<SeesawInstance>({
  theoremId: 'schedules/seesaw-fewer-steps',
  family: 'schedules',
  title: 'Seesaw reaches the default schedule’s risk with fewer serial steps',
  mark: 'paper',
  source: { ...SCHEDULES_SOURCE, locator: 'Seesaw (Algorithm 1) and its normalized-SGD analysis' },
  statement:
    'normalized SGD, variance-dominated ⇒ R_Seesaw/R_default ∈ [2/3, 3/2] and steps_Seesaw < steps_default',
  fullStatement:
    'For normalized SGD on noisy Gaussian linear regression in the variance-dominated regime, Seesaw ' +
    '(η·α^(−1/2), B·α wherever the base scheduler divides η by α) spends the same samples as the base ' +
    'schedule at fixed batch, ends within [2/3, 3/2] of its expected risk, and takes fewer serial steps.',
  constants: [
    {
      name: 'band',
      value: '[2/3, 3/2]',
      provenance: 'ours',
      why: 'as in the equivalence properties',
    },
    {
      name: '1 − 2/π',
      value: String(PAPER_SAVING),
      provenance: 'paper',
      why: 'continuous cosine limit of the saving',
    },
  ],
  hypotheses:
    'As nsgd-equivalence; stepped cosine (γ ∈ [1.02, 1.2], floor ∈ [0.01, 0.2]) or step decay by 2.',
  gaps: ['Warm-up', 'cosine floors below 1 %', 'Adam (see the sandbox)'],
  expected: { status: 'holds' },
  arbitrary: seesawArbitrary(
    varianceDominatedProblem,
    [0, 2],
    fc.oneof(cosinePlan([1.02, 1.2], [0.01, 0.2], [200, 3000]), stepPlan),
  ),
  check: (instance) => check(instance, true),
  describe,
  numRuns: 30,
  regimes: [
    {
      id: 'variance-dominated',
      description: 'noise term ≥ 10× mean term at every step of both runs',
      minShare: 0.5,
      contains: (_instance, verdict) => verdict.details.inRegime === true,
    },
  ],
  controls: [
    {
      id: 'beyond-critical-batch',
      statement:
        'Seesaw matches the default also when the mean term dominates (B₀ ≥ 16 ≫ r₀, small σ²)',
      arbitrary: seesawArbitrary(meanDominatedProblem, [4, 6], roundCosinePlan, true),
      check: (instance: SeesawInstance) => check(instance, false),
      describe,
      numRuns: 40,
    },
    {
      id: 'standard-cosine-saving',
      statement:
        'on a finely stepped standard cosine (1 + cos πs)/2, Seesaw saves 1 − 2/π ± 3 points of serial steps',
      arbitrary: fc.record({
        factor: fc.double({ min: 1.005, max: 1.02, noNaN: true }),
        floor: fc.double({ min: 1e-3, max: 1e-2, noNaN: true }),
      }),
      check: ({ factor, floor }: { factor: number; floor: number }) => {
        const plan = steppedCosine({
          baseStepSize: 1,
          baseBatchSize: 1,
          samples: 1e7,
          factor,
          floor,
        });
        const saving =
          1 - applyRule(plan, SEESAW_RULE).serialSteps / applyRule(plan, DEFAULT_RULE).serialSteps;
        return {
          holds: isClose(saving, PAPER_SAVING, SAVING_TOLERANCE),
          relation: '|saving − (1 − 2/π)| ≤ 0.03',
          lhs: Math.abs(saving - PAPER_SAVING),
          rhs: 0.03,
          ratio: Math.abs(saving - PAPER_SAVING) / 0.03,
          details: {
            saving,
            'continuous-limit saving': continuousSeesawSaving(floor),
            'paper 1 − 2/π': PAPER_SAVING,
          },
        };
      },
      numRuns: 20,
    },
  ],
});
