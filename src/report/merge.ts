/**
 * Merging shard reports: the summaries of `verify --shard i/k` for i = 1 … k, joined into the
 * summary an unsharded run with the same options would have written (same theorem order, claim
 * order, ok flags). Shards must agree on seed, code version and options, and cover 1 … k once.
 */
import { ReportError } from './writeReport.ts';
import type { ClaimSummary, RunSummary, TheoremSummary } from './summary.ts';
import { theoremOk } from './summary.ts';

const SHARED_FIELDS = [
  'format',
  'seed',
  'codeVersion',
  'selection',
  'runs',
  'runsScale',
  'budget',
  'search',
] as const;

export function mergeSummaries(shards: readonly RunSummary[]): RunSummary {
  if (shards.length === 0)
    throw new ReportError('mergeSummaries: needs at least one shard summary.');
  const first = shards[0];
  for (const s of shards) {
    if (s.shard === null)
      throw new ReportError('mergeSummaries: a summary without a shard cannot be merged.');
    for (const field of SHARED_FIELDS) {
      if (JSON.stringify(s[field]) !== JSON.stringify(first[field])) {
        throw new ReportError(
          `mergeSummaries: shards differ in '${field}': ${JSON.stringify(first[field])} vs ${JSON.stringify(s[field])}.`,
        );
      }
    }
    if (
      s.shard.count !== first.shard!.count ||
      JSON.stringify(s.shard.theoremIds) !== JSON.stringify(first.shard!.theoremIds)
    ) {
      throw new ReportError(
        'mergeSummaries: shards come from different splits (count or theorem list differ).',
      );
    }
  }
  const indices = shards.map((s) => s.shard!.index).sort((a, b) => a - b);
  const expected = Array.from({ length: first.shard!.count }, (_, k) => k + 1);
  if (JSON.stringify(indices) !== JSON.stringify(expected)) {
    throw new ReportError(
      `mergeSummaries: need shards ${expected.join(', ')} once each; received ${indices.join(', ')}.`,
    );
  }

  // join each theorem's parts, in the split's theorem order and each theorem's claim order
  const theorems = first.shard!.theoremIds.map((id) => {
    const parts = shards
      .map((s) => s.theorems.find((t) => t.theoremId === id))
      .filter((t) => t !== undefined);
    if (parts.length === 0)
      throw new ReportError(`mergeSummaries: no shard holds theorem '${id}'.`);
    const base = parts[0];
    const property = parts.map((t) => t.property).find((p) => p !== null) ?? null;
    const replays = parts.map((t) => t.replays).find((r) => r !== null) ?? null;
    const constantSearch = parts.map((t) => t.constantSearch).find((c) => c !== null) ?? null;
    const byId = new Map<string, ClaimSummary>();
    parts.forEach((t) => t.controls.forEach((c) => byId.set(c.claimId, c)));
    const controls = base.claimOrder.slice(1).map((claimId) => {
      const c = byId.get(claimId);
      if (!c) throw new ReportError(`mergeSummaries: no shard ran '${id} › ${claimId}'.`);
      return c;
    });
    if (property === null)
      throw new ReportError(`mergeSummaries: no shard ran the property of '${id}'.`);
    const merged: TheoremSummary = { ...base, property, controls, replays, constantSearch };
    return { ...merged, ok: theoremOk(merged) };
  });
  return { ...first, shard: null, ok: theorems.every((t) => t.ok), theorems };
}
