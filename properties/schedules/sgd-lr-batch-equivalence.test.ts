import { testTheorem } from '../../src/harness/vitest.ts';
import { sgdLrBatchEquivalence } from './sgd-lr-batch-equivalence.ts';

testTheorem(sgdLrBatchEquivalence);
