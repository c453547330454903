import { testTheorem } from '../../src/harness/vitest.ts';
import { acceleration } from './acceleration.ts';

testTheorem(acceleration);
