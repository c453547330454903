/**
 * Process entry point: runs `main` on the command line and maps errors to exit codes — bad usage
 * or bad input (unknown id, malformed fixture, invalid value, existing report) exits 2.
 */
import { FixtureError } from '../harness/fixtures.ts';
import { ReportError } from '../report/writeReport.ts';
import { main } from './main.ts';
import { err } from './print.ts';
import { EXIT_USAGE, UsageError } from './usage.ts';

export function isUsageError(e: unknown): boolean {
  return (
    e instanceof UsageError ||
    e instanceof FixtureError ||
    e instanceof ReportError ||
    e instanceof RangeError ||
    (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))
  );
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  err(`theoremcheck: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = isUsageError(e) ? EXIT_USAGE : 1;
}
