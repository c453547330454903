/**
 * index.html: one self-contained page per run (inline CSS and SVG, no scripts, no network).
 * A table of theorems first — status, runs, seed, largest ratio against the stated constants,
 * regime coverage, controls refuted and after how many instances — then one section per
 * theorem (ratio histogram, regimes, counterexample triage, constant search, control witnesses)
 * and the families' figures. Every plot goes through report/render.ts.
 */
import { formatDetail, formatNumber } from '../harness/format.ts';
import type { Detail } from '../harness/theorem.ts';
import type { Figure } from './figure.ts';
import { ratioHistogram } from './histogram.ts';
import { renderFigureSvg, svgMarkCounts } from './render.ts';
import type { ClaimSummary, RunSummary, TheoremSummary } from './summary.ts';
import { outcomeWord, whyNot } from './summary.ts';
import { STYLE } from './htmlStyle.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const num = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : formatNumber(x);

function badge(ok: boolean, text: string): string {
  return `<span class="badge ${ok ? 'ok' : 'bad'}">${escapeHtml(text)}</span>`;
}

function describedList(described: Readonly<Record<string, Detail>>): string {
  const items = Object.entries(described).map(
    ([k, v]) => `<li><code>${escapeHtml(k)}</code> = ${escapeHtml(formatDetail(v))}</li>`,
  );
  return `<ul class="kv">${items.join('')}</ul>`;
}

function regimeCell(p: ClaimSummary | null): string {
  if (p === null) return '—';
  if (p.regimes.length === 0) return '<span class="muted">none declared</span>';
  const covered = p.regimes.filter((r) => r.covered).length;
  return badge(covered === p.regimes.length, `${covered}/${p.regimes.length} covered`);
}

function controlsCell(t: TheoremSummary): string {
  if (t.controls.length === 0) return '<span class="muted">none</span>';
  const refuted = t.controls.filter((c) => c.outcome === 'refuted');
  const after = refuted.map((c) => c.runsExecuted).join(', ');
  return (
    `${badge(refuted.length === t.controls.length, `${refuted.length}/${t.controls.length} refuted`)}` +
    `${after ? ` <span class="muted">after ${after} instances</span>` : ''}`
  );
}

function ratioCell(t: TheoremSummary): string {
  const p = t.property;
  const constants = t.constants.map((c) => `${c.name} [${c.provenance}]`).join('; ');
  const search = t.constantSearch
    ? `<br>search: <b>${num(t.constantSearch.bestRatio)}</b>${t.constantSearch.violation ? ' ' + badge(false, 'violates') : ''}`
    : '';
  return `${num(p?.maxRatio)}${search}<br><span class="muted">vs ${escapeHtml(constants || 'no constants listed')}</span>`;
}

function summaryTable(summary: RunSummary): string {
  const rows = summary.theorems.map((t) => {
    const p = t.property;
    const status = p === null ? 'other shard' : `${outcomeWord(p)}${t.ok ? '' : ` — ${whyNot(t)}`}`;
    const triage = [p, ...t.controls]
      .filter((c) => c?.triage)
      .map((c) => `${c!.claimId}: ${c!.triage!.classification}`);
    return (
      `<tr><td><a href="#${escapeHtml(t.theoremId)}">${escapeHtml(t.theoremId)}</a><br>` +
      `<span class="muted">${escapeHtml(t.title)}</span></td>` +
      `<td>${badge(t.ok, status)}</td><td>${p ? p.runsExecuted : '—'}</td><td><code>${p ? p.seed : '—'}</code></td>` +
      `<td>${ratioCell(t)}</td><td>${regimeCell(p)}</td><td>${controlsCell(t)}</td>` +
      `<td>${escapeHtml(triage.join('; ')) || '<span class="muted">—</span>'}</td></tr>`
    );
  });
  return (
    `<table class="overview"><thead><tr><th>theorem</th><th>status</th><th>runs</th><th>claim seed</th>` +
    `<th>largest ratio (&gt; 1 violates)</th><th>regimes</th><th>negative controls</th><th>triage</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function claimBlock(c: ClaimSummary, title: string): string {
  const parts = [
    `<h4>${escapeHtml(title)}: ${badge(c.ok, outcomeWord(c))} <span class="muted">after ` +
      `${c.runsExecuted} of ${c.numRuns} instances, claim seed ${c.seed}</span></h4>`,
    `<p class="statement">${escapeHtml(c.statement)}</p>`,
  ];
  if (c.counterexample) {
    const v = c.counterexample.verdict;
    parts.push(
      `<p>Shrunk witness (${c.counterexample.shrinks} shrink steps, path <code>${escapeHtml(c.counterexample.path)}</code>):</p>`,
    );
    parts.push(describedList(c.counterexample.described));
    parts.push(
      `<p><code>${escapeHtml(v.relation)}</code>: lhs ${num(v.lhs)}, rhs ${num(v.rhs)}, ratio <b>${num(v.ratio)}</b></p>`,
    );
  }
  if (c.triage)
    parts.push(
      `<p class="triage ${c.triage.classification}">Triage — ${escapeHtml(c.triage.explanation)}</p>`,
    );
  if (c.fixture) parts.push(`<p class="muted">stored as <code>${escapeHtml(c.fixture)}</code></p>`);
  if (!c.ok) {
    parts.push(
      `<details open><summary>the failure message (as printed by npm test and verify)</summary>` +
        `<pre>${escapeHtml(c.message)}</pre></details>`,
    );
  }
  return `<div class="claim">${parts.join('\n')}</div>`;
}

async function theoremSection(t: TheoremSummary): Promise<string> {
  const s = t.source;
  const parts = [
    `<section id="${escapeHtml(t.theoremId)}"><h2>${escapeHtml(t.theoremId)} — ${escapeHtml(t.title)} ${badge(t.ok, t.ok ? 'as expected' : 'NOT as expected')}</h2>`,
    `<p class="statement">${escapeHtml(t.statement)}</p>`,
    `<p class="muted">${escapeHtml(`${s.authors}, ${s.title}, ${s.venue} ${s.year}, ${s.locator}${s.arxiv ? `, arXiv ${s.arxiv}` : ''}`)} [${escapeHtml(t.mark)}]</p>`,
  ];
  if (t.evidence) parts.push(`<p><b>Recorded finding:</b> ${escapeHtml(t.evidence)}</p>`);
  if (t.constants.length > 0) {
    const rows = t.constants.map(
      (c) =>
        `<tr><td>${escapeHtml(c.name)}</td><td>${escapeHtml(c.value)}</td><td>${c.provenance}</td><td>${escapeHtml(c.why)}</td></tr>`,
    );
    parts.push(
      `<table><thead><tr><th>constant</th><th>value</th><th>from</th><th>why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
  }
  const p = t.property;
  if (p) {
    parts.push(claimBlock(p, 'Property'));
    const q = p.ratioQuantiles;
    if (q)
      parts.push(
        `<p>Ratio over the run: median ${num(q.p50)}, 90% ${num(q.p90)}, 99% ${num(q.p99)}, max <b>${num(p.maxRatio)}</b>.</p>`,
      );
    const histogram = ratioHistogram(
      `${t.theoremId}/ratios`,
      `lhs/rhs ratios of ${t.theoremId}`,
      p.ratios,
    );
    if (histogram) parts.push(await figureBlock(histogram));
    if (p.regimes.length > 0) {
      const rows = p.regimes.map(
        (r) =>
          `<tr><td>${escapeHtml(r.id)}</td><td>${escapeHtml(r.description)}</td><td>${r.hits}/${r.runs}</td>` +
          `<td>${r.shareLowerBound.toFixed(3)}</td><td>${r.minShare}</td><td>${badge(r.covered, r.covered ? 'covered' : 'NOT covered')}</td></tr>`,
      );
      parts.push(
        `<h4>Regime coverage</h4><table><thead><tr><th>regime</th><th>description</th><th>hits</th>` +
          `<th>Wilson 95% lower bound</th><th>required share</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
      );
    }
  }
  const cs = t.constantSearch;
  if (cs) {
    parts.push(
      `<h4>Constant search</h4><p>${cs.evaluations} evaluations from ${cs.restarts} of the worst generated instances: ` +
        `largest ratio <b>${num(cs.bestRatio)}</b> (fast-check's largest ${num(cs.startRatio)})` +
        `${cs.witnessRecheck ? `; higher-precision recheck of the witness: ratio ${num(cs.witnessRecheck.ratio)}, ${cs.witnessRecheck.holds ? 'holds' : 'fails'}` : ''}` +
        `${cs.violation ? ` ${badge(false, 'the witness violates the claim')}` : ''}.</p>`,
    );
    if (cs.witness) parts.push(describedList(cs.witness.described));
    const ranges = Object.entries(cs.ranges).map(
      ([shape, r]) =>
        `<li><code>${escapeHtml(shape)}</code> ∈ [${num(r.min)}, ${num(r.max)}]${r.integer ? ' (integers)' : ''}</li>`,
    );
    if (ranges.length)
      parts.push(
        `<details><summary class="muted">ranges the search kept to (seen in the generator)</summary><ul class="kv">${ranges.join('')}</ul></details>`,
      );
    if (cs.triage)
      parts.push(
        `<p class="triage ${cs.triage.classification}">Triage — ${escapeHtml(cs.triage.explanation)}</p>`,
      );
  }
  for (const c of t.controls) parts.push(claimBlock(c, `Negative control '${c.claimId}'`));
  if (t.replays) {
    const bad = t.replays.filter((r) => !r.ok);
    parts.push(
      `<p class="muted">Stored fixtures replayed: ${t.replays.length}${bad.length ? `, ${bad.length} not as recorded` : ', all as recorded'}.</p>`,
    );
    for (const r of bad) parts.push(`<pre>${escapeHtml(r.message)}</pre>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

async function figureBlock(figure: Figure): Promise<string> {
  let svg: string;
  try {
    svg = await renderFigureSvg(figure);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return (
      `<figure id="figure-${escapeHtml(figure.id)}"><p>${badge(false, 'figure not drawn')} ` +
      `${escapeHtml(figure.title)}: ${escapeHtml(message)}</p></figure>`
    );
  }
  // a plot whose data all fell outside its scales draws nothing: say so instead of a bare frame
  const empty =
    svgMarkCounts(svg).markPaths === 0
      ? `<p>${badge(false, 'empty plot')} no data point could be drawn.</p>`
      : '';
  const caption = figure.caption ? `<figcaption>${escapeHtml(figure.caption)}</figcaption>` : '';
  return `<figure id="figure-${escapeHtml(figure.id)}">${svg}${empty}${caption}</figure>`;
}

export async function renderHtmlReport(
  summary: RunSummary,
  figures: readonly Figure[],
): Promise<string> {
  const sections: string[] = [];
  for (const t of summary.theorems) sections.push(await theoremSection(t));
  const figureBlocks: string[] = [];
  for (const f of figures) figureBlocks.push(await figureBlock(f));
  const failing = summary.theorems.filter((t) => !t.ok).length;
  const facts = [
    `code version <code>${escapeHtml(summary.codeVersion)}</code>`,
    `selection: ${escapeHtml(summary.selection.length ? summary.selection.join(', ') : 'all theorems')}`,
    summary.runs !== null ? `runs per claim: ${summary.runs}` : '',
    summary.runsScale !== null
      ? `runs scale ×${summary.runsScale}${summary.budget ? ` (budget ${escapeHtml(summary.budget)})` : ''}`
      : '',
    summary.search
      ? `constant search on ${escapeHtml(summary.search.theorems.join(', '))}, ${summary.search.budget} evaluations each`
      : '',
    summary.shard ? `shard ${summary.shard.index}/${summary.shard.count}` : '',
  ].filter((x) => x !== '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>theoremcheck — seed ${summary.seed}</title>
<style>${STYLE}</style></head><body>
<h1>theoremcheck run — seed ${summary.seed} ${badge(summary.ok, summary.ok ? 'every verdict as expected' : `${failing} theorem(s) not as expected`)}</h1>
<p class="muted">${facts.join(' · ')}</p>
${summaryTable(summary)}
${sections.join('\n')}
${figureBlocks.length ? `<section id="figures"><h2>Figures</h2>${figureBlocks.join('\n')}</section>` : ''}
</body></html>
`;
}
