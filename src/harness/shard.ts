/**
 * Sharding a run: a deterministic split of the claims of the selected theorems into k parts.
 * Claims are numbered in selection order (theorem by theorem, the property before its
 * controls) and claim j goes to shard (j mod k) + 1, so shards differ by at most one claim and
 * the split depends only on the selection. The shard that runs a theorem's property also
 * replays its fixtures and runs its constant search.
 *
 * vitest has a `--shard i/k` of its own, which splits the test *files*; this one splits the
 * claims of `theoremcheck verify`, and `theoremcheck merge` joins the shard reports.
 */
import { claimsOf } from './check.ts';
import type { AnyClaim, AnyTheorem } from './theorem.ts';

export interface Shard {
  /** 1-based */
  readonly index: number;
  readonly count: number;
}

/** Parse 'i/k' with 1 ≤ i ≤ k. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || !(count >= 1) || !(index >= 1 && index <= count)) {
    throw new RangeError(
      `parseShard: shard must be 'i/k' with 1 ≤ i ≤ k; received ${JSON.stringify(text)}.`,
    );
  }
  return { index, count };
}

/** The claims of each theorem that belong to a shard (all of them without a shard). */
export function claimsInShard(
  theorems: readonly AnyTheorem[],
  shard: Shard | null,
): Map<AnyTheorem, AnyClaim[]> {
  const out = new Map<AnyTheorem, AnyClaim[]>();
  let j = 0;
  for (const theorem of theorems) {
    const mine = claimsOf(theorem).filter(
      () => shard === null || j++ % shard.count === shard.index - 1,
    );
    out.set(theorem, mine);
  }
  return out;
}
