import { testTheorem } from '../../src/harness/vitest.ts';
import { gdDominatesRidgeFixedDesign } from './gd-dominates-ridge-fixed-design.ts';

testTheorem(gdDominatesRidgeFixedDesign);
