import { testTheorem } from '../../src/harness/vitest.ts';
import { seesawFewerSteps } from './seesaw-fewer-steps.ts';

testTheorem(seesawFewerSteps);
