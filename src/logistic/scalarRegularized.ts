/**
 * One point x = 1, y = 1 with ridge λ: F(w) = ln(1 + e^(−w)) + (λ/2)w², the smallest instance of
 * regularized logistic regression, where everything is one-dimensional and exact.
 *
 *   F'(w)  = λw − σ(−w)          (zero at the unique w*; F' increases, F'(0) = −½)
 *   F''(w) = σ(w)σ(−w) + λ
 *   η_loc  = 2/F''(w*)            (GD is locally stable at w* iff η < η_loc)
 *
 * w* is bracketed in [0, ln(1/λ) + 1] (F' < 0 at 0, > 0 at the right end for λ ≤ 1) and found by
 * safeguarded Newton to the last bit. Reference: THEOREMS.md, family 2 (regularized-local-threshold).
 */
import { sigmoid } from '../numeric/logspace.ts';

export interface ScalarRegularized {
  readonly wStar: number;
  readonly curvature: number;
  readonly localThreshold: number;
}

export function scalarRegularized(lambda: number): ScalarRegularized {
  if (!(lambda > 0 && lambda <= 1))
    throw new RangeError(`scalarRegularized: lambda must be in (0, 1]; received ${lambda}.`);
  const derivative = (w: number) => lambda * w - sigmoid(-w);
  let lo = 0;
  let hi = Math.log(1 / lambda) + 1;
  let w = (lo + hi) / 2;
  for (let iteration = 0; iteration < 200; iteration++) {
    const f = derivative(w);
    if (f < 0) lo = w;
    else hi = w;
    const newton = w - f / (sigmoid(w) * sigmoid(-w) + lambda);
    const next = newton > lo && newton < hi ? newton : (lo + hi) / 2;
    if (next === w) break;
    w = next;
  }
  const curvature = sigmoid(w) * sigmoid(-w) + lambda;
  return { wStar: w, curvature, localThreshold: 2 / curvature };
}

/** GD on F from w₀: the iterates w_0 … w_numSteps. */
export function scalarRegularizedGd(
  lambda: number,
  stepSize: number,
  w0: number,
  numSteps: number,
): Float64Array {
  const w = new Float64Array(numSteps + 1);
  w[0] = w0;
  for (let t = 0; t < numSteps; t++) w[t + 1] = w[t] - stepSize * (lambda * w[t] - sigmoid(-w[t]));
  return w;
}
