/** `theoremcheck merge DIR… --out DIR`: join shard reports into one report directory. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Figure } from '../report/figure.ts';
import { mergeSummaries } from '../report/merge.ts';
import type { RunSummary } from '../report/summary.ts';
import { out } from './print.ts';
import { EXIT_CHANGED, EXIT_OK, UsageError } from './usage.ts';

function readJson<T>(directory: string, name: string): T {
  const file = join(directory, name);
  if (!existsSync(file))
    throw new UsageError(`merge: ${file} is missing; is ${directory} a verify report?`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export async function merge(directories: readonly string[], outDir: string): Promise<number> {
  if (directories.length === 0)
    throw new UsageError('merge: give the shard report directories to merge.');
  const dirs = directories.map((d) => resolve(d));
  const summary = mergeSummaries(dirs.map((d) => readJson<RunSummary>(d, 'summary.json')));

  // figures are pure functions of the seed: every shard wrote the same ones
  const seen = new Map<string, Figure>();
  for (const d of dirs)
    for (const f of readJson<Figure[]>(d, 'figures.json')) if (!seen.has(f.id)) seen.set(f.id, f);

  const timings = dirs.map((d) =>
    readJson<{ totalMs: number; perClaimMs: Record<string, number> }>(d, 'timings.json'),
  );
  // loaded here, not at start-up: Vega takes about a second to import, and list/replay never draw
  const { writeRunReport } = await import('../report/writeRun.ts');
  const directory = await writeRunReport(resolve(outDir), summary, [...seen.values()], {
    totalMs: timings.reduce((s, t) => s + t.totalMs, 0),
    perClaimMs: Object.assign({}, ...timings.map((t) => t.perClaimMs)) as Record<string, number>,
    shardsMs: timings.map((t) => t.totalMs),
  });
  out(`merged ${dirs.length} shards: ${directory}`);
  out(
    summary.ok
      ? `all ${summary.theorems.length} theorems as expected`
      : 'not every verdict as expected',
  );
  return summary.ok ? EXIT_OK : EXIT_CHANGED;
}
