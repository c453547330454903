import { describe, expect, test } from 'vitest';
import { validateFigure } from '../../src/report/figure.ts';
import { scheduleFigures } from './figures.ts';

describe('schedules figures', () => {
  test('are well formed, finite and a pure function of the seed', () => {
    const figures = scheduleFigures(7);
    for (const f of figures) {
      validateFigure(f);
      for (const s of f.series) expect(s.y.every(Number.isFinite)).toBe(true);
    }
    expect(JSON.stringify(scheduleFigures(7))).toBe(JSON.stringify(figures));
  });
});
