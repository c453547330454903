/**
 * Log-domain arithmetic: quantities that under- or overflow a double are carried as logarithms.
 *
 *   log1pExp(x)   = ln(1 + eˣ)          (softplus; exact in both tails)
 *   logSumExp(a)  = ln Σ exp(a_i)       (shifted by the maximum)
 *   logLogistic(m) = ln ln(1 + e^(−m))  (log of the logistic loss at margin m)
 *   log1mExp(x)    = ln(1 − eˣ), x ≤ 0  (Mächler's two-branch form)
 *   logOneMinusExpNeg(ln u) = ln(1 − e^(−u)) from ln u, for u from 1e-400 to 1e300
 *
 * References: standard; the tail expansion ln ℓ(m) ≈ −m + ln1p(−e^(−m)/2) for large m follows
 * from ln(1 + u) = u(1 − u/2 + …) with u = e^(−m).
 */

/** ln(1 + eˣ) without overflow for large x or loss of digits for very negative x. */
export function log1pExp(x: number): number {
  if (x > 36) return x + Math.exp(-x); // e^(−x) < 2⁻⁵² relative to x beyond 36
  if (x < -36) return Math.exp(x);
  return Math.log1p(Math.exp(x));
}

/** ln Σ exp(a_i); −∞ for an empty list or when every term is −∞. */
export function logSumExp(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  if (max === -Infinity) return -Infinity;
  if (max === Infinity) return Infinity;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += Math.exp(values[i] - max);
  return max + Math.log(sum);
}

/** ln(a + b) from ln a and ln b. */
export function logAddExp(logA: number, logB: number): number {
  if (logA === -Infinity) return logB;
  if (logB === -Infinity) return logA;
  const max = Math.max(logA, logB);
  return max + Math.log1p(Math.exp(-Math.abs(logA - logB)));
}

/**
 * ln ℓ(m) for the logistic loss ℓ(m) = ln(1 + e^(−m)), finite for every finite margin.
 * For m ≥ 30 the loss is below 1e-13 and is evaluated as −m + ln1p(−e^(−m)/2 + e^(−2m)/3).
 */
export function logLogisticLoss(margin: number): number {
  if (margin >= 30) {
    const u = Math.exp(-margin);
    return -margin + Math.log1p(-u / 2 + (u * u) / 3);
  }
  return Math.log(log1pExp(-margin));
}

/** ln |ℓ'(m)| = −ln(1 + e^m) for the logistic loss. */
export function logLogisticDerivative(margin: number): number {
  return -log1pExp(margin);
}

/** The logistic sigmoid σ(x) = 1/(1 + e^(−x)), accurate in both tails. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * ln(1 − eˣ) for x ≤ 0: ln(−expm1(x)) near 0, log1p(−eˣ) further out (each branch keeps full
 * relative accuracy on its side of −ln 2; M. Mächler, "Accurately computing log(1 − exp(−|a|))",
 * Rmpfr vignette, 2012).
 */
export function log1mExp(x: number): number {
  if (!(x <= 0)) throw new RangeError(`log1mExp: x must be ≤ 0; received ${x}.`);
  return x > -Math.LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
}

/**
 * ln(1 − e^(−u)) given ln u, finite even when u itself underflows a double (ln u < −745).
 * For u < 1e-8: ln(1 − e^(−u)) = ln u + ln(1 − u/2 + u²/6 − …), and the bracket is log1p(−u/2)
 * to within u²/24 < 1e-17.
 */
export function logOneMinusExpNeg(logU: number): number {
  if (Number.isNaN(logU)) throw new RangeError('logOneMinusExpNeg: ln u must not be NaN.');
  if (logU < -18.5) return logU + Math.log1p(-Math.exp(logU) / 2);
  return log1mExp(-Math.exp(logU));
}
