/**
 * The silver stepsize schedule for L-smooth convex functions:
 *
 *   h_i = 1 + ρ^(ν(i) − 1),   ρ = 1 + √2,   ν(i) = the 2-adic valuation of i,   i = 1 … n,
 *
 * used as gradient steps η_i = h_i/L. For n = 2^k − 1 its rate is r_k·LR² with
 * r_k = 1/(1 + √(4ρ^(2k) − 3)) ≈ ½·n^(−log₂ρ).
 * Reference: J. M. Altschuler and P. A. Parrilo, "Acceleration by stepsize hedging II: Silver
 * stepsize schedule for smooth convex optimization", Math. Program. 2024, arXiv:2309.16530.
 */

/** The silver ratio ρ = 1 + √2. */
export const SILVER_RATIO = 1 + Math.SQRT2;

/** ν(i): the exponent of 2 in i ≥ 1. */
export function twoAdicValuation(i: number): number {
  if (!Number.isSafeInteger(i) || i < 1) {
    throw new RangeError(`twoAdicValuation: i must be a safe integer ≥ 1; received ${i}.`);
  }
  let nu = 0;
  let k = i;
  while (k % 2 === 0) {
    k /= 2;
    nu++;
  }
  return nu;
}

/** h_1 … h_n (normalised steps: the stepsizes are h_i/L). */
export function silverSteps(numSteps: number): number[] {
  if (!Number.isInteger(numSteps) || numSteps < 0) {
    throw new RangeError(`silverSteps: numSteps must be an integer ≥ 0; received ${numSteps}.`);
  }
  return Array.from(
    { length: numSteps },
    (_, k) => 1 + SILVER_RATIO ** (twoAdicValuation(k + 1) - 1),
  );
}

/** r_k = 1/(1 + √(4ρ^(2k) − 3)): the silver rate after n = 2^k − 1 steps, in units of LR². */
export function silverRate(k: number): number {
  if (!Number.isInteger(k) || k < 0) {
    throw new RangeError(`silverRate: k must be an integer ≥ 0; received ${k}.`);
  }
  return 1 / (1 + Math.sqrt(4 * SILVER_RATIO ** (2 * k) - 3));
}
