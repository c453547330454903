/**
 * The cheap figures are built and validated here; 'linreg/tuned-ratio-vs-n' reuses the sweep
 * that linreg/ridge-polynomially-worse already runs, and is built only by the report (≈ 3 s).
 */
import { expect, test } from 'vitest';
import { validateFigure } from '../../src/report/figure.ts';
import { constantsFigure, riskCurves } from './figures.ts';

test('linreg figures (risk curves, constants) are well formed, positive and finite', () => {
  for (const f of [riskCurves(1), constantsFigure(1)]) {
    validateFigure(f);
    for (const s of f.series)
      for (const v of [...s.x, ...s.y]) expect(Number.isFinite(v) && v > 0).toBe(true);
  }
});
