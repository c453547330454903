/**
 * One verification run as data: replay fixtures, run the claims (all, or a shard's share),
 * triage refutations, search the constants asked for, and summarise. The CLI prints progress
 * from the events it is sent; tests call this directly on theorem values of their own.
 */
import { checkClaim, replayFixtures } from '../harness/check.ts';
import type { CheckOptions, ClaimStep } from '../harness/check.ts';
import { searchConstant } from '../harness/constantSearch.ts';
import { codeVersion, PROJECT_ROOT } from '../harness/fixtures.ts';
import type { Shard } from '../harness/shard.ts';
import { claimsInShard } from '../harness/shard.ts';
import { deriveSeed } from '../random/rng.ts';
import { triageFailure } from '../harness/triage.ts';
import type { AnyClaim, AnyTheorem, Family } from '../harness/theorem.ts';
import { DEFAULT_RUNS } from '../harness/theorem.ts';
import type { Figure } from './figure.ts';
import type { RunSummary, SearchSummary } from './summary.ts';
import { SUMMARY_FORMAT, summarizeSearch, summarizeTheorem } from './summary.ts';

/** starting points for the constant search: the highest-ratio generated instances */
const SEARCH_RESTARTS = 4;

export interface CollectOptions {
  readonly seed: number;
  /** the --theorem patterns, recorded in the summary */
  readonly selection: readonly string[];
  readonly runs?: number;
  readonly runsScale?: number;
  readonly budget?: string;
  readonly saveFixtures: boolean;
  readonly fixturesDir?: string;
  readonly shard?: Shard | null;
  /** theorem ids whose property gets a constant search, and its evaluations per theorem */
  readonly search?: {
    readonly patterns: readonly string[];
    readonly theoremIds: ReadonlySet<string>;
    readonly budget: number;
  };
  readonly onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  readonly label: string;
  /** work units (instances, search evaluations) done and in all */
  readonly done: number;
  readonly total: number;
  readonly step?: ClaimStep;
}

export interface CollectedRun {
  readonly summary: RunSummary;
  /** wall-clock milliseconds per claim and search (kept out of summary.json) */
  readonly timings: {
    readonly totalMs: number;
    readonly perClaimMs: Readonly<Record<string, number>>;
  };
}

function plannedRuns(claim: AnyClaim, options: CollectOptions): number {
  if (options.runs !== undefined) return options.runs;
  const base = claim.numRuns ?? DEFAULT_RUNS;
  return options.runsScale !== undefined ? Math.max(1, Math.round(base * options.runsScale)) : base;
}

export function collectRun(theorems: readonly AnyTheorem[], options: CollectOptions): CollectedRun {
  const shard = options.shard ?? null;
  const plan = claimsInShard(theorems, shard);
  const search = options.search;
  const checkOptions: CheckOptions = {
    baseSeed: options.seed,
    saveFixtures: options.saveFixtures,
    triageExpected: true,
    ...(options.fixturesDir !== undefined ? { fixturesDir: options.fixturesDir } : {}),
    ...(options.runs !== undefined ? { numRuns: options.runs } : {}),
    ...(options.runsScale !== undefined ? { runsScale: options.runsScale } : {}),
  };

  // the work ahead, in instances and search evaluations, for progress and ETA
  const searched = (t: AnyTheorem, claims: readonly AnyClaim[]) =>
    search !== undefined && search.theoremIds.has(t.theoremId) && claims.includes(t);
  let total = 0;
  for (const [t, claims] of plan) {
    total +=
      claims.reduce((s, c) => s + plannedRuns(c, options), 0) +
      (searched(t, claims) ? search!.budget : 0);
  }

  const started = Date.now();
  const perClaimMs: Record<string, number> = {};
  let done = 0;
  const summaries = theorems.map((theorem) => {
    const claims = plan.get(theorem) ?? [];
    const ownsProperty = claims.includes(theorem);
    const replays = ownsProperty ? replayFixtures(theorem, options.fixturesDir) : null;
    const withSearch = searched(theorem, claims);
    const steps = claims.map((claim) => {
      const t0 = Date.now();
      const keep = withSearch && claim === theorem ? { keepWorst: SEARCH_RESTARTS } : {};
      const step = checkClaim(theorem, claim, { ...checkOptions, ...keep });
      perClaimMs[`${theorem.theoremId}#${claim.id}`] = Date.now() - t0;
      done += plannedRuns(claim, options);
      options.onProgress?.({ label: `${theorem.theoremId} › ${claim.id}`, done, total, step });
      return step;
    });

    // the constant search climbs from the property's worst instances
    let constantSearch: SearchSummary | null = null;
    const propertyStep = steps.find((s) => s.claimId === theorem.id);
    if (withSearch && propertyStep) {
      const t0 = Date.now();
      const seed = deriveSeed(propertyStep.run.seed, 'constant-search');
      const starts = propertyStep.run.worstInstances ?? [];
      const result = searchConstant(theorem, starts, {
        seed,
        budget: search!.budget,
        restarts: SEARCH_RESTARTS,
      });
      const triage =
        result.violation && result.witness
          ? triageFailure(theorem, result.witness.instance, result.witness.verdict, seed)
          : null;
      constantSearch = summarizeSearch(theorem, result, search!.budget, triage);
      perClaimMs[`${theorem.theoremId}#search`] = Date.now() - t0;
      done += search!.budget;
      options.onProgress?.({ label: `${theorem.theoremId} › constant search`, done, total });
    }
    return summarizeTheorem(theorem, { claims: steps, replays }, PROJECT_ROOT, constantSearch);
  });

  const summary: RunSummary = {
    format: SUMMARY_FORMAT,
    seed: options.seed,
    codeVersion: codeVersion(),
    selection: options.selection,
    runs: options.runs ?? null,
    runsScale: options.runsScale ?? null,
    budget: options.budget ?? null,
    search: search ? { theorems: search.patterns, budget: search.budget } : null,
    shard: shard ? { ...shard, theoremIds: theorems.map((t) => t.theoremId) } : null,
    ok: summaries.every((s) => s.ok),
    theorems: summaries,
  };
  return { summary, timings: { totalMs: Date.now() - started, perClaimMs } };
}

/**
 * The figures of the families a selection touches, in family order. Not validated here: a
 * malformed figure is shown as such in index.html (and fails the render test in npm test)
 * rather than stopping a long run before its report is written.
 */
export function familyFigures(
  families: readonly Family[],
  theorems: readonly AnyTheorem[],
  seed: number,
): Figure[] {
  const touched = new Set(theorems.map((t) => t.family));
  return families
    .filter((f) => touched.has(f.id) && f.figures)
    .flatMap((f) => [...f.figures!(seed)]);
}
