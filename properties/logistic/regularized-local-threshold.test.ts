import { testTheorem } from '../../src/harness/vitest.ts';
import { regularizedLocalThreshold } from './regularized-local-threshold.ts';

testTheorem(regularizedLocalThreshold);
