import { testTheorem } from '../../src/harness/vitest.ts';
import { gdStronglyConvex } from './gd-strongly-convex.ts';

testTheorem(gdStronglyConvex);
