import { testTheorem } from '../../src/harness/vitest.ts';
import { sharpnessLanczos } from './sharpness-lanczos.ts';

testTheorem(sharpnessLanczos);
