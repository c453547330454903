import { testTheorem } from '../../src/harness/vitest.ts';
import { perceptronBound } from './perceptron.ts';

testTheorem(perceptronBound);
