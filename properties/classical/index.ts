/**
 * Family 1 — classical baselines of smooth convex optimization: the results that the unstable
 * and implicit-regularization theorems are measured against.
 */
import type { Family } from '../../src/harness/theorem.ts';
import { descentLemma } from './descent-lemma.ts';

export const classicalFamily: Family = {
  id: 'classical',
  title: 'Classical baselines (smooth convex optimization)',
  theorems: [descentLemma],
};
