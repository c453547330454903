import { testTheorem } from '../../src/harness/vitest.ts';
import { sharpnessCalibration } from './sharpness-calibration.ts';

testTheorem(sharpnessCalibration);
