import { testTheorem } from '../../src/harness/vitest.ts';
import { sgdAveragedRisk } from './sgd-averaged-risk.ts';

testTheorem(sgdAveragedRisk);
