/**
 * Per-claim throughput of every registered theorem and control: instances are drawn from the
 * claim's own arbitrary with `fc.sample` under the claim's seed (derived from the base seed as
 * the harness does), then `check` is timed on each, in order, until a time budget is spent.
 * Nothing here is family-specific: it walks `allTheorems()`, so families added later are
 * benchmarked without changes.
 */
import * as fc from 'fast-check';
import type { AnyClaim, AnyTheorem } from '../src/harness/theorem.ts';
import { claimSeed } from '../src/harness/seeds.ts';
import { median, timeCalls } from './timing.ts';

export interface ClaimResult {
  readonly theoremId: string;
  /** 'property' or the control's id */
  readonly claimId: string;
  readonly instances: number;
  /** mean and median wall time of one `check`, in ms */
  readonly meanMs: number;
  readonly medianMs: number;
  readonly perSecond: number;
  /** mean time to generate one instance with fc.sample, in ms */
  readonly generateMs: number;
  /** checks that threw (e.g. a non-finite side); they are timed like the others */
  readonly threw: number;
  /** checks whose verdict did not hold (expected for controls) */
  readonly failed: number;
}

export interface TheoremBenchOptions {
  readonly seed: number;
  readonly instances: number;
  /** stop timing a claim once its checks have taken this long (at least MIN_TIMED are timed) */
  readonly budgetMs: number;
  /** keep theorems whose id contains this */
  readonly filter?: string;
}

/** Untimed checks before timing, so the first instances do not pay for compilation. */
const WARMUP_CHECKS = 3;

/** Checks timed per claim even past the budget, so a median exists. */
const MIN_TIMED = 3;

function benchClaim(theoremId: string, claim: AnyClaim, options: TheoremBenchOptions): ClaimResult {
  const seed = claimSeed(options.seed, theoremId, claim.id);

  // draw the instances
  const start = performance.now();
  const instances = fc.sample(claim.arbitrary, { seed, numRuns: options.instances });
  const generateMs = (performance.now() - start) / Math.max(instances.length, 1);

  // time each check
  let threw = 0;
  let failed = 0;
  const runCheck = (instance: unknown) => {
    try {
      if (!claim.check(instance).holds) failed++;
    } catch {
      threw++;
    }
  };
  for (const instance of instances.slice(0, WARMUP_CHECKS)) runCheck(instance);
  threw = 0;
  failed = 0;
  const times: number[] = [];
  let totalMs = 0;
  for (const instance of instances) {
    if (totalMs > options.budgetMs && times.length >= MIN_TIMED) break;
    const ms = timeCalls(() => runCheck(instance));
    times.push(ms);
    totalMs += ms;
  }

  return {
    theoremId,
    claimId: claim.id,
    instances: times.length,
    meanMs: totalMs / Math.max(times.length, 1),
    medianMs: median(times),
    perSecond: totalMs > 0 ? (1000 * times.length) / totalMs : Number.POSITIVE_INFINITY,
    generateMs,
    threw,
    failed,
  };
}

export function benchTheorems(
  theorems: readonly AnyTheorem[],
  options: TheoremBenchOptions,
): ClaimResult[] {
  const { filter } = options;
  const selected = theorems.filter((t) => filter === undefined || t.theoremId.includes(filter));
  const results: ClaimResult[] = [];
  for (const theorem of selected) {
    for (const claim of [theorem, ...theorem.controls]) {
      results.push(benchClaim(theorem.theoremId, claim, options));
    }
  }
  return results;
}
