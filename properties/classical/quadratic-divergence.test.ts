import { testTheorem } from '../../src/harness/vitest.ts';
import { quadraticDivergence } from './quadratic-divergence.ts';

testTheorem(quadraticDivergence);
