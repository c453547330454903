/** Exit codes and the usage error shared by every command. */

export const EXIT_OK = 0;
/** a verdict differs from its expected status */
export const EXIT_CHANGED = 1;
/** bad usage or bad input: unknown theorem id, malformed fixture, invalid option value */
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  readonly code = 'USAGE';
}

export const HELP = `theoremcheck — theorems of machine-learning theory as executable properties

Usage:
  theoremcheck verify [--theorem ID]... [--runs N | --runs-scale X] [--seed S] [--out DIR]
                      [--no-save-fixtures]
  theoremcheck replay FILE
  theoremcheck list [--markdown]
  theoremcheck --help

Commands:
  verify   Replay stored fixtures, run every property and negative control, write
           reports/<run>/summary.json and summary.md (and figures.json). ID may be a theorem
           id (classical/descent-lemma) or a family prefix (classical/).
  replay   Re-evaluate one stored fixture and print its full verdict.
  list     List the theorems with their expected status and controls.

Options:
  --theorem ID      restrict to a theorem id or family prefix (repeatable)
  --runs N          instances per claim (overrides each claim's default)
  --runs-scale X    multiply each claim's default instance count (e.g. 10 for a deep run)
  --seed S          base seed (default 20261203, or THEOREMCHECK_SEED)
  --out DIR         report directory (default reports/<UTC time>-seed<S>)
  --no-save-fixtures  do not store new witnesses or counterexamples under fixtures/

Exit codes: 0 every verdict as expected, 1 a verdict changed, 2 bad usage or input.`;
