/**
 * The 4-point toy set of Wu, Bartlett, Telgarsky, Yu (COLT 2024, arXiv 2402.15926):
 * x = (1, 0.2), (−2, 0.2), (−1, −0.2), (2, −0.2), y = +1, +1, −1, −1, θ₀ = 0. Its signed rows
 * are (1, 0.2) and (−2, 0.2) twice each, so the max-margin direction is e₂ with margin 0.2; the
 * points are not normalised (max‖x‖ ≈ 2.01). Stored as plain data in
 * fixtures/data/logistic-toy-4pt.json and loaded here, so reports and tests read the same file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../harness/fixtures.ts';
import type { ClassificationData } from './dataset.ts';
import { classificationData } from './dataset.ts';

export const TOY_DATA_FILE = join(FIXTURES_DIR, 'data', 'logistic-toy-4pt.json');

export interface ToyData {
  readonly data: ClassificationData;
  /** the exact max-margin recorded in the file */
  readonly maxMargin: number;
}

export function loadToyData(file = TOY_DATA_FILE): ToyData {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as {
    points?: unknown;
    labels?: unknown;
    maxMargin?: unknown;
  };
  if (
    !Array.isArray(raw.points) ||
    !Array.isArray(raw.labels) ||
    typeof raw.maxMargin !== 'number'
  ) {
    throw new TypeError(
      `loadToyData: ${file} must hold 'points', 'labels' and a numeric 'maxMargin'.`,
    );
  }
  return {
    data: classificationData(raw.points as number[][], raw.labels as number[]),
    maxMargin: raw.maxMargin,
  };
}
