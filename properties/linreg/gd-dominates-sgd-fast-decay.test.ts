import { testTheorem } from '../../src/harness/vitest.ts';
import { gdDominatesSgdFastDecay } from './gd-dominates-sgd-fast-decay.ts';

testTheorem(gdDominatesSgdFastDecay);
