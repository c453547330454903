/**
 * Readable text for verdicts, instances and runs: what a person needs to understand a failure
 * (the instance in its own terms, both sides, the ratio, the replay command), not a wall of numbers.
 */
import type { ClaimRun } from './runner.ts';
import type { AnyClaim, Detail, Verdict } from './theorem.ts';

const SIGNIFICANT = 6;

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (Number.isInteger(x) && a < 1e9) return String(x);
  if (a >= 1e-3 && a < 1e6) return String(Number(x.toPrecision(SIGNIFICANT)));
  return x.toExponential(SIGNIFICANT - 1);
}

export function formatDetail(value: Detail | undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  const items = Array.from(value);
  const shown = items.slice(0, 12).map(formatNumber).join(', ');
  return `[${shown}${items.length > 12 ? `, … (${items.length} in all)` : ''}]`;
}

export function formatRecord(record: Readonly<Record<string, Detail>>, indent = '  '): string {
  return Object.entries(record)
    .map(([k, v]) => `${indent}${k} = ${formatDetail(v)}`)
    .join('\n');
}

/** The instance as the claim describes it, else its fields. */
export function describeInstance(
  claim: AnyClaim,
  instance: unknown,
): Readonly<Record<string, Detail>> {
  if (claim.describe) return claim.describe(instance);
  if (typeof instance === 'object' && instance !== null) {
    const out: Record<string, Detail> = {};
    for (const [k, v] of Object.entries(instance)) {
      out[k] =
        typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean'
          ? v
          : ArrayBuffer.isView(v) || Array.isArray(v)
            ? Array.from(v as ArrayLike<number>)
            : JSON.stringify(v);
    }
    return out;
  }
  return { value: typeof instance === 'number' ? instance : JSON.stringify(instance) };
}

export function formatVerdict(verdict: Verdict): string {
  return [
    `  claim: ${verdict.relation}`,
    `  lhs = ${formatNumber(verdict.lhs)}   rhs = ${formatNumber(verdict.rhs)}   ratio = ${formatNumber(verdict.ratio)}` +
      `   → ${verdict.holds ? 'holds' : 'FAILS'}`,
    formatRecord(verdict.details, '    '),
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export function formatCounterexample(claim: AnyClaim, run: ClaimRun): string {
  const cx = run.counterexample;
  if (!cx) return run.error ?? 'no counterexample';
  return [
    `  seed ${cx.seed}, path "${cx.path}", ${cx.shrinks} shrink steps, after ${run.runsExecuted} instances`,
    '  instance (shrunk):',
    formatRecord(describeInstance(claim, cx.instance), '    '),
    formatVerdict(cx.verdict),
  ].join('\n');
}
