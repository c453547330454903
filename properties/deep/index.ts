/**
 * Family 5 — deep-learning phenomena in a sandbox: the sharpness and its calibration, the edge
 * of stability (Cohen et al., ICLR 2021) and fitting random labels (Zhang et al., ICLR 2017), on
 * networks small enough to run in seconds (src/nn, src/sandbox).
 */
import type { Family } from '../../src/harness/theorem.ts';
import { edgeOfStability } from './edge-of-stability.ts';
import { deepFigures } from './figures.ts';
import { randomLabels } from './random-labels.ts';
import { sharpnessCalibration } from './sharpness-calibration.ts';
import { sharpnessLanczos } from './sharpness-lanczos.ts';

export const deepFamily: Family = {
  id: 'deep',
  title: 'Deep-learning phenomena in a sandbox',
  theorems: [sharpnessLanczos, sharpnessCalibration, edgeOfStability, randomLabels],
  figures: deepFigures,
};
