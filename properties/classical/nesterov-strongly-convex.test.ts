import { testTheorem } from '../../src/harness/vitest.ts';
import { nesterovStronglyConvex } from './nesterov-strongly-convex.ts';

testTheorem(nesterovStronglyConvex);
