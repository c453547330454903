import { testTheorem } from '../../src/harness/vitest.ts';
import { regularizedContraction } from './regularized-contraction.ts';

testTheorem(regularizedContraction);
