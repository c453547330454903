import { testTheorem } from '../../src/harness/vitest.ts';
import { adaptiveExponential } from './adaptive-exponential.ts';

testTheorem(adaptiveExponential);
