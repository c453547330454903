import { testTheorem } from '../../src/harness/vitest.ts';
import { sgdVsRidge } from './sgd-vs-ridge.ts';

testTheorem(sgdVsRidge);
