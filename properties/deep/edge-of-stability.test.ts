import { testTheorem } from '../../src/harness/vitest.ts';
import { edgeOfStability } from './edge-of-stability.ts';

testTheorem(edgeOfStability);
