/**
 * `theoremcheck verify`: replay fixtures, run every selected property and control, print
 * progress, and write the report directory (summary.json, summary.md, figures.json,
 * timings.json) whole or not at all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { families } from '../../properties/index.ts';
import { checkClaim, claimsOf, replayFixtures } from '../harness/check.ts';
import type { CheckOptions, ClaimStep } from '../harness/check.ts';
import { codeVersion, PROJECT_ROOT } from '../harness/fixtures.ts';
import type { AnyTheorem } from '../harness/theorem.ts';
import type { Figure } from '../report/figure.ts';
import { validateFigure } from '../report/figure.ts';
import { renderMarkdown } from '../report/markdown.ts';
import type { RunSummary } from '../report/summary.ts';
import { SUMMARY_FORMAT, summarizeTheorem } from '../report/summary.ts';
import { stableJson, writeReportDirectory } from '../report/writeReport.ts';
import { err, out, progress } from './print.ts';
import { selectTheorems } from './registry.ts';
import { EXIT_CHANGED, EXIT_OK, UsageError } from './usage.ts';

export interface VerifyOptions {
  readonly theorems: readonly string[];
  readonly seed: number;
  readonly runs?: number;
  readonly runsScale?: number;
  readonly outDir?: string;
  readonly saveFixtures: boolean;
}

function defaultOutDir(seed: number): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return join(PROJECT_ROOT, 'reports', `${stamp}-seed${seed}`);
}

function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

export function verify(options: VerifyOptions): number {
  const selected = selectTheorems(options.theorems);
  const outDir = options.outDir ?? defaultOutDir(options.seed);
  if (existsSync(outDir)) {
    throw new UsageError(`--out: ${outDir} exists; refusing to overwrite a report (choose another directory).`);
  }
  const checkOptions: CheckOptions = {
    baseSeed: options.seed,
    saveFixtures: options.saveFixtures,
    ...(options.runs !== undefined ? { numRuns: options.runs } : {}),
    ...(options.runsScale !== undefined ? { runsScale: options.runsScale } : {}),
  };
  const totalClaims = selected.reduce((s, t) => s + claimsOf(t).length, 0);
  err(`theoremcheck verify: ${selected.length} theorems, ${totalClaims} claims, base seed ${options.seed}`);

  // run every claim, with progress and an ETA
  const started = Date.now();
  const timings: Record<string, number> = {};
  let done = 0;
  const summaries = selected.map((theorem: AnyTheorem) => {
    const replays = replayFixtures(theorem);
    const claims: ClaimStep[] = claimsOf(theorem).map((claim) => {
      const t0 = Date.now();
      const step = checkClaim(theorem, claim, checkOptions);
      timings[`${theorem.theoremId}#${claim.id}`] = Date.now() - t0;
      done++;
      const elapsed = Date.now() - started;
      const eta = (elapsed / done) * (totalClaims - done);
      progress(
        `[${done}/${totalClaims}] ${step.ok ? 'ok  ' : 'FAIL'} ${theorem.theoremId} › ${claim.id}` +
          `  (elapsed ${formatSeconds(elapsed)}, eta ${formatSeconds(eta)})`,
        !step.ok,
      );
      if (!step.ok) err(step.message);
      return step;
    });
    const ok = replays.every((r) => r.ok) && claims.every((c) => c.ok);
    for (const r of replays.filter((x) => !x.ok)) err(r.message);
    return summarizeTheorem(theorem, { theoremId: theorem.theoremId, ok, replays, claims }, PROJECT_ROOT);
  });
  progress(`ran ${totalClaims} claims in ${formatSeconds(Date.now() - started)}`, true);

  // figures of the families touched by the selection
  const touched = new Set(selected.map((t) => t.family));
  const figures: Figure[] = [];
  for (const family of families) {
    if (!touched.has(family.id) || !family.figures) continue;
    for (const figure of family.figures(options.seed)) {
      validateFigure(figure);
      figures.push(figure);
    }
  }

  const summary: RunSummary = {
    format: SUMMARY_FORMAT,
    seed: options.seed,
    codeVersion: codeVersion(),
    selection: options.theorems,
    runs: options.runs ?? null,
    runsScale: options.runsScale ?? null,
    ok: summaries.every((s) => s.ok),
    theorems: summaries,
  };
  const directory = writeReportDirectory(outDir, {
    'summary.json': stableJson(summary),
    'summary.md': renderMarkdown(summary),
    'figures.json': stableJson(figures),
    'timings.json': stableJson({ totalMs: Date.now() - started, perClaimMs: timings }),
  });

  const bad = summaries.filter((s) => !s.ok).map((s) => s.theoremId);
  out(`report: ${directory}`);
  out(summary.ok ? `all ${summaries.length} theorems as expected` : `not as expected: ${bad.join(', ')}`);
  return summary.ok ? EXIT_OK : EXIT_CHANGED;
}
