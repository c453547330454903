/**
 * Seeds: one base seed per run, fixed in CI, printed everywhere; each claim's fast-check seed is
 * derived from it and the claim's ids, so claims are independent and adding one changes no other.
 */
import { deriveSeed } from '../random/rng.ts';

/** The CI seed (the date the project started, 2026-12-03). */
export const DEFAULT_SEED = 20261203;

/** Base seed from THEOREMCHECK_SEED when set, else DEFAULT_SEED. */
export function baseSeedFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  const raw = env.THEOREMCHECK_SEED;
  if (raw === undefined || raw === '') return DEFAULT_SEED;
  return parseSeed(raw, 'THEOREMCHECK_SEED');
}

export function parseSeed(raw: string, name: string): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name}: seed must be an integer; received ${JSON.stringify(raw)}.`);
  }
  return value;
}

/** The fast-check seed of one claim of one theorem under a base seed. */
export function claimSeed(baseSeed: number, theoremId: string, claimId: string): number {
  return deriveSeed(baseSeed, `${theoremId}#${claimId}`);
}
