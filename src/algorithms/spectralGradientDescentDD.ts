/**
 * Gradient descent on a quadratic in its eigenbasis, in double-double arithmetic: a second,
 * higher-precision way to compute what `gradientDescent` computes on `quadratic(...)`.
 *
 *   f(x) = ½ Σᵢ λᵢ cᵢ²,   ∇f has eigen-coordinates λᵢcᵢ,   cᵢ ← cᵢ·(1 − ηλᵢ)
 *
 * where cᵢ are the coordinates of x − x* in the eigenbasis (exact for any orthogonal basis in
 * exact arithmetic, so the basis itself is never formed). Records f(x_t), ‖∇f(x_t)‖² and
 * ‖x_t − x*‖² for t = 0 … numSteps, each as a double-double (numeric/doubleDouble.ts).
 * Does not check: that the basis a double-precision run used is orthogonal to working precision.
 */
import type { DD } from '../numeric/doubleDouble.ts';
import { add, dd, mul, sub } from '../numeric/doubleDouble.ts';

export interface SpectralTraceDD {
  readonly values: readonly DD[];
  readonly gradNormsSq: readonly DD[];
  readonly distancesSq: readonly DD[];
}

export function spectralGradientDescentDD(
  spectrum: readonly number[],
  start: readonly number[],
  stepSize: DD,
  numSteps: number,
): SpectralTraceDD {
  if (start.length !== spectrum.length) {
    throw new TypeError(
      `spectralGradientDescentDD: start has ${start.length} entries; spectrum has ${spectrum.length}.`,
    );
  }
  if (!Number.isInteger(numSteps) || numSteps < 0) {
    throw new RangeError(
      `spectralGradientDescentDD: numSteps must be an integer ≥ 0; received ${numSteps}.`,
    );
  }
  const lambdas = spectrum.map(dd);
  const contraction = lambdas.map((l) => sub(dd(1), mul(stepSize, l)));
  let c = start.map(dd);
  const values: DD[] = [];
  const gradNormsSq: DD[] = [];
  const distancesSq: DD[] = [];

  // record, then step: t = 0 … numSteps
  for (let t = 0; ; t++) {
    let f = dd(0);
    let g = dd(0);
    let r = dd(0);
    c.forEach((ci, i) => {
      const lc = mul(lambdas[i], ci);
      f = add(f, mul(lc, ci));
      g = add(g, mul(lc, lc));
      r = add(r, mul(ci, ci));
    });
    values.push(mul(dd(0.5), f));
    gradNormsSq.push(g);
    distancesSq.push(r);
    if (t === numSteps) break;
    c = c.map((ci, i) => mul(ci, contraction[i]));
  }
  return { values, gradNormsSq, distancesSq };
}
