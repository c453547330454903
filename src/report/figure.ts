/**
 * A figure as data: what to draw, not how. Families build `Figure` values (pure functions of a
 * seed); the reporting layer renders them. Keeping figures as data lets the same curves go into
 * summary.json, the HTML report and tests that check a plot is not empty.
 */

export interface Series {
  readonly name: string;
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** 'line' (default), 'point', or 'bar' (x is a bin centre, y its height: histograms) */
  readonly mark?: 'line' | 'point' | 'bar';
  /** for bars: the width of each bar in x units (a histogram's bin width); default 1/40 of the x range */
  readonly binWidth?: number;
}

export interface Figure {
  /** unique within a report, e.g. 'logistic/loss-curves-toy' */
  readonly id: string;
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xScale?: 'linear' | 'log';
  readonly yScale?: 'linear' | 'log';
  readonly series: readonly Series[];
  /** one or two sentences a reader needs to read the plot */
  readonly caption?: string;
  /** reference lines, e.g. the stated constant at ratio 1 */
  readonly rules?: readonly {
    readonly axis: 'x' | 'y';
    readonly value: number;
    readonly label: string;
  }[];
}

/** Throws when a figure is malformed: mismatched lengths, no points, or non-finite log data. */
export function validateFigure(figure: Figure): void {
  if (figure.series.length === 0) {
    throw new TypeError(`validateFigure: figure '${figure.id}' has no series.`);
  }
  for (const s of figure.series) {
    if (s.x.length !== s.y.length) {
      throw new TypeError(
        `validateFigure: series '${s.name}' of '${figure.id}' has ${s.x.length} x and ${s.y.length} y values.`,
      );
    }
    if (s.x.length === 0) {
      throw new TypeError(`validateFigure: series '${s.name}' of '${figure.id}' is empty.`);
    }
    checkValues(figure, s.name, 'x', s.x, figure.xScale === 'log');
    checkValues(figure, s.name, 'y', s.y, figure.yScale === 'log');
  }
  for (const r of figure.rules ?? []) {
    checkValues(
      figure,
      `rule '${r.label}'`,
      r.axis,
      [r.value],
      (r.axis === 'x' ? figure.xScale : figure.yScale) === 'log',
    );
  }
}

function checkValues(
  figure: Figure,
  name: string,
  axis: string,
  values: readonly number[],
  log: boolean,
): void {
  const bad = values.findIndex((v) => !Number.isFinite(v) || (log && v <= 0));
  if (bad >= 0) {
    throw new RangeError(
      `validateFigure: ${axis}[${bad}] of series '${name}' in '${figure.id}' must be finite` +
        `${log ? ' and > 0 (log scale)' : ''}; received ${values[bad]}.`,
    );
  }
}
