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
  theoremcheck verify [--theorem ID]... [--runs N | --runs-scale X | --budget quick|ci|deep]
                      [--seed S] [--out DIR] [--shard i/k] [--search-constant ID]...
                      [--search-budget N] [--no-save-fixtures]
  theoremcheck merge DIR... --out DIR
  theoremcheck replay FILE
  theoremcheck list [--markdown]
  theoremcheck --help

Commands:
  verify   Replay stored fixtures, run every property and negative control, triage every
           refutation (genuine or within rounding), write reports/<run>/index.html (open it),
           summary.json, summary.md, figures.json and timings.json. ID may be a theorem id
           (classical/descent-lemma) or a family prefix (classical/).
  merge    Join the reports of verify --shard 1/k … k/k into one report (same summary.json
           as an unsharded run).
  replay   Re-evaluate one stored fixture and print its full verdict.
  list     List the theorems with their expected status and controls.

Options:
  --theorem ID      restrict to a theorem id or family prefix (repeatable)
  --runs N          instances per claim (overrides each claim's default)
  --runs-scale X    multiply each claim's default instance count (e.g. 10 for a deep run)
  --budget B        quick (runs ×0.2), ci (×1) or deep (×10)
  --shard i/k       run the i-th of k deterministic parts of the claims (round robin in
                    selection order); vitest's own --shard splits test files instead
  --search-constant ID  hill-climb the ratio lhs/rhs of these theorems' properties from the
                    worst generated instances; the largest ratio and its witness go in the report
  --search-budget N check evaluations per searched theorem (default 2000)
  --seed S          base seed (default 20261203, or THEOREMCHECK_SEED)
  --out DIR         report directory (default reports/<UTC time>-seed<S>); required by merge
  --no-save-fixtures  do not store new witnesses or counterexamples under fixtures/

Exit codes: 0 every verdict as expected, 1 a verdict changed, 2 bad usage or input.`;
