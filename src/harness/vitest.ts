/**
 * The vitest face of the harness: one `describe` per theorem, titled with its id and seed, with
 * a test for the stored fixtures, one for the property and one per negative control. Failures
 * throw the harness's readable message, so vitest shows the shrunk instance, both sides, the
 * ratio and the replay command.
 *
 * Environment: THEOREMCHECK_SEED (base seed, default DEFAULT_SEED), THEOREMCHECK_RUNS_SCALE
 * (multiplies every claim's run count, e.g. 10 for a deeper local run).
 */
import { describe, test } from 'vitest';
import { checkClaim, replayFixtures } from './check.ts';
import { baseSeedFromEnv } from './seeds.ts';
import type { AnyTheorem } from './theorem.ts';

function runsScaleFromEnv(): number | undefined {
  const raw = process.env.THEOREMCHECK_RUNS_SCALE;
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(
      `THEOREMCHECK_RUNS_SCALE: must be a positive number; received ${JSON.stringify(raw)}.`,
    );
  }
  return value;
}

export function testTheorem(theorem: AnyTheorem): void {
  const baseSeed = baseSeedFromEnv();
  const runsScale = runsScaleFromEnv();
  const options = {
    baseSeed,
    saveFixtures: true,
    ...(runsScale !== undefined ? { runsScale } : {}),
  };

  describe(`${theorem.theoremId} — ${theorem.title} [seed ${baseSeed}]`, () => {
    test('replays its stored fixtures with their recorded status', () => {
      const failures = replayFixtures(theorem).filter((r) => !r.ok);
      if (failures.length > 0) throw new Error(failures.map((f) => f.message).join('\n\n'));
    });

    const verb =
      theorem.expected.status === 'holds'
        ? 'holds on generated instances'
        : 'is refuted (recorded finding)';
    test(`${verb}: ${theorem.statement}`, () => {
      const step = checkClaim(theorem, theorem, options);
      if (!step.ok) throw new Error(step.message);
    });

    for (const control of theorem.controls) {
      test(`negative control is refuted: ${control.statement}`, () => {
        const step = checkClaim(theorem, control, options);
        if (!step.ok) throw new Error(step.message);
      });
    }
  });
}
