import { testTheorem } from '../../src/harness/vitest.ts';
import { randomLabels } from './random-labels.ts';

testTheorem(randomLabels);
