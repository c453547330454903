import { testTheorem } from '../../src/harness/vitest.ts';
import { phaseTransition } from './phase-transition.ts';

testTheorem(phaseTransition);
