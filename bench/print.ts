/**
 * The one place the benchmarks print: aligned plain-text tables on stdout. Everything else in
 * bench/ returns data.
 */

export type Cell = string | number;

export interface Table {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** lines printed under the table (units, how to read it) */
  readonly notes?: readonly string[];
}

/** Times in milliseconds with 3 significant digits; ratios and rates likewise. */
export function formatCell(value: Cell): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const a = Math.abs(value);
  if (a >= 1000) return value.toFixed(0);
  if (a >= 0.001) return String(Number(value.toPrecision(3)));
  return value.toExponential(2);
}

function isNumeric(value: Cell): boolean {
  return typeof value === 'number';
}

/** Numbers align right, text left; columns are separated by two spaces. */
export function renderTable(table: Table): string {
  const cells = table.rows.map((row) => row.map(formatCell));
  const widths = table.headers.map((h, c) =>
    Math.max(h.length, ...cells.map((row) => (row[c] ?? '').length)),
  );
  const pad = (text: string, c: number, right: boolean) =>
    right ? text.padStart(widths[c]) : text.padEnd(widths[c]);
  const numericColumn = table.headers.map((_, c) => table.rows.some((r) => isNumeric(r[c])));

  const lines = [
    table.title,
    table.headers.map((h, c) => pad(h, c, numericColumn[c])).join('  '),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...cells.map((row) => row.map((text, c) => pad(text, c, numericColumn[c])).join('  ')),
    ...(table.notes ?? []),
  ];
  return lines.map((line) => line.trimEnd()).join('\n');
}

export function printTable(table: Table): void {
  process.stdout.write(`${renderTable(table)}\n\n`);
}

export function printLine(text: string): void {
  process.stdout.write(`${text}\n`);
}

export function printError(text: string): void {
  process.stderr.write(`${text}\n`);
}
