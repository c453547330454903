import { testTheorem } from '../../src/harness/vitest.ts';
import { nsgdEquivalence } from './nsgd-equivalence.ts';

testTheorem(nsgdEquivalence);
