/**
 * Family 3 — implicit regularization: early-stopped GD against ridge and SGD in Gaussian linear
 * regression (Wu, Bartlett, Lee, Kakade, Yu, arXiv 2509.17251, and the prior work it builds on).
 * Every risk comes from the exact spectral oracle O3 (src/risk/spectralRisk.ts).
 */
import type { Family } from '../../src/harness/theorem.ts';
import { benignOverfittingTheorem } from './benign-overfitting.ts';
import { linregFigures } from './figures.ts';
import { gdDominatesRidge } from './gd-dominates-ridge.ts';
import { gdDominatesSgdFastDecay } from './gd-dominates-sgd-fast-decay.ts';
import { gdDominatesRidgeFixedDesign } from './gd-dominates-ridge-fixed-design.ts';
import { gradientFlowVsRidge } from './gradient-flow-vs-ridge.ts';
import { multiPassSgdTheorem } from './multi-pass-sgd.ts';
import { onlineSgdBeatsGd } from './online-sgd-beats-gd.ts';
import { ridgeAnalyticRisk } from './ridge-analytic-risk.ts';
import { ridgePolynomiallyWorse } from './ridge-polynomially-worse.ts';
import { sgdAveragedRisk } from './sgd-averaged-risk.ts';
import { sgdVsRidge } from './sgd-vs-ridge.ts';
import { spectralFilters } from './spectral-filters.ts';

export const linregFamily: Family = {
  id: 'linreg',
  title: 'Implicit regularization: GD, ridge and SGD in linear regression',
  theorems: [
    spectralFilters,
    gdDominatesRidgeFixedDesign,
    gradientFlowVsRidge,
    gdDominatesRidge,
    ridgePolynomiallyWorse,
    ridgeAnalyticRisk,
    benignOverfittingTheorem,
    onlineSgdBeatsGd,
    gdDominatesSgdFastDecay,
    sgdAveragedRisk,
    sgdVsRidge,
    multiPassSgdTheorem,
  ],
  figures: linregFigures,
};
