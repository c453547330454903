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

export const SUMMARY_FORMAT = 'theoremcheck-summary/1';

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
  readonly ratioQuantiles: { readonly p50: number; readonly p90: number; readonly p99: number } | null;
  /** every generated instance's ratio (for histograms) */
  readonly ratios: readonly number[];
  readonly worst: InstanceReport | null;
  /** the shrunk refuting instance (a witness for controls and findings) */
  readonly counterexample: (InstanceReport & { readonly path: string; readonly shrinks: number }) | null;
  readonly fixture: string | null;
  readonly regimes: readonly RegimeCount[];
  readonly message: string;
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
  readonly property: ClaimSummary;
  readonly controls: readonly ClaimSummary[];
  readonly replays: readonly { file: string; claimId: string; ok: boolean; message: string }[];
}

export interface RunSummary {
  readonly format: typeof SUMMARY_FORMAT;
  readonly seed: number;
  readonly codeVersion: string;
  readonly selection: readonly string[];
  readonly runs: number | null;
  readonly runsScale: number | null;
  readonly ok: boolean;
  readonly theorems: readonly TheoremSummary[];
}

function quantile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function instanceReport(theorem: AnyTheorem, claimId: string, instance: unknown, verdict: Verdict): InstanceReport {
  const claim = claimsOf(theorem).find((c) => c.id === claimId) ?? theorem;
  return { described: describeInstance(claim, instance), instance: instanceToJson(instance), verdict };
}

function relativeFixture(file: string | undefined, root: string): string | null {
  if (file === undefined) return null;
  return file.startsWith(root) ? file.slice(root.length + 1) : file;
}

export function summarizeClaim(theorem: AnyTheorem, step: ClaimStep, projectRoot: string): ClaimSummary {
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
      finite.length === 0 ? null : { p50: quantile(finite, 0.5), p90: quantile(finite, 0.9), p99: quantile(finite, 0.99) },
    ratios: run.ratios.map((r) => (Number.isFinite(r) ? r : Number.MAX_VALUE * Math.sign(r || 1))),
    worst: run.worst ? instanceReport(theorem, step.claimId, run.worst.instance, run.worst.verdict) : null,
    counterexample: cx
      ? { ...instanceReport(theorem, step.claimId, cx.instance, cx.verdict), path: cx.path, shrinks: cx.shrinks }
      : null,
    fixture: relativeFixture(step.fixture?.file, projectRoot),
    regimes: run.regimes,
    message: step.message,
  };
}

export function summarizeTheorem(theorem: AnyTheorem, check: TheoremCheck, projectRoot: string): TheoremSummary {
  const [property, ...controls] = check.claims;
  const replay = (r: ReplayStep) => ({
    file: relativeFixture(r.file, projectRoot) ?? r.file,
    claimId: r.claimId,
    ok: r.ok,
    message: r.message,
  });
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
    ok: check.ok,
    property: summarizeClaim(theorem, property, projectRoot),
    controls: controls.map((c) => summarizeClaim(theorem, c, projectRoot)),
    replays: check.replays.map(replay),
  };
}
