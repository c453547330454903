import { describe, expect, test } from 'vitest';
import { validateFigure } from '../../src/report/figure.ts';
import { isClose, MACHINE_EPSILON, tolerance } from '../../src/numeric/tolerance.ts';
import { classicalFigures } from './figures.ts';

describe('classical figures', () => {
  test('are well formed, non-empty, and GD ends at LR²/254 on the Huber curve', () => {
    const figures = classicalFigures(20261203);
    figures.forEach(validateFigure);
    const gd = figures[0].series.find((s) => s.name.startsWith('GD'))!;
    expect(gd.x.at(-1)).toBe(63);
    // 63 steps of rounding, as in problems/huber.test.ts: 8·(N + 2)·ε
    expect(isClose(gd.y.at(-1)!, 1 / 254, tolerance(8 * 65 * MACHINE_EPSILON))).toBe(true);
  });

  test('are pure functions of the seed', () => {
    expect(JSON.stringify(classicalFigures(7))).toBe(JSON.stringify(classicalFigures(7)));
  });
});
