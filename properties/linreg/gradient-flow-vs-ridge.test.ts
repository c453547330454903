import { testTheorem } from '../../src/harness/vitest.ts';
import { gradientFlowVsRidge } from './gradient-flow-vs-ridge.ts';

testTheorem(gradientFlowVsRidge);
