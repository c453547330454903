/**
 * Linear-rate bounds fall below the rounding floor after enough steps: there lhs/rhs measures
 * rounding (it can be 1e80 while lhs ≤ rhs + floor holds), not the theorem. `resolvedRatio`
 * keeps the verdict's holds, and reports the ratio against rhs + floor instead, marking the step
 * as unresolved, so a family's "largest ratio" speaks about the theorem only.
 */
import type { Verdict } from '../../src/harness/theorem.ts';
import type { Tolerance } from '../../src/numeric/tolerance.ts';

export function resolvedRatio(verdict: Verdict, tol: Tolerance): Verdict {
  if (verdict.rhs >= tol.atol) return verdict;
  return {
    ...verdict,
    ratio: verdict.lhs / (verdict.rhs + tol.atol),
    details: { ...verdict.details, 'below rounding floor': true, floor: tol.atol },
  };
}
