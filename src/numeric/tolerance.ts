/**
 * The project's one tolerance helper.
 *
 *   two-sided:  |actual − expected| ≤ atol + rtol·|expected|
 *   one-sided:  lhs ≤ rhs·(1 + rtol) + atol          (for bounds: only excess counts)
 *
 * Every tolerance passed here is a named constant next to the code that uses it, with a
 * one-line derivation (see STYLE.md). Non-finite inputs never pass: a NaN would otherwise slip
 * through a negated comparison.
 */

/** IEEE-754 double machine epsilon, 2⁻⁵². */
export const MACHINE_EPSILON = Number.EPSILON;

export interface Tolerance {
  /** relative part, multiplied by the scale of the reference value */
  readonly rtol: number;
  /** absolute floor, for references at or near zero */
  readonly atol: number;
}

export function tolerance(rtol: number, atol = 0): Tolerance {
  if (!(rtol >= 0) || !Number.isFinite(rtol)) {
    throw new RangeError(`tolerance: rtol must be a finite number ≥ 0; received ${rtol}.`);
  }
  if (!(atol >= 0) || !Number.isFinite(atol)) {
    throw new RangeError(`tolerance: atol must be a finite number ≥ 0; received ${atol}.`);
  }
  return { rtol, atol };
}

/** Exact comparison: for quantities that must agree to the bit. */
export const EXACT: Tolerance = { rtol: 0, atol: 0 };

/** |actual − expected| ≤ atol + rtol·|expected|, and both finite. */
export function isClose(actual: number, expected: number, tol: Tolerance): boolean {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  return Math.abs(actual - expected) <= tol.atol + tol.rtol * Math.abs(expected);
}

/** lhs ≤ rhs·(1 + rtol) + atol, and both finite (the form every bound uses). */
export function isBelow(lhs: number, rhs: number, tol: Tolerance): boolean {
  if (!Number.isFinite(lhs) || !Number.isFinite(rhs)) return false;
  return lhs <= rhs + tol.rtol * Math.abs(rhs) + tol.atol;
}

/** lhs ≥ rhs·(1 − rtol) − atol, and both finite. */
export function isAbove(lhs: number, rhs: number, tol: Tolerance): boolean {
  return isBelow(-lhs, -rhs, tol);
}

/** The slack a tolerance allows at a reference value: atol + rtol·|reference|. */
export function allowance(reference: number, tol: Tolerance): number {
  return tol.atol + tol.rtol * Math.abs(reference);
}
