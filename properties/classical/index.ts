/**
 * Family 1 — classical baselines of smooth convex optimization: the results that the unstable
 * and implicit-regularization theorems are measured against.
 */
import type { Family } from '../../src/harness/theorem.ts';
import { descentLemma } from './descent-lemma.ts';
import { classicalFigures } from './figures.ts';
import { gdConvexRate } from './gd-convex-rate.ts';
import { gdDroriTeboulle } from './gd-drori-teboulle.ts';
import { gdStronglyConvex } from './gd-strongly-convex.ts';
import { nesterovConvex } from './nesterov-convex.ts';
import { nesterovStronglyConvex } from './nesterov-strongly-convex.ts';
import { perceptronBound } from './perceptron.ts';
import { quadraticDivergence } from './quadratic-divergence.ts';
import { silverStepsizes } from './silver-stepsizes.ts';

export const classicalFamily: Family = {
  id: 'classical',
  title: 'Classical baselines (smooth convex optimization)',
  theorems: [
    descentLemma,
    quadraticDivergence,
    gdConvexRate,
    gdDroriTeboulle,
    gdStronglyConvex,
    nesterovConvex,
    nesterovStronglyConvex,
    silverStepsizes,
    perceptronBound,
  ],
  figures: classicalFigures,
};
