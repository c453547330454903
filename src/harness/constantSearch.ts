/**
 * Empirical constants: how close do instances get to the stated bound? A targeted search that
 * pushes the ratio lhs/rhs up (> 1 means the inequality fails), generic over JSON instances.
 *
 * Method. Sample the claim's arbitrary (RANGE_SAMPLES instances) to learn, for each leaf shape
 * (e.g. 'problem.spectrum.*'), the range of values it produces and whether they are integers.
 * Then hill-climb from the highest-ratio instances fast-check found: each step perturbs one
 * leaf (or, half the time, each leaf with probability ⅓) — non-zero reals multiplicatively,
 * x·exp(σ·N(0,1)), integers additively — clamps to the range seen, and keeps the candidate when
 * its ratio is larger. Zeros stay zero (a structural choice of the generator); candidates whose
 * check throws are rejected. σ grows by 1.5 on success and shrinks by 0.9 on failure.
 *
 * What it does not ensure: that a candidate satisfies constraints the arbitrary enforces beyond
 * per-leaf ranges (filters, relations between leaves). A claim whose check does not re-validate
 * its hypotheses can be pushed outside them; the witness is printed so a person can look.
 */
import * as fc from 'fast-check';
import { createRng } from '../random/rng.ts';
import type { Rng } from '../random/rng.ts';
import type { Leaf } from './instanceLeaves.ts';
import { numericLeaves, withLeaves } from './instanceLeaves.ts';
import type { AnyClaim, Verdict } from './theorem.ts';

/** enough draws that every leaf shape's range is seen across the generator's options */
const RANGE_SAMPLES = 300;
const INITIAL_SIGMA = 0.2;
const MIN_SIGMA = 1e-6;
const MAX_SIGMA = 2;

export interface SearchOptions {
  readonly seed: number;
  /** total check evaluations spent climbing (default 2000) */
  readonly budget?: number;
  /** how many of the starting instances to climb from (default 4) */
  readonly restarts?: number;
}

export interface LeafRange {
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

export interface ConstantSearchResult {
  readonly claimId: string;
  readonly evaluations: number;
  readonly restarts: number;
  /** the largest ratio among the starting instances (what fast-check found) */
  readonly startRatio: number;
  readonly bestRatio: number;
  readonly witness: { readonly instance: unknown; readonly verdict: Verdict } | null;
  /** true when the best instance violates the claim (a counterexample: triage it) */
  readonly violation: boolean;
  readonly ranges: Readonly<Record<string, LeafRange>>;
}

export function leafRanges(
  claim: AnyClaim,
  seed: number,
  samples = RANGE_SAMPLES,
): Record<string, LeafRange> {
  const ranges: Record<string, { min: number; max: number; integer: boolean }> = {};
  for (const instance of fc.sample(claim.arbitrary, { seed, numRuns: samples })) {
    for (const leaf of numericLeaves(instance)) {
      const r = (ranges[leaf.shape] ??= { min: leaf.value, max: leaf.value, integer: true });
      r.min = Math.min(r.min, leaf.value);
      r.max = Math.max(r.max, leaf.value);
      r.integer &&= Number.isInteger(leaf.value);
    }
  }
  return ranges;
}

function perturb(leaf: Leaf, range: LeafRange, sigma: number, rng: Rng): number {
  let value: number;
  if (range.integer) {
    const step = Math.max(1, Math.round(sigma * 0.1 * (range.max - range.min)));
    const delta = Math.round(rng.normal() * step);
    value = leaf.value + (delta !== 0 ? delta : rng.uniform() < 0.5 ? -1 : 1);
  } else if (leaf.value === 0) {
    return 0;
  } else {
    value = leaf.value * Math.exp(sigma * rng.normal());
  }
  return Math.min(range.max, Math.max(range.min, value));
}

function evaluateRatio(claim: AnyClaim, instance: unknown): Verdict | null {
  try {
    const verdict = claim.check(instance);
    return Number.isFinite(verdict.ratio) ? verdict : null;
  } catch {
    return null;
  }
}

/** Climb from `starts` (highest ratio first) to push the claim's ratio up. */
export function searchConstant(
  claim: AnyClaim,
  starts: readonly { readonly instance: unknown; readonly verdict: Verdict }[],
  options: SearchOptions,
): ConstantSearchResult {
  const { seed, budget = 2000, restarts = 4 } = options;
  if (!Number.isInteger(budget) || budget < 0) {
    throw new RangeError(`searchConstant: budget must be an integer ≥ 0; received ${budget}.`);
  }
  const ranges = leafRanges(claim, seed);
  const rng = createRng(seed);
  const chosen = starts.slice(0, Math.max(1, restarts));
  const startRatio = chosen.reduce((m, s) => Math.max(m, s.verdict.ratio), -Infinity);
  let best = chosen.length > 0 ? chosen[0] : null;
  let evaluations = 0;

  // one climb per start, each with an equal share of the budget
  chosen.forEach((start, k) => {
    let current = { instance: start.instance, verdict: start.verdict };
    let sigma = INITIAL_SIGMA;
    const share = Math.floor(budget / chosen.length) + (k < budget % chosen.length ? 1 : 0);
    for (let step = 0; step < share; step++) {
      const leaves = numericLeaves(current.instance).filter((l) => ranges[l.shape] !== undefined);
      if (leaves.length === 0) break;
      const one = rng.uniform() < 0.5;
      const pick = one
        ? [leaves[rng.integer(0, leaves.length - 1)]]
        : leaves.filter(() => rng.uniform() < 1 / 3);
      const moved = pick.map((l) => ({
        path: l.path,
        value: perturb(l, ranges[l.shape], sigma, rng),
      }));
      const candidate = withLeaves(current.instance, moved);
      const verdict = evaluateRatio(claim, candidate);
      evaluations++;
      if (verdict && verdict.ratio > current.verdict.ratio) {
        current = { instance: candidate, verdict };
        sigma = Math.min(MAX_SIGMA, sigma * 1.5);
      } else {
        sigma = Math.max(MIN_SIGMA, sigma * 0.9);
      }
    }
    if (best === null || current.verdict.ratio > best.verdict.ratio) best = current;
  });

  return {
    claimId: claim.id,
    evaluations,
    restarts: chosen.length,
    startRatio,
    bestRatio: best ? best.verdict.ratio : -Infinity,
    witness: best,
    violation: best !== null && !best.verdict.holds,
    ranges,
  };
}
