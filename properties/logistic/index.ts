/**
 * Family 2 — unstable optimization: large stepsizes in logistic regression. GD on separable data
 * with stepsizes far past 2/sharpness oscillates, then converges faster than any stable choice
 * (Wu, Bartlett, Telgarsky, Yu, COLT 2024; Wu, Marion, Bartlett, NeurIPS 2025; Zhang, Wu, Lin,
 * Bartlett, ICML 2025). logistic/first-order-lower-bound is not encoded: no data set provably
 * resisting every span method was constructed (README, known gaps).
 */
import type { Family } from '../../src/harness/theorem.ts';
import { acceleration } from './acceleration.ts';
import { adaptiveExponential } from './adaptive-exponential.ts';
import { adaptiveLogistic } from './adaptive-logistic.ts';
import { eosAverageLoss } from './eos-average-loss.ts';
import { logisticFigures } from './figures.ts';
import { iterateNorm } from './iterate-norm.ts';
import { lossIncreaseCurvature } from './loss-increase-curvature.ts';
import { phaseTransition } from './phase-transition.ts';
import { regularizedAcceleration } from './regularized-acceleration.ts';
import { regularizedContraction } from './regularized-contraction.ts';
import { regularizedLocalThreshold } from './regularized-local-threshold.ts';
import { sharpnessAtOriginTheorem } from './sharpness-at-origin.ts';
import { stablePhaseMonotone } from './stable-phase-monotone.ts';
import { stablePhaseRate } from './stable-phase-rate.ts';

export const logisticFamily: Family = {
  id: 'logistic',
  title: 'Unstable optimization: large stepsizes in logistic regression',
  theorems: [
    eosAverageLoss,
    iterateNorm,
    stablePhaseMonotone,
    stablePhaseRate,
    phaseTransition,
    acceleration,
    sharpnessAtOriginTheorem,
    lossIncreaseCurvature,
    regularizedContraction,
    regularizedLocalThreshold,
    regularizedAcceleration,
    adaptiveExponential,
    adaptiveLogistic,
  ],
  figures: logisticFigures,
};
