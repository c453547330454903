/**
 * schedules/seesaw-sandbox
 *
 * Statement (empirical, the talk's "a simple sandbox can be predictive"). A tanh network
 * (8 inputs, 16 hidden units) trained online with Adam on a teacher–student regression task with
 * label noise σ² = 1 (loss floor ½σ²), 4096 samples per run, base batch 2, peak α = 0.01: the
 * stepped cosine (γ = 1.1, floor 5 %) at fixed batch and its Seesaw transform reach the same final
 * test loss — the 95 % Student-t interval of the paired mean relative difference over 6 seeds lies
 * inside ±2 % — and Seesaw takes at least 40 % fewer serial steps.
 *
 * Source: Meterez et al., ICLR 2026, arXiv 2510.14717, language-model experiments (150M–600M,
 * Adam, C4): final losses within about ±0.17 % of cosine with about 36 % fewer serial steps
 * [paper]; the sandbox, its sizes and the ±2 % margin are ours.
 *
 * Statistics. Runs of a seed share task, initialisation and sample stream (paired). The check is a
 * two-one-sided-tests equivalence test at 2.5 % per side (the interval inside the margin). The
 * seeds are fixed, so the verdict is deterministic; with the measured spread (sd ≈ 0.45 %) a
 * true mean of 0 would put an end of the interval 2 % away only at ≳ 5 standard errors.
 * Why ±2 % and not ±0.17 %: with 6 seeds the interval is about ±0.45 % wide, so the paper's band
 * is below this sandbox's resolution; the measured interval is reported next to it.
 *
 * Finding (control 'low-noise'). With σ² = 0.05 the same comparison gives Δ = +2.2 %
 * [+0.3, +4.2] % (6 seeds): Seesaw is worse, as the variance-dominated condition of the theory
 * predicts when the noise is small. Measured with 8 seeds (bench/schedules.ts): σ² = 1,
 * +0.49 % [+0.08, +0.90] %; σ² = 0.1, +2.26 % [+0.16, +4.36] %; quarter cosine, +0.28 %
 * [−0.18, +0.73] % with 32 % fewer steps; 16 384 samples, −0.23 % [−0.60, +0.14] %.
 *
 * Not covered: transformers, AdamW's weight decay, warm-up, budgets beyond 16k samples.
 */
import * as fc from 'fast-check';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { allOf, countAtLeast, upperBound } from '../../src/harness/verdict.ts';
import { EXACT } from '../../src/numeric/tolerance.ts';
import { seesawSandbox } from '../../src/sandbox/seesawSandbox.ts';
import { SCHEDULES_SOURCE } from './source.ts';

const EQUIVALENCE_MARGIN = 0.02;
const MIN_SAVING = 0.4;
const SEEDS = [1, 2, 3, 4, 5, 6];

interface SandboxInstance {
  readonly noiseVariance: number;
  readonly seeds: readonly number[];
}

function check(instance: SandboxInstance): Verdict {
  const r = seesawSandbox(instance);
  const widest = Math.max(Math.abs(r.interval.low), Math.abs(r.interval.high));
  const details = {
    'mean relative difference Δ (Seesaw vs cosine)': r.meanRelativeDifference,
    '95 % t-interval': [r.interval.low, r.interval.high],
    'per-seed Δ': r.perSeed.map((p) => +p.relativeDifference.toPrecision(4)),
    'serial-step saving': r.stepSaving,
    'samples (cosine, Seesaw)': [r.samples.base, r.samples.seesaw],
    'loss floor σ²/2': r.lossFloor,
    'paper: Δ, saving': '±0.17 %, 36 %',
  };
  return allOf('Seesaw matches the stepped cosine with fewer serial steps', [
    upperBound({
      relation: `95 % interval of Δ inside ±${EQUIVALENCE_MARGIN} (max |end| ≤ margin)`,
      lhs: widest,
      rhs: EQUIVALENCE_MARGIN,
      tolerance: EXACT,
      details,
    }),
    countAtLeast(
      `saving ≥ ${MIN_SAVING} (lhs: saving − ${MIN_SAVING} ≥ 0)`,
      r.stepSaving - MIN_SAVING,
      0,
      details,
    ),
  ]);
}

export const seesawSandboxTheorem = defineTheorem<SandboxInstance>({
  theoremId: 'schedules/seesaw-sandbox',
  family: 'schedules',
  title: 'Practice sandbox: Seesaw vs stepped cosine with Adam on a small network',
  mark: 'paper',
  source: {
    ...SCHEDULES_SOURCE,
    locator: 'language-model experiments (±0.17 %, ~36 % fewer steps)',
  },
  statement:
    'Adam, teacher–student, σ² = 1: Δ loss 95 % CI ⊂ ±2 % over 6 seeds, ≥ 40 % fewer steps',
  fullStatement:
    'Training a small tanh network with Adam online under a fixed sample budget, Seesaw (α^(−1/2) on the ' +
    'learning rate, ×α on the batch wherever the stepped cosine divides the rate by α) ends within ±2 % ' +
    'of the cosine’s final test loss (paired 95 % t-interval over 6 seeds) with ≥ 40 % fewer serial steps.',
  constants: [
    {
      name: 'margin',
      value: '±2 %',
      provenance: 'ours',
      why: 'the sandbox resolves ~±0.5 %; the paper reports ±0.17 %',
    },
    {
      name: 'saving',
      value: '≥ 40 %',
      provenance: 'ours',
      why: 'stepped cosine here: 46 % (continuous 48.6 %)',
    },
  ],
  hypotheses: 'Fixed sandbox settings (see header); the seeds are the instance.',
  gaps: ['Transformers and language data', 'AdamW, warm-up', 'budgets beyond 16k samples'],
  expected: { status: 'holds' },
  arbitrary: fc.constant({ noiseVariance: 1, seeds: SEEDS }),
  check,
  describe: (instance) => ({ 'σ²': instance.noiseVariance, seeds: [...instance.seeds] }),
  numRuns: 1,
  controls: [
    {
      id: 'low-noise',
      statement: 'the same equivalence holds with little label noise (σ² = 0.05)',
      arbitrary: fc.constant({ noiseVariance: 0.05, seeds: SEEDS }),
      check,
      numRuns: 1,
    },
  ],
});
