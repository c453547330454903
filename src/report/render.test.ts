import { describe, expect, test } from 'vitest';
import type { Figure } from './figure.ts';
import { ratioHistogram } from './histogram.ts';
import {
  figureToVegaLite,
  renderFigureSvg,
  renderVegaLiteSvg,
  svgMarkCounts,
  undrawnFigures,
} from './render.ts';

const curves: Figure = {
  id: 'test/curves',
  title: 'two curves and points',
  xLabel: 'step t',
  yLabel: 'f(x_t) − f*',
  yScale: 'log',
  series: [
    { name: 'η = 1/L', x: [0, 1, 2, 3], y: [1, 0.5, 0.25, 0.125] },
    { name: 'η = 1.9/L', x: [0, 1, 2, 3], y: [1, 0.8, 0.7, 0.65], mark: 'point' },
  ],
};

describe('rendering figures to SVG without a browser', () => {
  test('a figure with data draws its marks (1 line + 4 points)', async () => {
    const counts = svgMarkCounts(await renderFigureSvg(curves));
    expect(counts.markPaths).toBe(5);
  });

  test('a ratio histogram draws one bar per non-empty bin', async () => {
    const figure = ratioHistogram('test/ratios', 'ratios', [0.5, 0.5, 0.9, 1, 0.7]);
    expect(figure).not.toBeNull();
    const bins = figure!.series[0].y.filter((h) => h > 0).length;
    expect(svgMarkCounts(await renderFigureSvg(figure!)).markPaths).toBe(bins);
  });

  test('an empty plot is detected: same spec with no data draws no marks', async () => {
    const spec = { ...figureToVegaLite(curves), data: { values: [] } } as Parameters<
      typeof renderVegaLiteSvg
    >[0];
    expect(svgMarkCounts(await renderVegaLiteSvg(spec)).markPaths).toBe(0);
  });

  test('an empty or non-finite series is refused before rendering', async () => {
    const empty = { ...curves, series: [{ name: 'none', x: [], y: [] }] };
    await expect(renderFigureSvg(empty)).rejects.toThrow(/is empty/);
    const negativeOnLog = { ...curves, series: [{ name: 'bad', x: [1], y: [-1] }] };
    await expect(renderFigureSvg(negativeOnLog)).rejects.toThrow(/> 0 \(log scale\)/);
  });

  // families check their own figures with undrawnFigures (computing them can take seconds)
  test('undrawnFigures names the figures that draw nothing', async () => {
    const offScale = { ...curves, id: 'test/off-scale', xScale: 'linear' as const, series: [] };
    const bad = await undrawnFigures([curves, offScale]);
    expect(bad).toEqual(['test/off-scale']);
  });
});

describe('figures in index.html', () => {
  test('a malformed figure is shown as not drawn instead of stopping the report', async () => {
    const { renderHtmlReport } = await import('./html.ts');
    const summary = {
      format: 'theoremcheck-summary/2',
      seed: 1,
      codeVersion: 'test',
      selection: [],
      runs: null,
      runsScale: null,
      budget: null,
      search: null,
      shard: null,
      ok: true,
      theorems: [],
    } as const;
    const bad = { ...curves, id: 'test/bad', series: [{ name: 'bad', x: [1], y: [0] }] };
    const html = await renderHtmlReport(summary, [curves, bad]);
    expect(html).toContain('figure not drawn');
    expect(html.match(/<svg\b/g)?.length).toBe(1);
  });
});
