/** summary.md: the run summary as a page a person reads top to bottom. */
import { formatDetail, formatNumber } from '../harness/format.ts';
import type { Detail } from '../harness/theorem.ts';
import type { ClaimSummary, RunSummary } from './summary.ts';
import { outcomeWord, whyNot } from './summary.ts';

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function statusOf(c: ClaimSummary): string {
  return `${c.ok ? '✅' : '❌'} ${outcomeWord(c)}${c.ok ? '' : ` (expected ${c.expected})`}`;
}

function describedLine(described: Readonly<Record<string, Detail>>): string {
  return Object.entries(described)
    .map(([k, v]) => `${k} = ${formatDetail(v)}`)
    .join('; ');
}

function witnessLine(c: ClaimSummary): string {
  if (!c.counterexample) return '—';
  const described = describedLine(c.counterexample.described);
  const v = c.counterexample.verdict;
  return `${described} → lhs ${formatNumber(v.lhs)}, rhs ${formatNumber(v.rhs)}, ratio ${formatNumber(v.ratio)}`;
}

export function renderMarkdown(summary: RunSummary): string {
  const lines: string[] = [];
  const failing = summary.theorems.filter((t) => !t.ok).length;
  lines.push(`# theoremcheck run — seed ${summary.seed}`);
  lines.push('');
  lines.push(`- code version: ${summary.codeVersion}`);
  lines.push(
    `- selection: ${summary.selection.length ? summary.selection.join(', ') : 'all theorems'}`,
  );
  if (summary.runs !== null) lines.push(`- runs per claim: ${summary.runs}`);
  if (summary.runsScale !== null)
    lines.push(
      `- runs scale: ×${summary.runsScale}${summary.budget ? ` (budget ${summary.budget})` : ''}`,
    );
  if (summary.shard)
    lines.push(
      `- shard ${summary.shard.index}/${summary.shard.count} (merge the shards with \`theoremcheck merge\`)`,
    );
  lines.push(
    `- result: ${summary.ok ? 'every verdict as expected' : `${failing} theorem(s) not as expected`}`,
  );
  lines.push('');
  lines.push(
    '| theorem | expected | verdict | runs | claim seed | largest ratio | controls refuted |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const t of summary.theorems) {
    const p = t.property;
    if (p === null) {
      lines.push(`| ${t.theoremId} | ${t.expected} | (other shard) | — | — | — | — |`);
      continue;
    }
    const refuted = t.controls.filter((c) => c.outcome === 'refuted').length;
    lines.push(
      `| ${t.theoremId} | ${t.expected} | ${t.ok ? '✅' : '❌'} ${outcomeWord(p)}` +
        `${t.ok ? '' : ` (${whyNot(t)})`} | ${p.runsExecuted} | ${p.seed} | ` +
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
    lines.push(
      `Source: ${s.authors}, *${s.title}*, ${s.venue} ${s.year}, ${s.locator}${s.arxiv ? `, arXiv ${s.arxiv}` : ''} [${t.mark}].`,
    );
    if (t.evidence) lines.push(`\nRecorded finding: ${t.evidence}`);
    lines.push('');
    const p = t.property;
    if (p !== null) {
      lines.push(`Property: ${statusOf(p)} on ${p.runsExecuted} instances (claim seed ${p.seed}).`);
      if (p.ratioQuantiles) {
        const q = p.ratioQuantiles;
        lines.push(
          `Ratio lhs/rhs: median ${formatNumber(q.p50)}, 90% ${formatNumber(q.p90)}, 99% ${formatNumber(q.p99)}, max ${p.maxRatio === null ? '—' : formatNumber(p.maxRatio)}.`,
        );
      }
      if (p.counterexample)
        lines.push(`Counterexample: ${witnessLine(p)}${p.fixture ? ` (${p.fixture})` : ''}`);
      if (p.triage) lines.push(`Triage: ${p.triage.explanation}`);
      for (const r of p.regimes) {
        lines.push(
          `Regime '${r.id}': ${r.hits}/${r.runs} (Wilson lower bound ${r.shareLowerBound.toFixed(3)}, required ${r.minShare}) ${r.covered ? '✅' : '❌'}`,
        );
      }
    }
    const cs = t.constantSearch;
    if (cs) {
      lines.push(
        `Constant search (${cs.evaluations} evaluations from ${cs.restarts} starts): largest ratio ` +
          `${cs.bestRatio === null ? '—' : formatNumber(cs.bestRatio)} (fast-check's largest ` +
          `${cs.startRatio === null ? '—' : formatNumber(cs.startRatio)})${cs.violation ? ' — VIOLATES the claim' : ''}.`,
      );
      if (cs.witness) lines.push(`Search witness: ${escape(describedLine(cs.witness.described))}`);
      if (cs.witnessRecheck) {
        lines.push(
          `Higher-precision recheck of the search witness: ratio ${cs.witnessRecheck.ratio === null ? '—' : formatNumber(cs.witnessRecheck.ratio)}, ${cs.witnessRecheck.holds ? 'holds' : 'fails'}.`,
        );
      }
      if (cs.triage) lines.push(`Search triage: ${cs.triage.explanation}`);
    }
    if (t.controls.length > 0) {
      lines.push('');
      lines.push('| negative control | verdict | after | witness | triage |');
      lines.push('| --- | --- | --- | --- | --- |');
      for (const c of t.controls) {
        lines.push(
          `| ${escape(c.statement)} | ${statusOf(c)} | ${c.runsExecuted} | ${escape(witnessLine(c))} | ${c.triage ? c.triage.classification : '—'} |`,
        );
      }
    }
    if (t.replays !== null) {
      const badReplays = t.replays.filter((r) => !r.ok);
      lines.push('');
      lines.push(
        `Stored fixtures replayed: ${t.replays.length}${badReplays.length ? `, ${badReplays.length} not as recorded` : ', all as recorded'}.`,
      );
      for (const r of badReplays) lines.push(`- ${escape(r.message)}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
