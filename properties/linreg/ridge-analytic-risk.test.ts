import { testTheorem } from '../../src/harness/vitest.ts';
import { ridgeAnalyticRisk } from './ridge-analytic-risk.ts';

testTheorem(ridgeAnalyticRisk);
