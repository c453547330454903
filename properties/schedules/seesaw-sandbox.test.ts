import { testTheorem } from '../../src/harness/vitest.ts';
import { seesawSandboxTheorem } from './seesaw-sandbox.ts';

testTheorem(seesawSandboxTheorem);
