/**
 * Figures to SVG: every plot in a report goes Figure → Vega-Lite spec → Vega → SVG text, in
 * Node, with Vega's headless view (renderer 'none', then `toSVG`). No browser and no canvas:
 * text is measured by Vega's estimate, which is all an SVG needs.
 *
 * `svgMarkCounts` reads a rendered SVG back so tests can tell a real plot from an empty frame.
 */
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import { parse, View } from 'vega';
import type { Figure } from './figure.ts';
import { validateFigure } from './figure.ts';

const WIDTH = 420;
const HEIGHT = 240;

interface Row {
  readonly series: string;
  readonly mark: 'line' | 'point' | 'bar';
  readonly x: number;
  readonly y: number;
  /** a bar's left and right edges */
  readonly x0?: number;
  readonly x1?: number;
}

function rowsOf(figure: Figure): Row[] {
  return figure.series.flatMap((s) => {
    const mark = s.mark ?? 'line';
    const span = Math.max(...s.x) - Math.min(...s.x);
    const half = (s.binWidth ?? (span > 0 ? span / 40 : 1)) / 2;
    return s.x.map((x, i) => ({
      series: s.name,
      mark,
      x,
      y: s.y[i],
      ...(mark === 'bar' ? { x0: x - half, x1: x + half } : {}),
    }));
  });
}

/** The Vega-Lite spec of a figure: one layer per mark type, colour by series. */
export function figureToVegaLite(figure: Figure): TopLevelSpec {
  validateFigure(figure);
  const rows = rowsOf(figure);
  // histograms need bars standing on zero; curves are framed by their own range
  const hasBars = figure.series.some((s) => s.mark === 'bar');
  const scale = (kind: 'linear' | 'log' | undefined) => ({ type: kind ?? 'linear', zero: false });
  const x = {
    field: 'x',
    type: 'quantitative',
    title: figure.xLabel,
    scale: scale(figure.xScale),
  } as const;
  const yScale =
    hasBars && figure.yScale !== 'log' ? { type: 'linear', zero: true } : scale(figure.yScale);
  const y = { field: 'y', type: 'quantitative', title: figure.yLabel, scale: yScale } as const;
  const color = {
    field: 'series',
    type: 'nominal',
    title: null,
    legend: figure.series.length > 1 ? { orient: 'bottom', columns: 2 } : null,
  } as const;

  const marks = [...new Set(rows.map((r) => r.mark))];
  const layer = marks.map((mark) => ({
    transform: [{ filter: { field: 'mark', equal: mark } }],
    mark:
      mark === 'line'
        ? { type: 'line', strokeWidth: 1.5, clip: true }
        : mark === 'point'
          ? { type: 'point', filled: true, size: 24, clip: true }
          : { type: 'bar', clip: true, binSpacing: 1 },
    // bars span their bin: from x0 to x1
    encoding:
      mark === 'bar'
        ? { x: { ...x, field: 'x0' }, x2: { field: 'x1' }, y, y2: { datum: 0 }, color }
        : { x, y, color },
  }));

  // reference lines: a dashed rule with its label at the top (x) or the right end (y)
  for (const r of figure.rules ?? []) {
    const at = { datum: r.value, type: 'quantitative' } as const;
    layer.push({
      transform: [],
      mark: { type: 'rule', strokeDash: [4, 3], color: '#cf222e' },
      encoding: r.axis === 'x' ? { x: at } : { y: at },
    } as never);
    layer.push({
      transform: [],
      mark: {
        type: 'text',
        color: '#cf222e',
        fontSize: 10,
        align: 'right',
        dx: -4,
        dy: r.axis === 'x' ? 0 : -6,
      },
      encoding:
        r.axis === 'x'
          ? { x: at, y: { value: -6 }, text: { value: r.label } }
          : { y: at, x: { value: WIDTH - 4 }, text: { value: r.label } },
    } as never);
  }

  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: figure.title, anchor: 'start', fontSize: 13 },
    width: WIDTH,
    height: HEIGHT,
    background: 'white',
    data: { values: rows },
    layer,
    config: { font: 'sans-serif', axis: { labelFontSize: 10, titleFontSize: 11 } },
  } as TopLevelSpec;
}

// vega-lite warns on the console by default; library code here prints nothing
const SILENT = {
  level: (_?: number) => SILENT,
  error: (..._args: readonly unknown[]) => SILENT,
  warn: (..._args: readonly unknown[]) => SILENT,
  info: (..._args: readonly unknown[]) => SILENT,
  debug: (..._args: readonly unknown[]) => SILENT,
} as never;

/** Render a figure to an SVG string (Vega headless view; no DOM, no canvas). */
export async function renderFigureSvg(figure: Figure): Promise<string> {
  return renderVegaLiteSvg(figureToVegaLite(figure));
}

/** Render any Vega-Lite spec to SVG (the one place Vega is called). */
export async function renderVegaLiteSvg(spec: TopLevelSpec): Promise<string> {
  const vegaSpec = compile(spec, { logger: SILENT }).spec;
  const view = new View(parse(vegaSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export interface SvgMarkCounts {
  /** path elements with a non-empty `d` in the data marks (lines, bars, points; not legends) */
  readonly markPaths: number;
  /** all path elements with non-empty geometry */
  readonly paths: number;
}

/** Count the drawn marks of a Vega SVG, to tell a plot from an empty frame. */
export function svgMarkCounts(svg: string): SvgMarkCounts {
  const paths = [...svg.matchAll(/<path\b[^>]*\bd="([^"]+)"/g)].length;
  let markPaths = 0;
  // a mark group is <g class="mark-… role-mark …"> paths </g>, or self-closing when empty
  const groups = /<g class="mark-(?:line|symbol|rect) role-mark[^"]*"[^>]*?(\/>|>([\s\S]*?)<\/g>)/g;
  for (const group of svg.matchAll(groups)) {
    markPaths += [...(group[2] ?? '').matchAll(/<path\b[^>]*\bd="([^"]+)"/g)].length;
  }
  return { markPaths, paths };
}

/**
 * The ids of the figures that render to no marks (empty, or every point outside its scales) or
 * do not render at all — for a family's figures test: `expect(await undrawnFigures(f)).toEqual([])`.
 */
export async function undrawnFigures(figures: readonly Figure[]): Promise<string[]> {
  const bad: string[] = [];
  for (const figure of figures) {
    try {
      if (svgMarkCounts(await renderFigureSvg(figure)).markPaths === 0) bad.push(figure.id);
    } catch {
      bad.push(figure.id);
    }
  }
  return bad;
}
