/** Looking theorems up by id or family prefix, with errors that list what exists. */
import { allTheorems } from '../../properties/index.ts';
import type { AnyTheorem } from '../harness/theorem.ts';
import { UsageError } from './usage.ts';

export function selectTheorems(patterns: readonly string[]): AnyTheorem[] {
  const theorems = allTheorems();
  if (patterns.length === 0) return theorems;
  const chosen = new Set<AnyTheorem>();
  for (const pattern of patterns) {
    const matches = theorems.filter(
      (t) =>
        t.theoremId === pattern ||
        (pattern.endsWith('/') ? t.theoremId.startsWith(pattern) : t.family === pattern),
    );
    if (matches.length === 0) {
      const known = theorems.map((t) => t.theoremId).join(', ');
      throw new UsageError(
        `--theorem: no theorem or family matches '${pattern}'; known ids: ${known}.`,
      );
    }
    matches.forEach((t) => chosen.add(t));
  }
  return theorems.filter((t) => chosen.has(t));
}

export function findTheorem(theoremId: string): AnyTheorem {
  const found = allTheorems().find((t) => t.theoremId === theoremId);
  if (!found)
    throw new UsageError(`no theorem with id '${theoremId}'; run 'theoremcheck list' for the ids.`);
  return found;
}
