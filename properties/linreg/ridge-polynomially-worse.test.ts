import { testTheorem } from '../../src/harness/vitest.ts';
import { ridgePolynomiallyWorse } from './ridge-polynomially-worse.ts';

testTheorem(ridgePolynomiallyWorse);
