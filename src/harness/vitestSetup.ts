/**
 * vitest setup: every fast-check run in the unit tests (`test.prop` from @fast-check/vitest)
 * uses the project's base seed (THEOREMCHECK_SEED, else DEFAULT_SEED), so `npm test` is
 * deterministic. Theorem properties derive their own per-claim seeds (harness/seeds.ts).
 */
import * as fc from 'fast-check';
import { baseSeedFromEnv } from './seeds.ts';

fc.configureGlobal({ seed: baseSeedFromEnv() });
