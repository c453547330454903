/**
 * Instances and S(B) curves of schedules/critical-batch-size: the generators (a power-law head
 * with an optional flat tail; round-valued ones for the controls), the three curves of an
 * instance (noiseless, noisy at three targets, with an added near-zero-variance tail) and the
 * CBS read-out on the batch grids. See critical-batch-size.ts for the claim.
 */
import * as fc from 'fast-check';
import type { LinearRegressionInstance } from '../../src/generators/linearRegression.ts';
import {
  linearRegressionArbitrary,
  materializeLinear,
} from '../../src/generators/linearRegression.ts';
import { topEigenvalue, traceOf } from '../../src/risk/collapsedSpectrum.ts';
import { criticalBatchSize, stepsToTarget } from '../../src/schedules/criticalBatch.ts';
import type { LinearProblem } from '../../src/schedules/scheduleRisk.ts';

export const BATCH_GRID = Array.from({ length: 13 }, (_, k) => 2 ** k);
/**
 * Parts (a) and (c) compare CBS with r₀ and with each other by factors 4 and 2, so they need a
 * finer batch grid than ×2 (on a ×2 grid a true CBS of 2.4·r₀ reads as 4.8·r₀: it did, on
 * r₀ ≈ 30–110). O4 is analytic in 1/B, so non-integer batches 2^(k/4) are exact too.
 */
export const FINE_GRID = Array.from({ length: 41 }, (_, k) => 2 ** (k / 4));
export const R0_FACTOR = 4;
export const TAIL_FACTOR = 2;
export const MAX_STEPS = 10_000;
/** Below 50 steps the integer rounding of S(B) alone (≥ 2 %) can cross the 1.2 threshold. */
export const MIN_STEPS = 50;

export interface CbsInstance {
  readonly problem: LinearRegressionInstance;
  readonly targetFraction: number;
  /** σ² = noiseScale·ε·R₀ for part (b) */
  readonly noiseScale: number;
  /** the added tail: M coordinates, trace δ·tr H, initial risk ρ·target */
  readonly tail: {
    readonly multiplicity: number;
    readonly traceFraction: number;
    readonly riskFraction: number;
  };
}

/** A tail eigenvalue λ_t = trace/M ∈ [0.05, 0.5]·(smallest head eigenvalue) keeps S(1) ≲ 10⁴. */
function problemArbitrary(
  maxHead: number,
  withTail: boolean,
): fc.Arbitrary<LinearRegressionInstance> {
  const tail = fc.record({
    multiplicity: fc.integer({ min: 2, max: 1000 }),
    relativeEigenvalue: fc.double({ min: 0.05, max: 0.5, noNaN: true }),
    start: fc.double({ min: 0.1, max: 1, noNaN: true }),
  });
  return fc
    .record({
      head: linearRegressionArbitrary({ noise: 0, maxHead, headDecay: [0.5, 1.5], tail: null }),
      tail: withTail ? fc.option(tail, { nil: null }) : fc.constant(null),
    })
    .map(({ head, tail }): LinearRegressionInstance => {
      if (tail === null) return head;
      const smallest = head.headSize ** -head.headDecay;
      const trace = tail.multiplicity * tail.relativeEigenvalue * smallest;
      return { ...head, tail: { multiplicity: tail.multiplicity, trace, start: tail.start } };
    });
}

function cbsArbitraryOf(options: {
  maxHead: number;
  withTail: boolean;
  target: [number, number];
  tailRisk: [number, number];
}) {
  return fc.record({
    problem: problemArbitrary(options.maxHead, options.withTail),
    targetFraction: fc.double({ min: options.target[0], max: options.target[1], noNaN: true }),
    noiseScale: fc.double({ min: 0.5, max: 2, noNaN: true }),
    tail: fc.record({
      multiplicity: fc.integer({ min: 1000, max: 100_000 }),
      traceFraction: fc.double({ min: 1e-4, max: 1e-2, noNaN: true }),
      riskFraction: fc.double({ min: options.tailRisk[0], max: options.tailRisk[1], noNaN: true }),
    }),
  });
}

export const cbsArbitrary: fc.Arbitrary<CbsInstance> = cbsArbitraryOf({
  maxHead: 6,
  withTail: true,
  target: [1e-3, 0.1],
  tailRisk: [0, 0.25],
});
/**
 * Controls shrink through many evaluations, each a few S(B) curves: they draw from small sets of
 * round values (head ≤ 3, no optional tail, ε ∈ [1e-3, 1e-2]), so witnesses are readable and
 * shrinking is short.
 */
export const cheapArbitrary = (tailRisk: readonly number[]): fc.Arbitrary<CbsInstance> =>
  fc.record({
    problem: fc.record({
      headSize: fc.integer({ min: 1, max: 3 }),
      headDecay: fc.constantFrom(0.5, 1, 1.5),
      startDecay: fc.constantFrom(0, 1, 2),
      tail: fc.constant(null),
      noiseVariance: fc.constant(0),
    }),
    targetFraction: fc.constantFrom(1e-2, 3e-3, 1e-3),
    noiseScale: fc.constantFrom(1, 2, 4),
    tail: fc.record({
      multiplicity: fc.constant(10_000),
      traceFraction: fc.constant(1e-3),
      riskFraction: fc.constantFrom(...tailRisk),
    }),
  });

function initialRisk(p: LinearProblem): number {
  const { eigenvalues, multiplicities } = p.spectrum;
  return eigenvalues.reduce((s, l, g) => s + multiplicities[g] * l * p.initialSecondMoments[g], 0);
}

type Part = 'noiseless' | 'noisy' | 'tail';

/** S(B) curves: noiseless at ε·R₀; noisy at ε, ε/2, ε/4 of R₀; noiseless with the added tail. */
export function cbsCurves(
  instance: CbsInstance,
  parts: readonly Part[] = ['noiseless', 'noisy', 'tail'],
  fineGrid: readonly number[] = FINE_GRID,
) {
  const base = materializeLinear(instance.problem);
  const R0 = initialRisk(base);
  const target = instance.targetFraction * R0;
  const trace = traceOf(base.spectrum);
  const r0 = trace / topEigenvalue(base.spectrum);
  const options = { batchSizes: BATCH_GRID, maxSteps: MAX_STEPS };
  const fine = { batchSizes: fineGrid, maxSteps: MAX_STEPS };
  const none = { steps: [[NaN]] as readonly (readonly number[])[] };

  const noiseless =
    parts.includes('noiseless') || parts.includes('tail')
      ? stepsToTarget(base, { ...fine, targets: [target] })
      : none;
  const noisyTargets = [target, target / 2, target / 4];
  const noisy = parts.includes('noisy')
    ? stepsToTarget(
        { ...base, noiseVariance: instance.noiseScale * target },
        { ...options, targets: noisyTargets },
      )
    : none;

  // near-zero-variance tail: trace δ·tr H over M coordinates, initial risk ρ·target
  const tailStart = (instance.tail.riskFraction * target) / (instance.tail.traceFraction * trace);
  const tailed: LinearProblem = {
    ...base,
    spectrum: {
      eigenvalues: [
        ...base.spectrum.eigenvalues,
        (instance.tail.traceFraction * trace) / instance.tail.multiplicity,
      ],
      multiplicities: [...base.spectrum.multiplicities, instance.tail.multiplicity],
    },
    initialSecondMoments: [...base.initialSecondMoments, tailStart],
  };
  const withTail = parts.includes('tail')
    ? stepsToTarget(tailed, { ...fine, targets: [target] })
    : none;
  return { r0, R0, target, noiseless, noisy, noisyTargets, withTail };
}

/** CBS of one S(B) curve; NaN (the part is vacuous) when S(B₀) is infinite or below MIN_STEPS. */
export function cbsOf(steps: readonly number[], minSteps = MIN_STEPS): number {
  const grid = steps.length === FINE_GRID.length ? FINE_GRID : BATCH_GRID;
  return steps[0] >= minSteps && Number.isFinite(steps[0]) ? criticalBatchSize(grid, steps) : NaN;
}

/** Controls on small heads: S(B₀) ≥ 10 suffices to refute a claim by a factor 2 or more. */
export const CONTROL_MIN_STEPS = 10;

/** CBS = ∞ (linear scaling up to 2¹²) reads as 2¹³ in factor comparisons. */
export const finite = (c: number) =>
  Number.isFinite(c) ? c : 2 * BATCH_GRID[BATCH_GRID.length - 1];
// (the fine grid ends at 2¹⁰; a CBS beyond it also reads as 2¹³, which part (a) then refutes)
export const factorBetween = (a: number, b: number) =>
  Number.isNaN(a) || Number.isNaN(b) ? 1 : Math.max(finite(a) / finite(b), finite(b) / finite(a));
