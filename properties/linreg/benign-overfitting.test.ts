import { testTheorem } from '../../src/harness/vitest.ts';
import { benignOverfittingTheorem } from './benign-overfitting.ts';

testTheorem(benignOverfittingTheorem);
