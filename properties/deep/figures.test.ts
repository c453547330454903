import { describe, expect, test } from 'vitest';
import { validateFigure } from '../../src/report/figure.ts';
import { deepFigures } from './figures.ts';

describe('deep family figures', () => {
  test('are well formed, finite and a pure function of the seed', () => {
    const figures = deepFigures(1);
    expect(figures.map((f) => f.id)).toEqual([
      'deep/eos-sharpness',
      'deep/eos-loss',
      'deep/random-labels-width',
    ]);
    for (const f of figures) {
      validateFigure(f);
      for (const s of f.series) expect(s.y.every(Number.isFinite)).toBe(true);
    }
    expect(JSON.stringify(deepFigures(1))).toBe(JSON.stringify(figures));
  });
});
