/**
 * Building verdicts. A claim's check computes both sides and hands them here; the tolerance is
 * applied in one place, and non-finite sides are refused (a NaN must never read as "holds").
 */
import type { Tolerance } from '../numeric/tolerance.ts';
import { isBelow } from '../numeric/tolerance.ts';
import type { Detail, Verdict } from './theorem.ts';

export class NonFiniteVerdictError extends Error {
  readonly code = 'NON_FINITE_VERDICT';
  constructor(relation: string, lhs: number, rhs: number) {
    super(`verdict for "${relation}": sides must be finite; received lhs=${lhs}, rhs=${rhs}.`);
  }
}

interface BoundInput {
  readonly relation: string;
  readonly lhs: number;
  readonly rhs: number;
  readonly tolerance: Tolerance;
  readonly details?: Readonly<Record<string, Detail>>;
}

/**
 * The violation ratio of "numerator ≤ denominator": 1 + (numerator − denominator)/|denominator|.
 * It equals numerator/denominator for a positive right side, and for any sign it is > 1 exactly
 * when the claim is violated (a plain quotient of two negative sides would read −0.95 ≤ −0.66
 * as 1.43).
 */
function ratioOf(numerator: number, denominator: number): number {
  if (denominator === 0) return numerator === 0 ? 1 : numerator > 0 ? Infinity : -Infinity;
  return denominator > 0
    ? numerator / denominator
    : 1 + (numerator - denominator) / Math.abs(denominator);
}

/** The claim lhs ≤ rhs, one-sided tolerance. */
export function upperBound({ relation, lhs, rhs, tolerance, details = {} }: BoundInput): Verdict {
  if (!Number.isFinite(lhs) || !Number.isFinite(rhs)) {
    throw new NonFiniteVerdictError(relation, lhs, rhs);
  }
  return {
    holds: isBelow(lhs, rhs, tolerance),
    relation,
    lhs,
    rhs,
    ratio: ratioOf(lhs, rhs),
    details,
  };
}

/** The claim lhs ≥ rhs, one-sided tolerance; ratio is rhs/lhs so that > 1 means violated. */
export function lowerBound({ relation, lhs, rhs, tolerance, details = {} }: BoundInput): Verdict {
  if (!Number.isFinite(lhs) || !Number.isFinite(rhs)) {
    throw new NonFiniteVerdictError(relation, lhs, rhs);
  }
  return {
    holds: isBelow(rhs, lhs, tolerance),
    relation,
    lhs,
    rhs,
    ratio: ratioOf(rhs, lhs),
    details,
  };
}

/**
 * A boolean fact with a measured quantity, e.g. "at least one increase occurs" with the number
 * of increases as lhs and the threshold as rhs. holds = lhs ≥ rhs, with no tolerance: use it
 * only for counts and exact events.
 */
export function countAtLeast(
  relation: string,
  count: number,
  threshold: number,
  details: Readonly<Record<string, Detail>> = {},
): Verdict {
  if (!Number.isFinite(count) || !Number.isFinite(threshold)) {
    throw new NonFiniteVerdictError(relation, count, threshold);
  }
  return {
    holds: count >= threshold,
    relation,
    lhs: count,
    rhs: threshold,
    ratio: ratioOf(threshold, count),
    details,
  };
}

/** Combine several verdicts of one instance: holds when all hold; reports the worst ratio. */
export function allOf(relation: string, verdicts: readonly Verdict[]): Verdict {
  if (verdicts.length === 0) throw new TypeError('allOf: needs at least one verdict.');
  let worst = verdicts[0];
  for (const v of verdicts) {
    if (!v.holds && worst.holds) worst = v;
    else if (v.holds === worst.holds && v.ratio > worst.ratio) worst = v;
  }
  const details: Record<string, Detail> = { ...worst.details, worstPart: worst.relation };
  return {
    holds: verdicts.every((v) => v.holds),
    relation,
    lhs: worst.lhs,
    rhs: worst.rhs,
    ratio: worst.ratio,
    details,
  };
}
