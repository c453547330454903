/**
 * One-dimensional minimisation on a log scale: a grid of `points` log-spaced values over
 * [low, high], then golden-section search in log x inside the bracket around the best grid point.
 * Used to tune λ and t on the closed-form risks, and to compute the constants c_GD(t) and c*.
 * Not a global optimiser: a minimum narrower than one grid cell can be missed (the grid density is
 * the caller's statement of resolution).
 */
export interface ScalarMinimum {
  readonly x: number;
  readonly value: number;
  readonly evaluations: number;
}

export interface LogSearchOptions {
  readonly points?: number;
  /** golden-section iterations inside the bracket; 0 keeps the grid point */
  readonly refine?: number;
  /** round candidates to integers (for step counts) */
  readonly integer?: boolean;
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

export function minimizeLogScale(
  f: (x: number) => number,
  low: number,
  high: number,
  options: LogSearchOptions = {},
): ScalarMinimum {
  const { points = 64, refine = 40, integer = false } = options;
  if (!(low > 0 && high >= low) || !Number.isFinite(high)) {
    throw new RangeError(
      `minimizeLogScale: need 0 < low ≤ high < ∞; received low=${low}, high=${high}.`,
    );
  }
  if (!Number.isInteger(points) || points < 2) {
    throw new RangeError(`minimizeLogScale: points must be an integer ≥ 2; received ${points}.`);
  }
  const cast = integer ? (x: number) => Math.max(1, Math.round(x)) : (x: number) => x;
  let evaluations = 0;
  const cache = new Map<number, number>();
  const value = (x: number) => {
    const key = cast(x);
    let v = cache.get(key);
    if (v === undefined) {
      v = f(key);
      evaluations++;
      if (Number.isNaN(v)) throw new RangeError(`minimizeLogScale: f(${key}) is NaN.`);
      cache.set(key, v);
    }
    return v;
  };

  // the grid
  const a = Math.log(low);
  const b = Math.log(high);
  let bestIndex = 0;
  let best = Infinity;
  for (let i = 0; i < points; i++) {
    const v = value(Math.exp(a + ((b - a) * i) / (points - 1)));
    if (v < best) {
      best = v;
      bestIndex = i;
    }
  }

  // golden section in log x within the neighbouring cells
  let lo = a + ((b - a) * Math.max(0, bestIndex - 1)) / (points - 1);
  let hi = a + ((b - a) * Math.min(points - 1, bestIndex + 1)) / (points - 1);
  let x1 = hi - GOLDEN * (hi - lo);
  let x2 = lo + GOLDEN * (hi - lo);
  for (let k = 0; k < refine; k++) {
    if (value(Math.exp(x1)) <= value(Math.exp(x2))) {
      hi = x2;
      x2 = x1;
      x1 = hi - GOLDEN * (hi - lo);
    } else {
      lo = x1;
      x1 = x2;
      x2 = lo + GOLDEN * (hi - lo);
    }
  }
  let bestX = cast(Math.exp(a + ((b - a) * bestIndex) / (points - 1)));
  for (const [x, v] of cache) {
    if (v < best || (v === best && x < bestX)) {
      best = v;
      bestX = x;
    }
  }
  return { x: bestX, value: best, evaluations };
}
