/**
 * A histogram of lhs/rhs ratios as a Figure (bars at the centres of the non-empty bins;
 * bars are drawn as wide as one bin of a full range), so it renders through the
 * same path as every family's plots. Bins are equal-width over the observed range; values that
 * stood for ±∞ in the summary (|r| ≥ 1e300) are left out and counted in the caption.
 */
import type { Figure } from './figure.ts';

const DEFAULT_BINS = 30;
const INFINITE_STAND_IN = 1e300;

export function ratioHistogram(
  id: string,
  title: string,
  ratios: readonly number[],
  bins = DEFAULT_BINS,
): Figure | null {
  const finite = ratios.filter((r) => Number.isFinite(r) && Math.abs(r) < INFINITE_STAND_IN);
  if (finite.length === 0) return null;
  const low = Math.min(...finite);
  const high = Math.max(...finite);

  // equal-width bins; a single bin when every ratio is the same
  const count = high > low ? bins : 1;
  // one value: a narrow bar (2% of its size) rather than a block of width 1
  const width = high > low ? (high - low) / count : Math.abs(low) * 0.02 || 1;
  const heights = new Array<number>(count).fill(0);
  for (const r of finite) heights[Math.min(count - 1, Math.floor((r - low) / width))]++;
  const centres = heights.map((_, k) => (high > low ? low + (k + 0.5) * width : low));
  const drawn = heights.map((_, k) => k).filter((k) => heights[k] > 0); // empty bins draw nothing

  const left = ratios.length - finite.length;
  return {
    id,
    title,
    xLabel: 'ratio (> 1 means the inequality is violated)',
    yLabel: 'instances',
    series: [
      {
        name: 'instances per bin',
        x: drawn.map((k) => centres[k]),
        y: drawn.map((k) => heights[k]),
        mark: 'bar',
        binWidth: width,
      },
    ],
    // the stated constant: ratio 1 (shown when the range comes near it)
    ...(high >= 0.5 && low <= 2
      ? { rules: [{ axis: 'x' as const, value: 1, label: 'stated constant' }] }
      : {}),
    caption:
      `${finite.length} generated instances, range [${low.toPrecision(6)}, ${high.toPrecision(6)}]` +
      `${left > 0 ? `; ${left} infinite ratios not drawn` : ''}.`,
  };
}
