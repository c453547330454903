/**
 * Every theorem family, in catalogue order (THEOREMS.md). The CLI and reports read this list;
 * vitest reads the *.test.ts files beside each theorem.
 */
import type { AnyTheorem, Family } from '../src/harness/theorem.ts';
import { classicalFamily } from './classical/index.ts';
import { logisticFamily } from './logistic/index.ts';
import { linregFamily } from './linreg/index.ts';
import { schedulesFamily } from './schedules/index.ts';
import { deepFamily } from './deep/index.ts';

export const families: readonly Family[] = [
  classicalFamily,
  logisticFamily,
  linregFamily,
  schedulesFamily,
  deepFamily,
];

export function allTheorems(): AnyTheorem[] {
  return families.flatMap((f) => [...f.theorems]);
}
