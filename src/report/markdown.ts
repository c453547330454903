/** summary.md: the run summary as a page a person reads top to bottom. */
import { formatDetail, formatNumber } from '../harness/format.ts';
import type { ClaimSummary, RunSummary } from './summary.ts';

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function statusOf(ok: boolean, expected: string, outcome: string): string {
  const word = outcome === 'held' ? 'holds' : outcome === 'refuted' ? 'refuted' : 'error';
  return `${ok ? '✅' : '❌'} ${word}${ok ? '' : ` (expected ${expected})`}`;
}

function witnessLine(c: ClaimSummary): string {
  if (!c.counterexample) return '—';
  const described = Object.entries(c.counterexample.described)
    .map(([k, v]) => `${k} = ${formatDetail(v)}`)
    .join('; ');
  const v = c.counterexample.verdict;
  return `${described} → lhs ${formatNumber(v.lhs)}, rhs ${formatNumber(v.rhs)}, ratio ${formatNumber(v.ratio)}`;
}

export function renderMarkdown(summary: RunSummary): string {
  const lines: string[] = [];
  const failing = summary.theorems.filter((t) => !t.ok).length;
  lines.push(`# theoremcheck run — seed ${summary.seed}`);
  lines.push('');
  lines.push(`- code version: ${summary.codeVersion}`);
  lines.push(`- selection: ${summary.selection.length ? summary.selection.join(', ') : 'all theorems'}`);
  if (summary.runs !== null) lines.push(`- runs per claim: ${summary.runs}`);
  if (summary.runsScale !== null) lines.push(`- runs scale: ×${summary.runsScale}`);
  lines.push(`- result: ${summary.ok ? 'every verdict as expected' : `${failing} theorem(s) not as expected`}`);
  lines.push('');
  lines.push('| theorem | expected | verdict | runs | claim seed | largest ratio | controls refuted |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const t of summary.theorems) {
    const p = t.property;
    const refuted = t.controls.filter((c) => c.outcome === 'refuted').length;
    lines.push(
      `| ${t.theoremId} | ${t.expected} | ${statusOf(t.ok, t.expected, p.outcome)} | ${p.runsExecuted} | ${p.seed} | ` +
        `${p.maxRatio === null ? '—' : formatNumber(p.maxRatio)} | ${refuted}/${t.controls.length} |`,
    );
  }
  for (const t of summary.theorems) {
    lines.push('');
    lines.push(`## ${t.theoremId} — ${t.title}`);
    lines.push('');
    lines.push(`${t.statement}`);
    lines.push('');
    const s = t.source;
    lines.push(`Source: ${s.authors}, *${s.title}*, ${s.venue} ${s.year}, ${s.locator}${s.arxiv ? `, arXiv ${s.arxiv}` : ''} [${t.mark}].`);
    if (t.evidence) lines.push(`\nRecorded finding: ${t.evidence}`);
    lines.push('');
    const p = t.property;
    lines.push(`Property: ${statusOf(p.ok, p.expected, p.outcome)} on ${p.runsExecuted} instances (claim seed ${p.seed}).`);
    if (p.ratioQuantiles) {
      const q = p.ratioQuantiles;
      lines.push(`Ratio lhs/rhs: median ${formatNumber(q.p50)}, 90% ${formatNumber(q.p90)}, 99% ${formatNumber(q.p99)}, max ${p.maxRatio === null ? '—' : formatNumber(p.maxRatio)}.`);
    }
    if (p.counterexample) lines.push(`Counterexample: ${witnessLine(p)}${p.fixture ? ` (${p.fixture})` : ''}`);
    for (const r of p.regimes) {
      lines.push(`Regime '${r.id}': ${r.hits}/${r.runs} (Wilson lower bound ${r.shareLowerBound.toFixed(3)}, required ${r.minShare}) ${r.covered ? '✅' : '❌'}`);
    }
    if (t.controls.length > 0) {
      lines.push('');
      lines.push('| negative control | verdict | after | witness |');
      lines.push('| --- | --- | --- | --- |');
      for (const c of t.controls) {
        lines.push(`| ${escape(c.statement)} | ${statusOf(c.ok, c.expected, c.outcome)} | ${c.runsExecuted} | ${escape(witnessLine(c))} |`);
      }
    }
    const badReplays = t.replays.filter((r) => !r.ok);
    lines.push('');
    lines.push(`Stored fixtures replayed: ${t.replays.length}${badReplays.length ? `, ${badReplays.length} not as recorded` : ', all as recorded'}.`);
    for (const r of badReplays) lines.push(`- ${escape(r.message)}`);
  }
  lines.push('');
  return lines.join('\n');
}
