/**
 * The run summary: everything `verify` found, as one deterministic value (no clocks, no paths
 * that depend on the machine), so the same seed gives the same summary.json bit for bit.
 * Timings live apart, in timings.json.
 */
import type { ClaimStep, ReplayStep, TheoremCheck } from '../harness/check.ts';
import { describeInstance } from '../harness/format.ts';
import { instanceToJson } from '../harness/fixtures.ts';
import type { RegimeCount } from '../harness/runner.ts';
import type { AnyTheorem, ConstantNote, Detail, Source, Verdict } from '../harness/theorem.ts';
import { claimsOf } from '../harness/check.ts';
import type { ConstantSearchResult, LeafRange } from '../harness/constantSearch.ts';
import type { Triage } from '../harness/triage.ts';

export const SUMMARY_FORMAT = 'theoremcheck-summary/2';

export interface InstanceReport {
  /** the instance in the claim's own terms (spectrum, stepsize, …) */
  readonly described: Readonly<Record<string, Detail>>;
  readonly instance: unknown;
  readonly verdict: Verdict;
}

export interface ClaimSummary {
  readonly claimId: string;
  readonly statement: string;
  readonly expected: 'holds' | 'refuted';
  readonly outcome: 'held' | 'refuted' | 'error';
  readonly ok: boolean;
  readonly seed: number;
  readonly numRuns: number;
  readonly runsExecuted: number;
  readonly maxRatio: number | null;
  readonly ratioQuantiles: {
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
  } | null;
  /** every generated instance's ratio (for histograms) */
  readonly ratios: readonly number[];
  readonly worst: InstanceReport | null;
  /** the shrunk refuting instance (a witness for controls and findings) */
  readonly counterexample:
    | (InstanceReport & { readonly path: string; readonly shrinks: number })
    | null;
  readonly fixture: string | null;
  readonly regimes: readonly RegimeCount[];
  /** genuine or within rounding, when the claim was refuted */
  readonly triage: Triage | null;
  readonly message: string;
}

/** The targeted search for the largest ratio (harness/constantSearch.ts). */
export interface SearchSummary {
  readonly claimId: string;
  readonly budget: number;
  readonly evaluations: number;
  readonly restarts: number;
  readonly startRatio: number | null;
  readonly bestRatio: number | null;
  readonly violation: boolean;
  readonly witness: InstanceReport | null;
  /** the claim's higher-precision recheck on the witness, when it has one */
  readonly witnessRecheck: { readonly ratio: number | null; readonly holds: boolean } | null;
  readonly triage: Triage | null;
  readonly ranges: Readonly<Record<string, LeafRange>>;
}

export interface TheoremSummary {
  readonly theoremId: string;
  readonly title: string;
  readonly family: string;
  readonly mark: string;
  readonly source: Source;
  readonly statement: string;
  readonly constants: readonly ConstantNote[];
  readonly expected: 'holds' | 'refuted';
  readonly evidence: string | null;
  readonly ok: boolean;
  /** every claim id of the theorem, property first (merge puts shard results in this order) */
  readonly claimOrder: readonly string[];
  /** null only in a shard that did not run the property */
  readonly property: ClaimSummary | null;
  /** the controls this run ran (all of them unless sharded) */
  readonly controls: readonly ClaimSummary[];
  /** null in a shard that did not replay the fixtures (the property's shard does) */
  readonly replays: readonly ReplaySummary[] | null;
  readonly constantSearch: SearchSummary | null;
}

export interface ReplaySummary {
  readonly file: string;
  readonly claimId: string;
  readonly ok: boolean;
  readonly message: string;
}

export interface RunSummary {
  readonly format: typeof SUMMARY_FORMAT;
  readonly seed: number;
  readonly codeVersion: string;
  readonly selection: readonly string[];
  readonly runs: number | null;
  readonly runsScale: number | null;
  /** 'quick' | 'ci' | 'deep' when the runs scale came from --budget */
  readonly budget: string | null;
  /** constant search: the theorem patterns searched and the evaluations each */
  readonly search: { readonly theorems: readonly string[]; readonly budget: number } | null;
  /** set in a shard's summary; null in a whole or merged run */
  readonly shard: {
    readonly index: number;
    readonly count: number;
    readonly theoremIds: readonly string[];
  } | null;
  readonly ok: boolean;
  readonly theorems: readonly TheoremSummary[];
}

function quantile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function instanceReport(
  theorem: AnyTheorem,
  claimId: string,
  instance: unknown,
  verdict: Verdict,
): InstanceReport {
  const claim = claimsOf(theorem).find((c) => c.id === claimId) ?? theorem;
  return {
    described: describeInstance(claim, instance),
    instance: instanceToJson(instance),
    verdict,
  };
}

function relativeFixture(file: string | undefined, root: string): string | null {
  if (file === undefined) return null;
  return file.startsWith(root) ? file.slice(root.length + 1) : file;
}

export function summarizeClaim(
  theorem: AnyTheorem,
  step: ClaimStep,
  projectRoot: string,
): ClaimSummary {
  const { run } = step;
  const finite = run.ratios.filter(Number.isFinite).sort((a, b) => a - b);
  const cx = run.counterexample;
  return {
    claimId: step.claimId,
    statement: step.statement,
    expected: step.expected,
    outcome: run.outcome,
    ok: step.ok,
    seed: run.seed,
    numRuns: run.numRuns,
    runsExecuted: run.runsExecuted,
    maxRatio: finiteOrNull(run.maxRatio),
    ratioQuantiles:
      finite.length === 0
        ? null
        : { p50: quantile(finite, 0.5), p90: quantile(finite, 0.9), p99: quantile(finite, 0.99) },
    ratios: run.ratios.map((r) => (Number.isFinite(r) ? r : Number.MAX_VALUE * Math.sign(r || 1))),
    worst: run.worst
      ? instanceReport(theorem, step.claimId, run.worst.instance, run.worst.verdict)
      : null,
    counterexample: cx
      ? {
          ...instanceReport(theorem, step.claimId, cx.instance, cx.verdict),
          path: cx.path,
          shrinks: cx.shrinks,
        }
      : null,
    fixture: relativeFixture(step.fixture?.file, projectRoot),
    regimes: run.regimes,
    triage: step.triage ?? null,
    message: step.message,
  };
}

/** A theorem is as expected when every replay, claim and search in it is. */
export function theoremOk(
  t: Pick<TheoremSummary, 'property' | 'controls' | 'replays' | 'constantSearch'>,
): boolean {
  return (
    (t.replays ?? []).every((r) => r.ok) &&
    (t.property === null || t.property.ok) &&
    t.controls.every((c) => c.ok) &&
    !(
      t.constantSearch?.violation &&
      t.constantSearch.triage?.classification === 'genuine' &&
      t.property?.expected === 'holds'
    )
  );
}

export function summarizeSearch(
  theorem: AnyTheorem,
  result: ConstantSearchResult,
  budget: number,
  triage: Triage | null,
): SearchSummary {
  const claim = claimsOf(theorem).find((c) => c.id === result.claimId) ?? theorem;
  let witnessRecheck: SearchSummary['witnessRecheck'] = null;
  if (result.witness && claim.recheck) {
    try {
      const v = claim.recheck(result.witness.instance);
      witnessRecheck = { ratio: finiteOrNull(v.ratio), holds: v.holds };
    } catch {
      witnessRecheck = null;
    }
  }
  return {
    claimId: result.claimId,
    budget,
    evaluations: result.evaluations,
    restarts: result.restarts,
    startRatio: finiteOrNull(result.startRatio),
    bestRatio: finiteOrNull(result.bestRatio),
    violation: result.violation,
    witness: result.witness
      ? instanceReport(theorem, result.claimId, result.witness.instance, result.witness.verdict)
      : null,
    witnessRecheck,
    triage,
    ranges: result.ranges,
  };
}

/**
 * A theorem's summary from the steps this run took: all of its claims, or a shard's share
 * (then `property` may be null and `replays` null when another shard owns them).
 */
export function summarizeTheorem(
  theorem: AnyTheorem,
  steps: { readonly claims: readonly ClaimStep[]; readonly replays: readonly ReplayStep[] | null },
  projectRoot: string,
  constantSearch: SearchSummary | null = null,
): TheoremSummary {
  const replay = (r: ReplayStep): ReplaySummary => ({
    file: relativeFixture(r.file, projectRoot) ?? r.file,
    claimId: r.claimId,
    ok: r.ok,
    message: r.message,
  });
  const propertyStep = steps.claims.find((c) => c.claimId === theorem.id);
  const parts = {
    property: propertyStep ? summarizeClaim(theorem, propertyStep, projectRoot) : null,
    controls: steps.claims
      .filter((c) => c !== propertyStep)
      .map((c) => summarizeClaim(theorem, c, projectRoot)),
    replays: steps.replays ? steps.replays.map(replay) : null,
    constantSearch,
  };
  return {
    theoremId: theorem.theoremId,
    title: theorem.title,
    family: theorem.family,
    mark: theorem.mark,
    source: theorem.source,
    statement: theorem.fullStatement,
    constants: theorem.constants,
    expected: theorem.expected.status,
    evidence: theorem.expected.status === 'refuted' ? theorem.expected.evidence : null,
    ok: theoremOk(parts),
    claimOrder: claimsOf(theorem).map((c) => c.id),
    ...parts,
  };
}

/** Kept for callers with a whole TheoremCheck. */
export function summarizeTheoremCheck(
  theorem: AnyTheorem,
  check: TheoremCheck,
  projectRoot: string,
): TheoremSummary {
  return summarizeTheorem(theorem, { claims: check.claims, replays: check.replays }, projectRoot);
}

/** Why a theorem is not as expected, in a few words. */
export function whyNot(t: TheoremSummary): string {
  const p = t.property;
  const reasons: string[] = [];
  if (p && p.outcome !== (p.expected === 'holds' ? 'held' : 'refuted'))
    reasons.push(`expected ${p.expected}`);
  if (p && p.regimes.some((r) => !r.covered)) reasons.push('regimes not covered');
  const controls = t.controls.filter((c) => !c.ok).length;
  if (controls > 0) reasons.push(`${controls} control(s) not refuted`);
  if ((t.replays ?? []).some((r) => !r.ok)) reasons.push('a stored fixture changed');
  if (t.constantSearch?.violation) reasons.push('the search found a violation');
  return reasons.join(', ') || 'see below';
}

/**
 * The outcome of a claim in one word, as both report pages print it. A recorded finding with no
 * fresh refutation rests on its stored witnesses (harness/check.ts) and says so.
 */
export function outcomeWord(c: Pick<ClaimSummary, 'ok' | 'expected' | 'outcome'>): string {
  if (c.ok && c.expected === 'refuted' && c.outcome === 'held') return 'refuted (stored witness)';
  return c.outcome === 'held' ? 'holds' : c.outcome === 'refuted' ? 'refuted' : 'error';
}
