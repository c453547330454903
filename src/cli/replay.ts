/** `theoremcheck replay FILE`: re-evaluate one stored instance and print its full verdict. */
import { resolve } from 'node:path';
import { expectedOf, replayFixture } from '../harness/check.ts';
import { FixtureError, loadFixture } from '../harness/fixtures.ts';
import { describeInstance, formatRecord, formatVerdict } from '../harness/format.ts';
import { out } from './print.ts';
import { findTheorem } from './registry.ts';
import { EXIT_CHANGED, EXIT_OK, UsageError } from './usage.ts';

export function replay(file: string): number {
  let fixture;
  try {
    fixture = loadFixture(resolve(file));
  } catch (e) {
    if (e instanceof FixtureError) throw new UsageError(e.message);
    throw e;
  }
  const theorem = findTheorem(fixture.theoremId);
  const claim = [theorem, ...theorem.controls].find((c) => c.id === fixture.claimId);
  if (!claim) {
    throw new UsageError(
      `${file}: theorem '${theorem.theoremId}' has no claim '${fixture.claimId}'.`,
    );
  }
  const step = replayFixture(theorem, resolve(file), fixture);

  out(
    `${theorem.theoremId} › ${fixture.claimId}  (${fixture.kind}, stored by ${fixture.codeVersion}, seed ${fixture.seed}, path "${fixture.path}")`,
  );
  out(`claim: ${claim.statement}`);
  out(
    `expected on this instance: ${expectedOf(theorem, fixture.claimId) === 'holds' ? 'holds' : 'refuted'}`,
  );
  out('instance:');
  out(formatRecord(describeInstance(claim, fixture.instance)));
  if (step.verdict) {
    out('verdict now:');
    out(formatVerdict(step.verdict));
  }
  out(step.ok ? 'as recorded' : `NOT as recorded: ${step.message}`);
  return step.ok ? EXIT_OK : EXIT_CHANGED;
}
