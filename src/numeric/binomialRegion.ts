/**
 * The two-sided acceptance region of a binomial count: [k_low, k_high] with
 *
 *   P[X < k_low] ≤ α/2   and   P[X > k_high] ≤ α/2,   X ~ Bin(m, p),
 *
 * each end as far in as those bounds allow, so P[X ∉ [k_low, k_high]] ≤ α exactly (not by a
 * normal approximation). Found by bisection on the monotone tails from statistics.ts; each tail
 * costs O(m²), so a linear scan would be O(m³).
 */
import { binomialUpperTail } from './statistics.ts';

export function binomialAcceptanceRegion(m: number, p: number, alpha: number): [number, number] {
  if (!Number.isInteger(m) || m < 1) {
    throw new RangeError(`binomialAcceptanceRegion: m must be an integer ≥ 1; received ${m}.`);
  }
  if (!(p > 0 && p < 1)) {
    throw new RangeError(`binomialAcceptanceRegion: p must be in (0, 1); received ${p}.`);
  }
  if (!(alpha > 0 && alpha < 1)) {
    throw new RangeError(`binomialAcceptanceRegion: alpha must be in (0, 1); received ${alpha}.`);
  }

  // k_high: the smallest k with P[X ≥ k + 1] ≤ α/2
  let lo = 0;
  let hi = m;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (binomialUpperTail(mid + 1, m, p) <= alpha / 2) hi = mid;
    else lo = mid + 1;
  }
  const high = lo;

  // k_low: the largest k with P[X ≤ k − 1] = 1 − P[X ≥ k] ≤ α/2
  lo = 0;
  hi = m;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (1 - binomialUpperTail(mid, m, p) <= alpha / 2) lo = mid;
    else hi = mid - 1;
  }
  return [lo, high];
}
