import { testTheorem } from '../../src/harness/vitest.ts';
import { adaptiveLogistic } from './adaptive-logistic.ts';

testTheorem(adaptiveLogistic);
