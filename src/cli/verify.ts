/**
 * `theoremcheck verify`: replay fixtures, run every selected property and control (or a
 * shard's share), search the constants asked for, print progress, and write the report
 * directory (summary.json, summary.md, figures.json, timings.json, index.html) whole or not
 * at all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { families } from '../../properties/index.ts';
import { PROJECT_ROOT } from '../harness/fixtures.ts';
import type { Shard } from '../harness/shard.ts';
import { collectRun, familyFigures } from '../report/collect.ts';
import { formatNumber } from '../harness/format.ts';
import { err, out } from './print.ts';
import { createProgressBar, formatDuration } from './progressBar.ts';
import { selectTheorems } from './registry.ts';
import { EXIT_CHANGED, EXIT_OK, UsageError } from './usage.ts';

/** runs scale of each --budget tier */
export const BUDGETS: Readonly<Record<string, number>> = { quick: 0.2, ci: 1, deep: 10 };

/** constant-search evaluations per theorem unless --search-budget says otherwise */
export const DEFAULT_SEARCH_BUDGET = 2000;

export interface VerifyOptions {
  readonly theorems: readonly string[];
  readonly seed: number;
  readonly runs?: number;
  readonly runsScale?: number;
  readonly budget?: string;
  readonly outDir?: string;
  readonly saveFixtures: boolean;
  readonly shard?: Shard;
  readonly searchConstant?: readonly string[];
  readonly searchBudget?: number;
}

function defaultOutDir(seed: number, shard: Shard | undefined): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\..*$/, '')
    .replace('T', '-');
  const part = shard ? `-shard${shard.index}of${shard.count}` : '';
  return join(PROJECT_ROOT, 'reports', `${stamp}-seed${seed}${part}`);
}

const num = (x: number | null) => (x === null ? '—' : formatNumber(x));

export async function verify(opts: VerifyOptions): Promise<number> {
  const selected = selectTheorems(opts.theorems);
  const outDir = opts.outDir ?? defaultOutDir(opts.seed, opts.shard);
  if (existsSync(outDir)) {
    throw new UsageError(
      `--out: ${outDir} exists; refusing to overwrite a report (choose another directory).`,
    );
  }
  const searched = opts.searchConstant?.length ? selectTheorems(opts.searchConstant) : [];
  const runsScale =
    opts.runsScale ?? (opts.budget !== undefined ? BUDGETS[opts.budget] : undefined);
  const searchBudget = opts.searchBudget ?? DEFAULT_SEARCH_BUDGET;
  err(
    `theoremcheck verify: ${selected.length} theorems, base seed ${opts.seed}` +
      `${opts.shard ? `, shard ${opts.shard.index}/${opts.shard.count}` : ''}` +
      `${runsScale !== undefined ? `, runs ×${runsScale}` : ''}` +
      `${searched.length ? `, constant search on ${searched.length} (${searchBudget} evaluations each)` : ''}`,
  );

  const progress = createProgressBar();
  const { summary, timings } = collectRun(selected, {
    seed: opts.seed,
    selection: opts.theorems,
    saveFixtures: opts.saveFixtures,
    shard: opts.shard ?? null,
    ...(opts.runs !== undefined ? { runs: opts.runs } : {}),
    ...(runsScale !== undefined ? { runsScale } : {}),
    ...(opts.budget !== undefined ? { budget: opts.budget } : {}),
    ...(searched.length
      ? {
          search: {
            patterns: opts.searchConstant ?? [],
            theoremIds: new Set(searched.map((t) => t.theoremId)),
            budget: searchBudget,
          },
        }
      : {}),
    onProgress: (event) => {
      progress.update(event.done, event.total, event.label);
      if (event.step && !event.step.ok) {
        progress.finish(`FAIL ${event.label}`);
        err(event.step.message);
      }
    },
  });
  progress.finish(`ran in ${formatDuration(timings.totalMs)}`);

  // report: figures of the families the selection touches, rendered with the summary
  const figures = familyFigures(families, selected, opts.seed);
  // loaded here, not at start-up: Vega takes about a second to import, and list/replay never draw
  const { writeRunReport } = await import('../report/writeRun.ts');
  const directory = await writeRunReport(outDir, summary, figures, timings);
  for (const t of summary.theorems) {
    const cs = t.constantSearch;
    if (cs) {
      out(
        `${t.theoremId}: largest ratio ${num(cs.bestRatio)} after ${cs.evaluations} search evaluations ` +
          `(fast-check: ${num(cs.startRatio)})${cs.violation ? ` — VIOLATION (${cs.triage?.classification})` : ''}`,
      );
    }
  }
  const bad = summary.theorems.filter((s) => !s.ok).map((s) => s.theoremId);
  out(`report: ${directory} (open index.html)`);
  out(
    summary.ok
      ? `all ${summary.theorems.length} theorems as expected`
      : `not as expected: ${bad.join(', ')}`,
  );
  return summary.ok ? EXIT_OK : EXIT_CHANGED;
}
