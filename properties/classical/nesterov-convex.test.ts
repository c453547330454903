import { testTheorem } from '../../src/harness/vitest.ts';
import { nesterovConvex } from './nesterov-convex.ts';

testTheorem(nesterovConvex);
