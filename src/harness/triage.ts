/**
 * Counterexample triage: is a failure genuine, or an artefact of rounding?
 *
 * A failing instance is evaluated a second way. When the claim has a `recheck` (the same
 * inequality in higher precision), its verdict decides: holds → 'rounding', fails → 'genuine'.
 * Otherwise the instance's non-zero, non-integer numbers are perturbed at rounding level,
 * x ↦ x·(1 + u·PERTURBATION_ULPS·ε) with u uniform on [−1, 1], up to PERTURBATION_TRIES times;
 * if the verdict flips on one of them (the loop stops there) the failure is 'rounding' — it
 * cannot be told from rounding — else 'genuine' ('undetermined' when no perturbed instance
 * evaluates, or the instance has nothing but integers). Integer-valued numbers — sizes, counts,
 * seeds, grid values — are kept exact: perturbing them builds another instance, not a rounding
 * error.
 *
 * The triage also reports the gap |lhs − rhs| in units of ε·max(|lhs|, |rhs|), the claim's
 * condition numbers, and the hypothesis nearest its boundary when the claim declares margins.
 */
import { MACHINE_EPSILON } from '../numeric/tolerance.ts';
import { createRng } from '../random/rng.ts';
import { formatNumber } from './format.ts';
import { numericLeaves, withLeaves } from './instanceLeaves.ts';
import type { Leaf } from './instanceLeaves.ts';
import type { AnyClaim, HypothesisMargin, Verdict } from './theorem.ts';

/**
 * 8 tries: a verdict decided by rounding flips with probability ≈ ½ per try, so it is missed
 * with probability ≈ 2⁻⁸ ≈ 0.4%; more tries cost a full check each on genuine failures (a
 * training run, for the deep family), and the loop stops at the first flip.
 */
export const PERTURBATION_TRIES = 8;
/** 4 ulps: the size of the rounding in reading and scaling one input, with a little room. */
export const PERTURBATION_ULPS = 4;

export interface Triage {
  /** 'undetermined' when no perturbed instance could be evaluated */
  readonly classification: 'genuine' | 'rounding' | 'undetermined';
  readonly method: 'recheck' | 'perturbation';
  /** |lhs − rhs| of the failing verdict */
  readonly gap: number;
  /** gap / (ε·max(|lhs|, |rhs|)): a few units means rounding could explain it */
  readonly gapInEpsilons: number;
  readonly recheck: {
    readonly lhs: number;
    readonly rhs: number;
    readonly ratio: number;
    readonly holds: boolean;
  } | null;
  readonly perturbation: { readonly tries: number; readonly flipped: number } | null;
  readonly conditionNumbers: Readonly<Record<string, number>> | null;
  readonly nearestHypothesis: {
    readonly hypothesis: string;
    readonly relativeSlack: number;
  } | null;
  /** the sentence to show in messages */
  readonly explanation: string;
}

/** Relative slack of a hypothesis margin: 0 on the boundary, < 0 when broken. */
export function relativeSlack(m: HypothesisMargin): number {
  const signed = m.relation === '<' || m.relation === '≤' ? m.bound - m.value : m.value - m.bound;
  const scale = m.scale ?? Math.abs(m.bound);
  return scale > 0 ? signed / scale : signed === 0 ? 0 : Math.sign(signed) * Infinity;
}

function perturbationFlips(
  claim: AnyClaim,
  instance: unknown,
  seed: number,
): { tries: number; flipped: number } {
  const rng = createRng(seed);
  let leaves: Leaf[];
  try {
    // integer-valued leaves (counts, sizes, seeds, grid values) stay exact: perturbing them
    // makes a different or malformed instance, not a rounding error (a dimension of
    // 2.0000000000000004 runs a loop `j < d` three times)
    leaves = numericLeaves(instance).filter((l) => l.value !== 0 && !Number.isInteger(l.value));
  } catch {
    return { tries: 0, flipped: 0 }; // not JSON with finite numbers: nothing to perturb
  }
  const evaluate = (moved: { path: Leaf['path']; value: number }[]) => {
    try {
      return claim.check(withLeaves(instance, moved)).holds;
    } catch {
      return null;
    }
  };
  let tries = 0;
  let flipped = 0;
  for (let k = 0; k < PERTURBATION_TRIES && leaves.length > 0; k++) {
    const moved = leaves.map((l) => ({
      path: l.path,
      value: l.value * (1 + rng.uniformIn(-1, 1) * PERTURBATION_ULPS * MACHINE_EPSILON),
    }));
    const holds = evaluate(moved);
    if (holds === null) continue; // an instance the check refuses is no evidence either way
    tries++;
    if (holds) {
      flipped++;
      break; // one flip settles it: the verdict cannot be told from rounding
    }
  }
  return { tries, flipped };
}

function orNull<T>(compute: () => T | null): T | null {
  try {
    return compute();
  } catch {
    return null;
  }
}

/** Triage a failing verdict of `claim` on `instance`. `seed` drives the perturbations. */
export function triageFailure(
  claim: AnyClaim,
  instance: unknown,
  verdict: Verdict,
  seed: number,
): Triage {
  const gap = Math.abs(verdict.lhs - verdict.rhs);
  const scale = MACHINE_EPSILON * Math.max(Math.abs(verdict.lhs), Math.abs(verdict.rhs));
  const gapInEpsilons = scale > 0 ? gap / scale : gap === 0 ? 0 : Infinity;
  // the claim's diagnostics are extras: one that throws must not hide the failure itself
  const conditionNumbers = orNull(() => claim.conditionNumbers?.(instance) ?? null);
  const margins = orNull(() => claim.hypothesisMargins?.(instance) ?? null) ?? [];
  const nearest = margins
    .map((m) => ({ hypothesis: m.hypothesis, relativeSlack: relativeSlack(m) }))
    .sort((a, b) => Math.abs(a.relativeSlack) - Math.abs(b.relativeSlack))[0];

  // a second evaluation: the claim's own higher-precision recheck, else rounding-level noise
  let recheck: Triage['recheck'] = null;
  let perturbation: Triage['perturbation'] = null;
  let classification: Triage['classification'];
  let how: string;
  if (claim.recheck) {
    try {
      const v = claim.recheck(instance);
      recheck = { lhs: v.lhs, rhs: v.rhs, ratio: v.ratio, holds: v.holds };
      classification = v.holds ? 'rounding' : 'genuine';
      how = `higher-precision recheck ${v.holds ? 'holds' : 'also fails'} (ratio ${formatNumber(v.ratio)})`;
    } catch (e) {
      classification = 'genuine';
      how = `higher-precision recheck threw (${e instanceof Error ? e.message : String(e)}); not triaged as rounding`;
    }
  } else {
    perturbation = perturbationFlips(claim, instance, seed);
    classification =
      perturbation.tries === 0 ? 'undetermined' : perturbation.flipped > 0 ? 'rounding' : 'genuine';
    how =
      `${perturbation.flipped}/${perturbation.tries} perturbations at ${PERTURBATION_ULPS} ulps ` +
      `flip the verdict`;
  }

  const parts = [
    `${classification === 'genuine' ? 'GENUINE' : classification === 'rounding' ? 'within rounding' : 'UNDETERMINED'}: ${how}`,
    `gap |lhs − rhs| = ${formatNumber(gap)} = ${formatNumber(gapInEpsilons)}·ε·max(|lhs|, |rhs|)`,
  ];
  if (conditionNumbers) {
    parts.push(
      Object.entries(conditionNumbers)
        .map(([k, v]) => `${k} = ${formatNumber(v)}`)
        .join(', '),
    );
  }
  if (nearest) {
    parts.push(
      `nearest hypothesis: ${nearest.hypothesis} (relative slack ${formatNumber(nearest.relativeSlack)})`,
    );
  }
  return {
    classification,
    method: claim.recheck ? 'recheck' : 'perturbation',
    gap,
    gapInEpsilons,
    recheck,
    perturbation,
    conditionNumbers,
    nearestHypothesis: nearest ?? null,
    explanation: parts.join('; '),
  };
}
