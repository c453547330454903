/**
 * Writing a report directory whole or not at all: every file goes into a hidden sibling folder,
 * which is renamed into place only once all files are written. An existing report directory is
 * never overwritten.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class ReportError extends Error {
  readonly code = 'REPORT';
}

/** files: name → content. Returns the final directory. */
export function writeReportDirectory(
  directory: string,
  files: Readonly<Record<string, string>>,
): string {
  if (existsSync(directory)) {
    throw new ReportError(
      `writeReportDirectory: ${directory} exists; refusing to overwrite a report (choose another --out).`,
    );
  }
  const parent = dirname(directory);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(directory)}.partial-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    for (const [name, content] of Object.entries(files)) {
      if (name.includes('/') || name.startsWith('.')) {
        throw new ReportError(`writeReportDirectory: file name must be plain; received '${name}'.`);
      }
      writeFileSync(join(staging, name), content);
    }
    renameSync(staging, directory);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  return directory;
}

/** JSON with ±Infinity/NaN written as strings, so the file always parses. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(
    value,
    (_k, v: unknown) =>
      typeof v === 'number' && !Number.isFinite(v)
        ? String(v)
        : ArrayBuffer.isView(v)
          ? Array.from(v as Float64Array)
          : v,
    2,
  )}\n`;
}
