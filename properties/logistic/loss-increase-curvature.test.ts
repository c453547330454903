import { testTheorem } from '../../src/harness/vitest.ts';
import { lossIncreaseCurvature } from './loss-increase-curvature.ts';

testTheorem(lossIncreaseCurvature);
