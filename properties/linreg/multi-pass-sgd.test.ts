import { testTheorem } from '../../src/harness/vitest.ts';
import { multiPassSgdTheorem } from './multi-pass-sgd.ts';

testTheorem(multiPassSgdTheorem);
