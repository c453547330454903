import { testTheorem } from '../../src/harness/vitest.ts';
import { silverStepsizes } from './silver-stepsizes.ts';

testTheorem(silverStepsizes);
