/** `theoremcheck list`: the theorems, their marks, expected status and controls. */
import { families } from '../../properties/index.ts';
import { out } from './print.ts';

export function list(markdown: boolean): number {
  if (markdown) {
    out('| id | statement | mark | expected | controls |');
    out('| --- | --- | --- | --- | --- |');
  }
  for (const family of families) {
    if (!markdown) out(`${family.id}: ${family.title}`);
    for (const t of family.theorems) {
      const status = t.expected.status === 'holds' ? 'holds' : 'refuted (finding)';
      if (markdown) {
        out(
          `| \`${t.theoremId}\` | ${t.statement.replace(/\|/g, '\\|')} | ${t.mark} | ${status} | ${t.controls.length} |`,
        );
      } else {
        out(
          `  ${t.theoremId.padEnd(44)} ${status.padEnd(18)} ${t.controls.length} controls  [${t.mark}]`,
        );
      }
    }
  }
  return 0;
}
