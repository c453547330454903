/**
 * The files of one report directory, from a run's summary, figures and timings: summary.json
 * (deterministic), summary.md, figures.json, timings.json (clocks live only here) and the
 * self-contained index.html. Written whole or not at all (writeReport.ts).
 */
import type { Figure } from './figure.ts';
import { renderHtmlReport } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import type { RunSummary } from './summary.ts';
import { stableJson, writeReportDirectory } from './writeReport.ts';

export interface Timings {
  readonly totalMs: number;
  readonly perClaimMs: Readonly<Record<string, number>>;
}

export async function writeRunReport(
  directory: string,
  summary: RunSummary,
  figures: readonly Figure[],
  timings: Timings & Readonly<Record<string, unknown>>,
): Promise<string> {
  const started = Date.now();
  const html = await renderHtmlReport(summary, figures);
  const markdown = renderMarkdown(summary);
  return writeReportDirectory(directory, {
    'summary.json': stableJson(summary),
    'summary.md': markdown,
    'figures.json': stableJson(figures),
    'timings.json': stableJson({ ...timings, renderMs: Date.now() - started }),
    'index.html': html,
  });
}
