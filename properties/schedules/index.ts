/**
 * Family 4 — from theory to practice: batch size and stepsize scheduling (Seesaw, critical batch
 * size), on the exact expected risk of SGD and normalized SGD in linear regression (O4).
 */
import type { Family } from '../../src/harness/theorem.ts';
import { criticalBatch } from './critical-batch-size.ts';
import { scheduleFigures } from './figures.ts';
import { nsgdEquivalence } from './nsgd-equivalence.ts';
import { seesawFewerSteps } from './seesaw-fewer-steps.ts';
import { seesawSandboxTheorem } from './seesaw-sandbox.ts';
import { sgdLrBatchEquivalence } from './sgd-lr-batch-equivalence.ts';

export const schedulesFamily: Family = {
  id: 'schedules',
  title: 'From theory to practice: batch size and stepsize scheduling',
  theorems: [
    sgdLrBatchEquivalence,
    nsgdEquivalence,
    seesawFewerSteps,
    criticalBatch,
    seesawSandboxTheorem,
  ],
  figures: scheduleFigures,
};
