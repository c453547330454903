import { testTheorem } from '../../src/harness/vitest.ts';
import { regularizedAcceleration } from './regularized-acceleration.ts';

testTheorem(regularizedAcceleration);
