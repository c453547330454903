import { testTheorem } from '../../src/harness/vitest.ts';
import { stablePhaseRate } from './stable-phase-rate.ts';

testTheorem(stablePhaseRate);
