import { testTheorem } from '../../src/harness/vitest.ts';
import { stablePhaseMonotone } from './stable-phase-monotone.ts';

testTheorem(stablePhaseMonotone);
