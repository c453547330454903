import { testTheorem } from '../../src/harness/vitest.ts';
import { gdDominatesRidge } from './gd-dominates-ridge.ts';

testTheorem(gdDominatesRidge);
