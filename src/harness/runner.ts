/**
 * Running a claim: fast-check generates instances, the claim's check evaluates each one, and
 * the run records every ratio, the worst instance, regime counts and — when the claim fails on
 * some instance — the shrunk counterexample with its seed and replay path.
 *
 * A check that throws is an error, never a refutation: a control refuted by a NaN proves nothing.
 */
import * as fc from 'fast-check';
import { wilsonInterval } from '../numeric/statistics.ts';
import type { AnyClaim, Detail, Regime, Verdict } from './theorem.ts';
import { DEFAULT_RUNS } from './theorem.ts';

export interface RunOptions {
  readonly seed: number;
  readonly numRuns?: number;
  /** fast-check replay path, to go straight to a known failure */
  readonly path?: string;
  /** keep this many highest-ratio instances in `worstInstances` (default 0) */
  readonly keepWorst?: number;
}

export interface Counterexample {
  readonly instance: unknown;
  readonly verdict: Verdict;
  readonly seed: number;
  readonly path: string;
  readonly shrinks: number;
}

export interface RegimeCount {
  readonly id: string;
  readonly description: string;
  readonly hits: number;
  readonly runs: number;
  readonly minShare: number;
  /** Wilson 95% lower bound on the share of instances in the regime */
  readonly shareLowerBound: number;
  readonly covered: boolean;
}

export interface ClaimRun {
  readonly claimId: string;
  readonly seed: number;
  readonly numRuns: number;
  /** instances evaluated before the run stopped (numRuns when the claim held throughout) */
  readonly runsExecuted: number;
  /** 'held': no failure found; 'refuted': a counterexample; 'error': the check threw */
  readonly outcome: 'held' | 'refuted' | 'error';
  /** ratios of the generated (not shrunk) instances, in generation order */
  readonly ratios: readonly number[];
  readonly maxRatio: number;
  readonly worst?: { readonly instance: unknown; readonly verdict: Verdict };
  /** the `keepWorst` highest-ratio generated instances, highest first (search restarts) */
  readonly worstInstances?: readonly { readonly instance: unknown; readonly verdict: Verdict }[];
  readonly counterexample?: Counterexample;
  readonly error?: string;
  readonly regimes: readonly RegimeCount[];
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export function runClaim(
  claim: AnyClaim,
  options: RunOptions,
  regimes: readonly Regime<unknown>[] = [],
): ClaimRun {
  const numRuns = options.numRuns ?? claim.numRuns ?? DEFAULT_RUNS;
  if (!Number.isInteger(numRuns) || numRuns < 1) {
    throw new RangeError(`runClaim: numRuns must be a positive integer; received ${numRuns}.`);
  }
  const ratios: number[] = [];
  const hits = regimes.map(() => 0);
  let worst: ClaimRun['worst'];
  const keepWorst = options.keepWorst ?? 0;
  const kept: { instance: unknown; verdict: Verdict }[] = [];
  let shrinking = false;

  // the predicate: evaluate, record statistics of first-time instances, report holds
  const property = fc.property(claim.arbitrary, (instance: unknown) => {
    let verdict: Verdict;
    try {
      verdict = claim.check(instance);
    } catch (e) {
      shrinking = true; // fast-check now shrinks the throwing instance; stop recording
      throw e;
    }
    if (!shrinking) {
      ratios.push(verdict.ratio);
      if (
        worst === undefined ||
        verdict.ratio > worst.verdict.ratio ||
        Number.isNaN(verdict.ratio)
      ) {
        worst = { instance, verdict };
      }
      if (keepWorst > 0 && Number.isFinite(verdict.ratio)) {
        if (kept.length < keepWorst || verdict.ratio > kept[kept.length - 1].verdict.ratio) {
          kept.push({ instance, verdict });
          kept.sort((a, b) => b.verdict.ratio - a.verdict.ratio);
          if (kept.length > keepWorst) kept.pop();
        }
      }
      regimes.forEach((r, k) => {
        if (r.contains(instance, verdict)) hits[k]++;
      });
      if (!verdict.holds) shrinking = true;
    }
    return verdict.holds;
  });
  const details = fc.check(property, {
    seed: options.seed,
    numRuns,
    ...(options.path !== undefined ? { path: options.path } : {}),
  });

  const base = {
    claimId: claim.id,
    seed: options.seed,
    numRuns,
    ratios,
    maxRatio: ratios.reduce((m, r) => (r > m ? r : m), -Infinity),
    worst,
    ...(keepWorst > 0 ? { worstInstances: kept } : {}),
    regimes: regimes.map((r, k) => coverage(r, hits[k], ratios.length)),
  };
  if (!details.failed) {
    return { ...base, runsExecuted: ratios.length, outcome: 'held' };
  }

  // re-evaluate the shrunk instance outside fast-check to tell a refutation from an error
  const instance = details.counterexample?.[0];
  try {
    const verdict = claim.check(instance);
    return {
      ...base,
      runsExecuted: ratios.length,
      outcome: verdict.holds ? 'error' : 'refuted',
      counterexample: {
        instance,
        verdict,
        seed: details.seed,
        path: details.counterexamplePath ?? '',
        shrinks: details.numShrinks,
      },
      ...(verdict.holds
        ? { error: 'the shrunk instance holds when re-evaluated (non-deterministic check?)' }
        : {}),
    };
  } catch (e) {
    return {
      ...base,
      runsExecuted: ratios.length,
      outcome: 'error',
      error: `${errorMessage(e)} (instance ${safeJson(instance)})`,
    };
  }
}

function coverage(regime: Regime<unknown>, hits: number, runs: number): RegimeCount {
  const low = wilsonInterval(hits, runs).low;
  return {
    id: regime.id,
    description: regime.description,
    hits,
    runs,
    minShare: regime.minShare,
    shareLowerBound: low,
    covered: low >= regime.minShare,
  };
}

/** Evaluate one instance (a replay); errors come back as values. */
export function evaluate(
  claim: AnyClaim,
  instance: unknown,
): { verdict?: Verdict; error?: string } {
  try {
    return { verdict: claim.check(instance) };
  } catch (e) {
    return { error: errorMessage(e) };
  }
}

/** JSON that tolerates typed arrays and non-finite numbers (for messages, not for storage). */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Float64Array) return Array.from(v);
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    return v;
  });
}

export type { Detail };
