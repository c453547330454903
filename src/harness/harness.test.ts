/**
 * The harness on toy claims whose truth is known: a true claim holds, a false one is refuted
 * with a shrunk witness, a throwing check is an error (never a refutation), and fixtures are
 * stored as values that are never overwritten.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkClaim, checkTheorem, replayFixtures } from './check.ts';
import { FixtureError, fixturesOf, parseFixture, saveFixture } from './fixtures.ts';
import { runClaim } from './runner.ts';
import type { Claim, Verdict } from './theorem.ts';
import { defineTheorem } from './theorem.ts';
import { countAtLeast, upperBound } from './verdict.ts';
import { tolerance } from '../numeric/tolerance.ts';

const EXACT = tolerance(0);

/** "x² ≤ bound·x" on x ∈ [0, 1]: true for bound ≥ 1, false for bound < 1 (shrinks to x = bound+). */
function squareBelow(bound: number): Claim<number> {
  return {
    id: bound >= 1 ? 'property' : `square-below-${Math.round(bound * 100)}`,
    statement: `x² ≤ ${bound}·x on [0, 1]`,
    arbitrary: fc.double({ min: 0, max: 1, noNaN: true }),
    check: (x: number): Verdict =>
      upperBound({ relation: `x² ≤ ${bound}x`, lhs: x * x, rhs: bound * x, tolerance: EXACT }),
  };
}

function toyTheorem(controls: Claim<number>[]) {
  return defineTheorem<number>({
    ...squareBelow(1),
    theoremId: 'toy/square',
    family: 'toy',
    title: 'x² ≤ x on the unit interval',
    mark: 'derived',
    source: { authors: 'none', title: 'arithmetic', venue: '—', year: 2026, locator: '—' },
    fullStatement: 'x ∈ [0, 1] ⇒ x² ≤ x',
    constants: [],
    hypotheses: 'x drawn in [0, 1]',
    gaps: [],
    expected: { status: 'holds' },
    controls,
  });
}

describe('runClaim', () => {
  test('a true claim holds on every instance and records every ratio', () => {
    const run = runClaim(squareBelow(1), { seed: 1, numRuns: 200 });
    expect(run.outcome).toBe('held');
    expect(run.ratios).toHaveLength(200);
    expect(run.maxRatio).toBeLessThanOrEqual(1);
  });

  test('a false claim is refuted, and the witness is shrunk toward the boundary', () => {
    const run = runClaim(squareBelow(0.5), { seed: 1, numRuns: 200 });
    expect(run.outcome).toBe('refuted');
    const x = run.counterexample?.instance as number;
    expect(x * x).toBeGreaterThan(0.5 * x);
    expect(run.counterexample?.verdict.holds).toBe(false);
  });

  test('the same seed gives the same run, bit for bit', () => {
    const a = runClaim(squareBelow(1), { seed: 7, numRuns: 50 });
    const b = runClaim(squareBelow(1), { seed: 7, numRuns: 50 });
    expect(a.ratios).toEqual(b.ratios);
  });

  test('a check that throws is an error, not a refutation', () => {
    const throwing: Claim<number> = {
      ...squareBelow(1),
      id: 'throws',
      check: (x) =>
        upperBound({ relation: 'NaN', lhs: x > 0.5 ? NaN : 0, rhs: 1, tolerance: EXACT }),
    };
    const run = runClaim(throwing, { seed: 3, numRuns: 100 });
    expect(run.outcome).toBe('error');
    expect(run.error).toMatch(/sides must be finite/);
  });

  test('refuses a non-positive run count, naming the value', () => {
    expect(() => runClaim(squareBelow(1), { seed: 1, numRuns: 0 })).toThrow(
      /numRuns must be a positive integer; received 0/,
    );
  });
});

describe('checkClaim and fixtures', () => {
  test('a control that cannot be refuted fails the check ("a property that cannot fail proves nothing")', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-'));
    const trueControl = { ...squareBelow(2), id: 'square-below-double' };
    const theorem = toyTheorem([trueControl]);
    const step = checkClaim(theorem, trueControl, {
      baseSeed: 1,
      fixturesDir: dir,
      saveFixtures: true,
    });
    expect(step.ok).toBe(false);
    expect(step.message).toMatch(/NOT REFUTED/);
  });

  test('a refuted control stores one witness, replays it, and never overwrites it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-'));
    const theorem = toyTheorem([squareBelow(0.5)]);
    const first = checkTheorem(theorem, { baseSeed: 1, fixturesDir: dir, saveFixtures: true });
    expect(first.ok).toBe(true);
    const stored = fixturesOf('toy/square', dir);
    expect(stored).toHaveLength(1);
    expect(stored[0].fixture.kind).toBe('witness');

    // a second run with another seed keeps the first witness and adds none
    checkTheorem(theorem, { baseSeed: 2, fixturesDir: dir, saveFixtures: true });
    expect(fixturesOf('toy/square', dir)).toHaveLength(1);
    expect(replayFixtures(theorem, dir).every((r) => r.ok)).toBe(true);

    // saving the same instance again is a no-op; a different instance under the same name is refused
    const { file, fixture } = stored[0];
    expect(saveFixture({ ...fixture, instance: fixture.instance }, dir).status).toBe('exists');
    const tampered = { ...JSON.parse(readFileSync(file, 'utf8')), instance: 0.123 };
    writeFileSync(file, JSON.stringify(tampered));
    expect(() => saveFixture({ ...fixture, instance: fixture.instance }, dir)).toThrow(
      FixtureError,
    );
  });

  test('a counterexample of a holding claim is stored, and its replay fails until the claim is fixed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-'));
    const broken = { ...toyTheorem([]), check: squareBelow(0.5).check };
    const step = checkClaim(broken, broken, { baseSeed: 1, fixturesDir: dir, saveFixtures: true });
    expect(step.ok).toBe(false);
    expect(step.message).toMatch(/REFUTED/);
    expect(step.fixture?.status).toBe('written');
    expect(replayFixtures(broken, dir).every((r) => !r.ok)).toBe(true);
    expect(replayFixtures(toyTheorem([]), dir).every((r) => r.ok)).toBe(true);
  });

  test('a rare finding rests on its stored witness: green while it refutes, red without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-'));
    // "x² ≤ x/2" is false only for x > 1/2; the generator here stays in [0, 1/2]
    const rare = {
      ...toyTheorem([]),
      ...squareBelow(0.5),
      id: 'property',
      arbitrary: fc.double({ min: 0, max: 0.5, noNaN: true }),
      expected: { status: 'refuted' as const, evidence: 'x = 0.9 refutes it' },
    };
    expect(checkClaim(rare, rare, { baseSeed: 1, fixturesDir: dir }).ok).toBe(false);
    saveFixture(
      {
        theoremId: 'toy/square',
        claimId: 'property',
        kind: 'witness',
        seed: 0,
        path: '',
        instance: 0.9,
        verdict: rare.check(0.9),
      },
      dir,
    );
    const step = checkClaim(rare, rare, { baseSeed: 1, fixturesDir: dir });
    expect(step.ok).toBe(true);
    expect(step.message).toMatch(/1 stored witness\(es\) still refute it/);
  });

  test('a malformed fixture is rejected with the file and the field named', () => {
    expect(() => parseFixture('{', 'f.json')).toThrow(/f.json: not valid JSON/);
    expect(() =>
      parseFixture(
        '{"format":"theoremcheck-fixture/1","theoremId":"a/b","claimId":"",' + '"kind":"witness"}',
        'g.json',
      ),
    ).toThrow(/g.json: field 'claimId' must be a non-empty string/);
  });

  test('defineTheorem rejects duplicate control ids and malformed theorem ids', () => {
    expect(() => toyTheorem([squareBelow(0.5), squareBelow(0.5)])).toThrow(
      /duplicate claim id 'square-below-50'/,
    );
    expect(() => defineTheorem({ ...toyTheorem([]), theoremId: 'Toy Square' })).toThrow(
      /theoremId must be/,
    );
  });

  test('the ratio exceeds 1 exactly when a bound is violated, whatever the signs', () => {
    const ratio = (lhs: number, rhs: number) =>
      upperBound({ relation: 'r', lhs, rhs, tolerance: EXACT }).ratio;
    expect(ratio(1, 2)).toBe(0.5);
    expect(ratio(-0.95, -0.66)).toBeLessThan(1);
    expect(ratio(-0.5, -0.66)).toBeGreaterThan(1);
    expect(ratio(0.1, -0.66)).toBeGreaterThan(1);
    expect(ratio(-3, 2)).toBeLessThan(1);
  });

  test('countAtLeast has no tolerance: one event short fails', () => {
    expect(countAtLeast('c ≥ 3', 2, 3).holds).toBe(false);
    expect(countAtLeast('c ≥ 3', 3, 3).holds).toBe(true);
  });
});
