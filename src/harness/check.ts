/**
 * Checking a theorem against its definition: replay its stored fixtures, run its property, run
 * each negative control. Every step compares an outcome with the expected one and says, in a
 * message a person can act on, when they differ. Used by both vitest (harness/vitest.ts) and
 * the CLI (cli/verify.ts).
 */
import { displayPath, fixturesOf, saveFixture } from './fixtures.ts';
import type { Fixture, SaveResult } from './fixtures.ts';
import { formatCounterexample, formatVerdict } from './format.ts';
import { evaluate, runClaim } from './runner.ts';
import type { ClaimRun } from './runner.ts';
import { claimSeed } from './seeds.ts';
import type { AnyClaim, AnyTheorem, Regime, Verdict } from './theorem.ts';
import { triageFailure } from './triage.ts';
import type { Triage } from './triage.ts';

export interface StepResult {
  /** true when the outcome is the expected one */
  readonly ok: boolean;
  readonly message: string;
}

export interface ClaimStep extends StepResult {
  readonly claimId: string;
  readonly statement: string;
  /** 'holds' for a property expected to hold; 'refuted' for controls and findings */
  readonly expected: 'holds' | 'refuted';
  readonly run: ClaimRun;
  readonly fixture?: SaveResult;
  /** genuine or within rounding, for a refuted claim (harness/triage.ts) */
  readonly triage?: Triage;
}

export interface ReplayStep extends StepResult {
  readonly file: string;
  readonly claimId: string;
  readonly expected: 'holds' | 'refuted';
  readonly verdict?: Verdict;
}

export interface CheckOptions {
  readonly baseSeed: number;
  /** overrides each claim's numRuns */
  readonly numRuns?: number;
  /** multiplies each claim's numRuns (budget tiers); ignored when numRuns is set */
  readonly runsScale?: number;
  /** store counterexamples of holding claims, and a first witness of each refuted claim */
  readonly saveFixtures?: boolean;
  readonly fixturesDir?: string;
  /** keep this many highest-ratio instances in each run (restarts for the constant search) */
  readonly keepWorst?: number;
  /**
   * Triage expected refutations too (controls' witnesses, recorded findings). Off by default:
   * an unexpected refutation is always triaged, but a green `npm test` should not pay for up to
   * PERTURBATION_TRIES extra checks per control; `verify` turns it on for the report.
   */
  readonly triageExpected?: boolean;
}

export function claimsOf(theorem: AnyTheorem): AnyClaim[] {
  return [theorem, ...theorem.controls];
}

export function expectedOf(theorem: AnyTheorem, claimId: string): 'holds' | 'refuted' {
  return claimId === theorem.id && theorem.expected.status === 'holds' ? 'holds' : 'refuted';
}

function findClaim(theorem: AnyTheorem, claimId: string): AnyClaim | undefined {
  return claimsOf(theorem).find((c) => c.id === claimId);
}

/** Replay one stored fixture against the claim it names. */
export function replayFixture(theorem: AnyTheorem, file: string, fixture: Fixture): ReplayStep {
  const claim = findClaim(theorem, fixture.claimId);
  const expected = expectedOf(theorem, fixture.claimId);
  const where = displayPath(file);
  if (fixture.theoremId !== theorem.theoremId) {
    return {
      ok: false,
      file,
      claimId: fixture.claimId,
      expected,
      message: `${where}: belongs to theorem '${fixture.theoremId}', not '${theorem.theoremId}'.`,
    };
  }
  if (!claim) {
    return {
      ok: false,
      file,
      claimId: fixture.claimId,
      expected,
      message: `${where}: theorem '${theorem.theoremId}' has no claim '${fixture.claimId}'.`,
    };
  }
  const { verdict, error } = evaluate(claim, fixture.instance);
  if (!verdict) {
    return {
      ok: false,
      file,
      claimId: fixture.claimId,
      expected,
      message: `${where}: the instance does not evaluate: ${error}`,
    };
  }
  const ok = verdict.holds === (expected === 'holds');
  const message = ok
    ? `${where}: ${expected === 'holds' ? 'holds' : 'still refuted'}, as expected`
    : `${where}: expected the claim to ${expected === 'holds' ? 'hold' : 'be refuted'} ` +
      'on this stored instance, ' +
      `but it ${verdict.holds ? 'holds' : 'fails'}:\n${formatVerdict(verdict)}`;
  return { ok, file, claimId: fixture.claimId, expected, verdict, message };
}

export function replayFixtures(theorem: AnyTheorem, fixturesDir?: string): ReplayStep[] {
  return fixturesOf(theorem.theoremId, fixturesDir).map(({ file, fixture }) =>
    replayFixture(theorem, file, fixture),
  );
}

function numRunsFor(claim: AnyClaim, options: CheckOptions): number | undefined {
  if (options.numRuns !== undefined) return options.numRuns;
  if (options.runsScale !== undefined) {
    return Math.max(1, Math.round((claim.numRuns ?? 100) * options.runsScale));
  }
  return undefined;
}

/** Run one claim of a theorem (the property itself or one of its controls). */
export function checkClaim(theorem: AnyTheorem, claim: AnyClaim, options: CheckOptions): ClaimStep {
  const expected = expectedOf(theorem, claim.id);
  const seed = claimSeed(options.baseSeed, theorem.theoremId, claim.id);
  const regimes = (
    claim.id === theorem.id ? (theorem.regimes ?? []) : []
  ) as readonly Regime<unknown>[];
  const numRuns = numRunsFor(claim, options);
  const run = runClaim(
    claim,
    {
      seed,
      ...(numRuns !== undefined ? { numRuns } : {}),
      ...(options.keepWorst !== undefined ? { keepWorst: options.keepWorst } : {}),
    },
    regimes,
  );
  // a refutation is re-evaluated a second way: genuine, or within rounding?
  const wanted = expected === 'holds' || options.triageExpected === true;
  const triage =
    run.outcome === 'refuted' && run.counterexample && wanted
      ? triageFailure(claim, run.counterexample.instance, run.counterexample.verdict, seed)
      : undefined;
  const triaged = triage ? `\n  triage: ${triage.explanation}` : '';
  const header =
    `${theorem.theoremId} › ${claim.id} ` + `(base seed ${options.baseSeed}, claim seed ${seed})`;

  // store what was found: every counterexample of a holding claim, a first witness otherwise
  let fixture: SaveResult | undefined;
  if (options.saveFixtures && run.outcome === 'refuted' && run.counterexample) {
    const already = fixturesOf(theorem.theoremId, options.fixturesDir).some(
      (f) => f.fixture.claimId === claim.id,
    );
    if (expected === 'holds' || !already) {
      fixture = saveFixture(
        {
          theoremId: theorem.theoremId,
          claimId: claim.id,
          kind: expected === 'holds' ? 'counterexample' : 'witness',
          seed: run.counterexample.seed,
          path: run.counterexample.path,
          instance: run.counterexample.instance,
          verdict: run.counterexample.verdict,
        },
        options.fixturesDir,
      );
    }
  }
  const stored = fixture
    ? `\n  stored as ${displayPath(fixture.file)} ` +
      `(replay: npx theoremcheck replay ${displayPath(fixture.file)})`
    : '';
  const uncovered = run.regimes.filter((r) => !r.covered);

  // every outcome is the same step record; only ok, the message and the attachments differ
  const step = (ok: boolean, message: string, found = false): ClaimStep => ({
    ok,
    claimId: claim.id,
    statement: claim.statement,
    expected,
    run,
    ...(found && fixture ? { fixture } : {}),
    ...(found ? { triage } : {}),
    message,
  });
  const largest = `largest ratio ${run.maxRatio.toPrecision(6)}`;

  if (run.outcome === 'error') return step(false, `${header}: the check threw: ${run.error}`);
  if (expected === 'holds') {
    if (run.outcome === 'refuted') {
      return step(
        false,
        `${header}: REFUTED — "${claim.statement}" fails on a generated instance.\n` +
          `${formatCounterexample(claim, run)}${triaged}${stored}`,
        true,
      );
    }
    if (uncovered.length > 0) {
      const lines = uncovered.map(
        (r) =>
          `  regime '${r.id}' (${r.description}): ${r.hits}/${r.runs} instances, ` +
          `Wilson 95% lower bound ${r.shareLowerBound.toFixed(3)} < required ${r.minShare}`,
      );
      return step(
        false,
        `${header}: holds, but the generator does not reach its regimes often enough:\n` +
          lines.join('\n'),
      );
    }
    return step(true, `${header}: holds on ${run.runsExecuted} instances; ${largest}`);
  }
  if (run.outcome === 'held' && claim.id === theorem.id) {
    // A recorded finding can be rare on fresh instances. It then rests on its stored witnesses:
    // the step passes only while at least one of them still refutes the claim on replay.
    const witnesses = fixturesOf(theorem.theoremId, options.fixturesDir)
      .filter((f) => f.fixture.claimId === claim.id)
      .map((f) => replayFixture(theorem, f.file, f.fixture))
      .filter((r) => r.ok);
    if (witnesses.length > 0) {
      return step(
        true,
        `${header}: recorded finding; no fresh refutation in ${run.runsExecuted} instances ` +
          `(${largest}), and ${witnesses.length} stored witness(es) still refute it: ` +
          witnesses.map((w) => displayPath(w.file)).join(', '),
      );
    }
  }
  if (run.outcome === 'held') {
    return step(
      false,
      `${header}: NOT REFUTED — "${claim.statement}" held on all ${run.runsExecuted} ` +
        `instances, but it is false and must be refuted (${largest}).`,
    );
  }
  return step(
    true,
    `${header}: refuted as expected after ${run.runsExecuted} instances.\n` +
      `${formatCounterexample(claim, run)}${triaged}${stored}`,
    true,
  );
}

export interface TheoremCheck {
  readonly theoremId: string;
  readonly ok: boolean;
  readonly replays: readonly ReplayStep[];
  readonly claims: readonly ClaimStep[];
}

export function checkTheorem(theorem: AnyTheorem, options: CheckOptions): TheoremCheck {
  const replays = replayFixtures(theorem, options.fixturesDir);
  const claims = claimsOf(theorem).map((claim) => checkClaim(theorem, claim, options));
  return {
    theoremId: theorem.theoremId,
    ok: replays.every((r) => r.ok) && claims.every((c) => c.ok),
    replays,
    claims,
  };
}
