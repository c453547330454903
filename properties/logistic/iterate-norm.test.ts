import { testTheorem } from '../../src/harness/vitest.ts';
import { iterateNorm } from './iterate-norm.ts';

testTheorem(iterateNorm);
