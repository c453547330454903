import { testTheorem } from '../../src/harness/vitest.ts';
import { sharpnessAtOriginTheorem } from './sharpness-at-origin.ts';

testTheorem(sharpnessAtOriginTheorem);
