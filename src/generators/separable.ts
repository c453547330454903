/**
 * Linearly separable classification data with a certified margin (O2), and non-separable data
 * with a finite minimiser, as plain instances (JSON-ready) plus the function that materialises
 * them.
 *
 *   'ball':     θ* uniform on the sphere, x uniform in the unit ball, kept iff |⟨θ*, x⟩| ≥ γ₀,
 *               y = sign⟨θ*, x⟩. Then min_i y_i x_iᵀθ* ≥ γ₀, so the max-margin is ≥ γ₀.
 *   'boundary': near-degenerate: every point sits in the band γ₀ ≤ |⟨θ*, x⟩| ≤ γ₀(1 + 10⁻³) with
 *               its orthogonal part uniform in the ball of radius √(1 − ⟨θ*, x⟩²), so the
 *               certified γ₀ is within 0.1% of the true max-margin's natural lower bound and the
 *               points crowd the separating hyperplane (in 2-D: nearly collinear).
 * Shrinking goes toward few points, low dimension, a large margin and the 'ball' kind.
 */
import * as fc from 'fast-check';
import type { ClassificationData } from '../logistic/dataset.ts';
import { classificationData } from '../logistic/dataset.ts';
import { createRng } from '../random/rng.ts';
import { pointInBall, unitVector } from '../random/sampling.ts';
import { logUniformDouble, seedArbitrary } from './quadratic.ts';

export interface SeparableInstance {
  readonly n: number;
  readonly d: number;
  /** the certified margin lower bound γ₀ */
  readonly gamma0: number;
  readonly kind: 'ball' | 'boundary';
  readonly seed: number;
}

export interface SeparableData {
  readonly data: ClassificationData;
  readonly thetaStar: Float64Array;
  /** γ₀, certified: min_i y_i x_iᵀθ* ≥ γ₀ */
  readonly gamma: number;
}

const BAND_WIDTH = 1e-3;
const MAX_ATTEMPTS_PER_POINT = 100000;

export function separableData(instance: SeparableInstance): SeparableData {
  const { n, d, gamma0, kind, seed } = instance;
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`separableData: n must be an integer ≥ 1; received ${n}.`);
  if (!Number.isInteger(d) || d < 1)
    throw new RangeError(`separableData: d must be an integer ≥ 1; received ${d}.`);
  if (!(gamma0 > 0 && gamma0 < 1))
    throw new RangeError(`separableData: gamma0 must be in (0, 1); received ${gamma0}.`);
  const rng = createRng(seed);
  const thetaStar = unitVector(rng.fork('theta*'), d);
  const pointsRng = rng.fork('points');
  const points: number[][] = [];
  const labels: number[] = [];

  for (let i = 0; i < n; i++) {
    let x: Float64Array | undefined;
    if (kind === 'ball') {
      // rejection: keep a uniform point only if it clears the margin
      for (let attempt = 0; attempt < MAX_ATTEMPTS_PER_POINT && !x; attempt++) {
        const p = pointInBall(pointsRng, d);
        let s = 0;
        for (let j = 0; j < d; j++) s += p[j] * thetaStar[j];
        if (Math.abs(s) >= gamma0) x = p;
      }
      if (!x)
        throw new RangeError(
          `separableData: no point with margin ≥ ${gamma0} in d = ${d} after many draws.`,
        );
    } else {
      // a point in the band: along θ* at γ₀(1 + u·10⁻³), plus an orthogonal part
      const along =
        (pointsRng.uniform() < 0.5 ? -1 : 1) * gamma0 * (1 + BAND_WIDTH * pointsRng.uniform());
      const q = pointInBall(pointsRng, d, Math.sqrt(Math.max(0, 1 - along * along)));
      let s = 0;
      for (let j = 0; j < d; j++) s += q[j] * thetaStar[j];
      x = new Float64Array(d);
      for (let j = 0; j < d; j++) x[j] = q[j] - s * thetaStar[j] + along * thetaStar[j];
      // the projection keeps ‖x‖ ≤ 1 up to rounding; rescale the rare 1 + ε case
      const norm = Math.hypot(...x);
      if (norm > 1) for (let j = 0; j < d; j++) x[j] /= norm;
    }
    let s = 0;
    for (let j = 0; j < d; j++) s += x[j] * thetaStar[j];
    points.push(Array.from(x));
    labels.push(s >= 0 ? 1 : -1);
  }

  // certify: the rescaling above could only lower a margin by rounding; take the true minimum
  const data = classificationData(points, labels);
  let minMargin = Infinity;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += data.Z.data[i * d + j] * thetaStar[j];
    minMargin = Math.min(minMargin, s);
  }
  return { data, thetaStar, gamma: Math.min(gamma0, minMargin) };
}

export interface SeparableArbitraryOptions {
  readonly minPoints?: number;
  readonly maxPoints?: number;
  readonly minDimension?: number;
  readonly maxDimension?: number;
  readonly minGamma?: number;
  readonly maxGamma?: number;
  /** share of 'boundary' (near-degenerate) sets; default 0.25 */
  readonly boundaryShare?: number;
}

export function separableInstance(
  options: SeparableArbitraryOptions = {},
): fc.Arbitrary<SeparableInstance> {
  const { minPoints = 2, maxPoints = 64, minDimension = 2, maxDimension = 16 } = options;
  const { minGamma = 0.02, maxGamma = 0.5, boundaryShare = 0.25 } = options;
  const weightBoundary = Math.round(boundaryShare * 100);
  return fc.record({
    n: fc.noBias(fc.integer({ min: minPoints, max: maxPoints })),
    d: fc.noBias(fc.integer({ min: minDimension, max: maxDimension })),
    // log-uniform without fast-check's end-point bias, two significant digits (a readable,
    // non-marginal shrink target); shrinks toward the largest margin
    gamma0: fc
      .noBias(logUniformDouble(minGamma, maxGamma))
      .map((g) => Math.min(maxGamma, Math.max(minGamma, Number(g.toPrecision(2))))),
    kind: fc.oneof(
      { arbitrary: fc.constant<'ball'>('ball'), weight: 100 - weightBoundary },
      { arbitrary: fc.constant<'boundary'>('boundary'), weight: weightBoundary },
    ),
    seed: seedArbitrary,
  });
}
