/**
 * schedules/critical-batch-size
 *
 * Definitions. S(B) = the fewest steps for constant-(η, B) SGD, over a stepsize grid, to bring
 * the exact expected excess risk (O4) to a target; CBS = the smallest B on the grid 1, 2, …, 2¹²
 * with S(B) ≥ 1.2·S(B₀)·B₀/B (B₀ = 1), i.e. where linear scaling is first missed by 20 %.
 *
 * Statement (three parts, all on one instance).
 *   (a) noiseless: CBS ∈ [r₀/4, 4·r₀], r₀(H) = tr H/λ₁;
 *   (b) noisy (σ² > 0): CBS does not decrease as the target falls toward the noise floor
 *       (targets ε·R₀, ε·R₀/2, ε·R₀/4 with σ² = ν·ε·R₀, ν ∈ [0.5, 2]);
 *   (c) adding a near-zero-variance flat tail (10³–10⁵ coordinates carrying a fraction
 *       δ ∈ [1e-4, 1e-2] of tr H, so r₀ moves by ≤ 1 %, and an initial risk ρ·target with
 *       ρ ≤ 1/4) moves the noiseless CBS by ≤ a factor 2. A tail holding risk comparable to the
 *       target is not "near-zero": it is a slow direction the target forces SGD to learn
 *       (control 'tail-risk-near-target').
 *
 * Source: Zhang, Morwani, Vyas, Wu, Zou, Ghai, Foster, Kakade, "How does critical batch size scale
 * in pre-training?", ICLR 2025 (CBS in linear regression); Shallue et al., JMLR 2019 (definition
 * by steps-to-target); the factors 1.2, 4 and 2 are THEOREMS.md's, not the papers'.
 *
 * Hypotheses → generators. Power-law head λ_i = i^(−a), i ≤ 6, a ∈ [0.5, 1.5], start moments
 * i^(−b), optional flat tail (2–1000 coordinates at 0.05–0.5 of the smallest head eigenvalue, so
 * r₀ reaches ~250 while S(1) mostly stays ≲ 10⁴); target ε ∈ [1e-3, 0.1] of the initial risk R₀.
 * Stepsize grid per batch: 0.9·η_max(B)·2^(−k/2), k < 16 (criticalBatch.ts). Runs that do not
 * reach the target in 10 000 steps count as S = ∞; a part whose S(B₀) is infinite passes
 * vacuously (its CBS shows as NaN in the details).
 *
 * Tolerance. S(B) are integers and CBS a grid value: the comparisons are exact.
 * Batch grids: 2^(k/4), k ≤ 40, for the noiseless and tailed curves (parts a, c); 2^k, k ≤ 12,
 * for the noisy curves (part b only orders CBS values). On the coarse ×2 grid part (a) is
 * refuted by the grid alone: CBS/r₀ read 4.25–4.67 where the 2^(1/4) grid gives 2.53–2.78.
 * Not covered: targets below 0.1 % of R₀; r₀ beyond a few hundred.
 */
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { allOf, countAtLeast } from '../../src/harness/verdict.ts';
import { describeLinear } from '../../src/generators/linearRegression.ts';
import type { CbsInstance } from './cbs-instances.ts';
import {
  cbsArbitrary,
  cbsCurves,
  cbsOf,
  cheapArbitrary,
  CONTROL_MIN_STEPS,
  factorBetween,
  finite,
  BATCH_GRID,
  FINE_GRID,
  MAX_STEPS,
  MIN_STEPS,
  R0_FACTOR,
  TAIL_FACTOR,
} from './cbs-instances.ts';

function check(instance: CbsInstance): Verdict {
  const { r0, noiseless, noisy, withTail } = cbsCurves(instance);
  const cbs = cbsOf(noiseless.steps[0]);
  const cbsNoisy = noisy.steps.map(cbsOf);
  const cbsTail = cbsOf(withTail.steps[0]);
  const details = {
    'r₀': r0,
    'CBS noiseless': cbs,
    'CBS noisy (ε, ε/2, ε/4)': cbsNoisy,
    'CBS with tail': cbsTail,
    'S(B) noiseless': noiseless.steps[0],
    'S(B) noisy, ε/4': noisy.steps[2],
    nonVacuous: !Number.isNaN(cbs),
  };
  const r0Ratio = Number.isNaN(cbs) ? 1 : Math.max(finite(cbs) / r0, r0 / finite(cbs));
  const tailRatio = factorBetween(cbsTail, cbs);
  const decreases = cbsNoisy.filter(
    (c, j) =>
      j > 0 &&
      !Number.isNaN(c) &&
      !Number.isNaN(cbsNoisy[j - 1]) &&
      finite(c) < finite(cbsNoisy[j - 1]),
  ).length;
  return allOf('CBS ≈ r₀ noiseless; non-decreasing toward the floor; tail-stable', [
    countAtLeast(
      `(a) max(CBS/r₀, r₀/CBS) ≤ ${R0_FACTOR} (lhs: 4 − ratio ≥ 0)`,
      R0_FACTOR - r0Ratio,
      0,
      { ...details, 'CBS/r₀ factor': r0Ratio },
    ),
    countAtLeast(
      '(b) number of decreases of the noisy CBS as the target falls is 0',
      0,
      decreases,
      details,
    ),
    countAtLeast(
      `(c) tail moves CBS by ≤ ${TAIL_FACTOR}× (lhs: 2 − factor ≥ 0)`,
      TAIL_FACTOR - tailRatio,
      0,
      { ...details, 'tail factor': tailRatio },
    ),
  ]);
}

function checkIndependentOfTarget(instance: CbsInstance): Verdict {
  const { noisy } = cbsCurves(instance, ['noisy']);
  const [first, , last] = noisy.steps.map((steps) => cbsOf(steps));
  const changed = Number.isNaN(first) || Number.isNaN(last) ? 0 : Number(first !== last);
  return countAtLeast(
    'noisy CBS at ε equals CBS at ε/4 (number of changes must be 0)',
    0,
    changed,
    {
      'CBS at ε': first,
      'CBS at ε/4': last,
      'S(B) at ε': noisy.steps[0],
      'S(B) at ε/4': noisy.steps[2],
    },
  );
}

function checkLinearScaling(instance: CbsInstance): Verdict {
  const { noiseless } = cbsCurves(instance, ['noiseless']);
  const steps = noiseless.steps[0];
  const cbs = cbsOf(steps, CONTROL_MIN_STEPS);
  const broken = Number.isNaN(cbs) ? 0 : Number(Number.isFinite(cbs));
  return countAtLeast(
    'S(B)·B ≤ 1.2·S(1) for every B ≤ 2¹² (number of breaks must be 0)',
    0,
    broken,
    {
      'S(B)': steps,
      'S(B)·B': steps.map((x, k) => x * FINE_GRID[k]),
      CBS: cbs,
    },
  );
}

function checkTail(instance: CbsInstance): Verdict {
  // the ×2 grid suffices to see a move of 4× or more, at a quarter of the cost
  const { noiseless, withTail } = cbsCurves(instance, ['tail'], BATCH_GRID);
  const cbs = cbsOf(noiseless.steps[0], CONTROL_MIN_STEPS);
  const cbsTail = cbsOf(withTail.steps[0], CONTROL_MIN_STEPS);
  const factor = factorBetween(cbsTail, cbs);
  return countAtLeast(
    `the tail moves CBS by ≤ ${TAIL_FACTOR}× (lhs: 2 − factor ≥ 0)`,
    TAIL_FACTOR - factor,
    0,
    {
      CBS: cbs,
      'CBS with tail': cbsTail,
      'S(B)': noiseless.steps[0],
      'S(B) with tail': withTail.steps[0],
    },
  );
}

function describe(instance: CbsInstance) {
  return {
    ...describeLinear(instance.problem),
    'target ε (of R₀)': instance.targetFraction,
    'σ²/(ε R₀) for part (b)': instance.noiseScale,
    'tail (M, δ)': [instance.tail.multiplicity, instance.tail.traceFraction],
  };
}

export const criticalBatch = defineTheorem<CbsInstance>({
  theoremId: 'schedules/critical-batch-size',
  family: 'schedules',
  title: 'Critical batch size of SGD on linear regression',
  mark: 'restated',
  source: {
    authors: 'H. Zhang, D. Morwani, N. Vyas, J. Wu, D. Zou, U. Ghai, D. Foster, S. Kakade',
    title: 'How does critical batch size scale in pre-training?',
    venue: 'ICLR',
    year: 2025,
    locator:
      'linear-regression analysis of the CBS; the definition via S(B) follows Shallue et al. (JMLR 2019)',
  },
  statement:
    'noiseless CBS ∈ [r₀/4, 4r₀]; noisy CBS non-decreasing as target → floor; near-zero tail moves CBS ≤ 2×',
  fullStatement:
    'With S(B) the fewest SGD steps (over a stepsize grid) to a target excess risk and CBS the smallest B ' +
    'with S(B) ≥ 1.2·S(1)/B: without noise CBS lies within a factor 4 of r₀ = tr H/λ₁; with noise CBS does ' +
    'not decrease as the target falls toward the floor; a near-zero-variance tail changes CBS by ≤ 2×.',
  constants: [
    {
      name: 'overhead',
      value: '1.2',
      provenance: 'ours',
      why: 'THEOREMS.md’s operational CBS definition',
    },
    { name: 'r₀ factor', value: '4', provenance: 'ours', why: 'THEOREMS.md' },
    { name: 'tail factor', value: '2', provenance: 'ours', why: 'THEOREMS.md' },
  ],
  hypotheses:
    'Exact O4 risks; head ≤ 6 with optional flat tail (≤ 1000 coordinates); ε ∈ [0.001, 0.1]; ' +
    'batch grid 2^(k/4) up to 2¹⁰ (noiseless, tailed) and 2^k up to 2¹² (noisy).',
  gaps: [
    'Targets below 0.1 % of R₀',
    'r₀ beyond a few hundred',
    'CBS resolution 2^(1/4) (a) and 2 (b)',
  ],
  expected: { status: 'holds' },
  arbitrary: cbsArbitrary,
  check,
  describe,
  numRuns: 12,
  regimes: [
    {
      id: 'non-vacuous',
      description: `part (a) has ${MIN_STEPS} ≤ S(B₀) ≤ ${MAX_STEPS}`,
      minShare: 0.35,
      contains: (_instance, verdict) => verdict.details.nonVacuous === true,
    },
  ],
  controls: [
    {
      id: 'cbs-independent-of-target',
      statement: 'with label noise, the CBS does not depend on the target (same at ε and ε/4)',
      arbitrary: cheapArbitrary([0.1]),
      check: checkIndependentOfTarget,
      describe,
      numRuns: 20,
    },
    {
      id: 'linear-scaling-every-b',
      statement: 'linear scaling S(B)·B ≤ 1.2·S(1) holds for every B up to 2¹² (no CBS)',
      arbitrary: cheapArbitrary([0.1]),
      check: checkLinearScaling,
      describe,
      numRuns: 20,
    },
    {
      id: 'tail-risk-near-target',
      statement: 'a flat tail holding 80–95 % of the target as initial risk moves the CBS by ≤ 2×',
      arbitrary: cheapArbitrary([0.8, 0.9, 0.95]),
      check: checkTail,
      describe,
      numRuns: 20,
    },
  ],
});
