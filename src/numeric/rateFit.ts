/**
 * Rates as measured quantities: fit log y = a + b·log x by least squares and give the exponent b
 * with a bootstrap confidence interval (pairs resampled with a seeded Rng, percentile interval).
 *
 * Used by every rate property: a claim "y ∝ x^β" becomes "the fitted slope's interval lies where
 * the theory puts β", with the fit and its points available for plots. Log factors are the
 * caller's to divide out explicitly (pass y / log(x)^k), never absorbed by widening tolerances.
 */
import { createRng } from '../random/rng.ts';

export interface RateFit {
  /** fitted exponent b in y ≈ e^a·x^b */
  readonly slope: number;
  readonly intercept: number;
  /** percentile bootstrap interval for the slope at `confidence` */
  readonly slopeLow: number;
  readonly slopeHigh: number;
  readonly confidence: number;
  /** ordinary-least-squares standard error of the slope (a second, parametric view) */
  readonly slopeStdErr: number;
  /** coefficient of determination of the log-log fit */
  readonly rSquared: number;
  readonly points: number;
  readonly resamples: number;
  readonly seed: number;
}

export interface RateFitOptions {
  /** default 0.95 */
  readonly confidence?: number;
  /** default 1000 */
  readonly resamples?: number;
  /** bootstrap seed (required: every random draw is seeded) */
  readonly seed: number;
}

interface Line {
  slope: number;
  intercept: number;
}

function leastSquares(
  u: ArrayLike<number>,
  v: ArrayLike<number>,
  index: ArrayLike<number>,
): Line | null {
  const m = index.length;
  let su = 0;
  let sv = 0;
  for (let k = 0; k < m; k++) {
    su += u[index[k]];
    sv += v[index[k]];
  }
  const mu = su / m;
  const mv = sv / m;
  let suu = 0;
  let suv = 0;
  for (let k = 0; k < m; k++) {
    const du = u[index[k]] - mu;
    suu += du * du;
    suv += du * (v[index[k]] - mv);
  }
  if (suu === 0) return null;
  const slope = suv / suu;
  return { slope, intercept: mv - slope * mu };
}

export function fitLogLog(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: RateFitOptions,
): RateFit {
  const { confidence = 0.95, resamples = 1000, seed } = options;
  if (x.length !== y.length) {
    throw new TypeError(`fitLogLog: x has ${x.length} points and y has ${y.length}.`);
  }
  if (x.length < 3)
    throw new RangeError(`fitLogLog: needs at least 3 points; received ${x.length}.`);
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`fitLogLog: confidence must be in (0, 1); received ${confidence}.`);
  }
  for (let i = 0; i < x.length; i++) {
    if (!(x[i] > 0) || !Number.isFinite(x[i]))
      throw new RangeError(`fitLogLog: x[${i}] must be finite and > 0; received ${x[i]}.`);
    if (!(y[i] > 0) || !Number.isFinite(y[i]))
      throw new RangeError(`fitLogLog: y[${i}] must be finite and > 0; received ${y[i]}.`);
  }

  // the fit on all points
  const m = x.length;
  const u = Float64Array.from(x, Math.log);
  const v = Float64Array.from(y, Math.log);
  const all = Array.from({ length: m }, (_, i) => i);
  const line = leastSquares(u, v, all);
  if (line === null)
    throw new RangeError('fitLogLog: all x values are equal; the slope is undefined.');

  // residual-based standard error and R²
  let sse = 0;
  let sst = 0;
  let suu = 0;
  const mu = u.reduce((s, t) => s + t, 0) / m;
  const mv = v.reduce((s, t) => s + t, 0) / m;
  for (let i = 0; i < m; i++) {
    const r = v[i] - (line.intercept + line.slope * u[i]);
    sse += r * r;
    sst += (v[i] - mv) ** 2;
    suu += (u[i] - mu) ** 2;
  }
  const slopeStdErr = Math.sqrt(sse / Math.max(1, m - 2) / suu);
  const rSquared = sst === 0 ? 1 : 1 - sse / sst;

  // bootstrap over pairs; resamples with a degenerate x set are redrawn
  const rng = createRng(seed);
  const slopes: number[] = [];
  const index = new Int32Array(m);
  let attempts = 0;
  while (slopes.length < resamples && attempts < resamples * 20) {
    attempts++;
    for (let k = 0; k < m; k++) index[k] = rng.integer(0, m - 1);
    const fit = leastSquares(u, v, index);
    if (fit !== null) slopes.push(fit.slope);
  }
  slopes.sort((a, b) => a - b);
  const q = (p: number) =>
    slopes[Math.min(slopes.length - 1, Math.max(0, Math.floor(p * slopes.length)))];
  const alpha = 1 - confidence;
  return {
    slope: line.slope,
    intercept: line.intercept,
    slopeLow: q(alpha / 2),
    slopeHigh: q(1 - alpha / 2),
    confidence,
    slopeStdErr,
    rSquared,
    points: m,
    resamples: slopes.length,
    seed,
  };
}
