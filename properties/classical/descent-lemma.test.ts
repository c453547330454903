import { testTheorem } from '../../src/harness/vitest.ts';
import { descentLemma } from './descent-lemma.ts';

testTheorem(descentLemma);
