import { testTheorem } from '../../src/harness/vitest.ts';
import { criticalBatch } from './critical-batch-size.ts';

testTheorem(criticalBatch);
