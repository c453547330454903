import { describe, expect, test } from 'vitest';
import { validateFigure } from '../../src/report/figure.ts';
import { logisticFamily } from './index.ts';

describe('logistic family figures', () => {
  test('are well formed, finite and a pure function of the seed', () => {
    const figures = logisticFamily.figures?.(7) ?? [];
    expect(figures.map((f) => f.id)).toEqual([
      'logistic/loss-curves-toy',
      'logistic/loss-curves-generated',
      'logistic/acceleration-exponents',
      'logistic/adaptive-bound-excess',
    ]);
    for (const f of figures) {
      validateFigure(f);
      for (const s of f.series) expect(s.y.every((v) => Number.isFinite(v))).toBe(true);
    }
    expect(JSON.stringify(logisticFamily.figures?.(7))).toBe(JSON.stringify(figures));
  });
});
