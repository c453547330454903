import { testTheorem } from '../../src/harness/vitest.ts';
import { gdConvexRate } from './gd-convex-rate.ts';

testTheorem(gdConvexRate);
