/**
 * Small exact statistics for claims about probabilities and shares.
 *
 *   Wilson score interval for a binomial share k/n at normal quantile z
 *   exact binomial tail P[X ≥ k] for X ~ Bin(n, p)   (log domain, no overflow)
 *   Clopper–Pearson bounds via bisection on the exact tail
 */

/** Two-sided 95% normal quantile. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval {
  if (!Number.isInteger(trials) || trials < 0) {
    throw new RangeError(
      `wilsonInterval: trials must be a non-negative integer; received ${trials}.`,
    );
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(
      `wilsonInterval: successes must be an integer in [0, ${trials}]; received ${successes}.`,
    );
  }
  if (trials === 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

function logChoose(n: number, k: number): number {
  let s = 0;
  const m = Math.min(k, n - k);
  for (let i = 1; i <= m; i++) s += Math.log((n - m + i) / i);
  return s;
}

/** P[X ≥ k] for X ~ Bin(n, p), summed in the log domain. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let total = 0;
  for (let i = k; i <= n; i++) total += Math.exp(logChoose(n, i) + i * lp + (n - i) * lq);
  return Math.min(1, total);
}

/** Exact one-sided upper confidence bound on p from k successes in n trials (Clopper–Pearson). */
export function clopperPearsonUpper(k: number, n: number, confidence: number): number {
  if (k >= n) return 1;
  const alpha = 1 - confidence;
  // find p with P[X ≤ k] = alpha, i.e. 1 − P[X ≥ k + 1] = alpha; P[X ≤ k] decreases in p
  let lo = k / n;
  let hi = 1;
  for (let iter = 0; iter < 100; iter++) {
    const mid = (lo + hi) / 2;
    const cdf = 1 - binomialUpperTail(k + 1, n, mid);
    if (cdf > alpha) lo = mid;
    else hi = mid;
  }
  return hi;
}
