/**
 * Non-separable classification data whose logistic risk has a finite minimiser, as a plain
 * instance. Anchors ±r·e_j carry both labels (the signed rows r·e_j and −r·e_j both occur), so
 * every direction θ ≠ 0 gives some anchor a negative margin and L is coercive; the other points
 * are uniform in the unit ball with labels sign⟨θ*, x⟩ flipped with probability `flip`.
 * Shrinking goes toward few points, low dimension and no flips.
 */
import * as fc from 'fast-check';
import type { ClassificationData } from '../logistic/dataset.ts';
import { classificationData } from '../logistic/dataset.ts';
import { createRng } from '../random/rng.ts';
import { pointInBall, unitVector } from '../random/sampling.ts';
import { seedArbitrary } from './quadratic.ts';

export interface NonSeparableInstance {
  /** points besides the 2d anchors */
  readonly n: number;
  readonly d: number;
  /** anchor radius r ∈ (0, 1] */
  readonly anchorRadius: number;
  readonly flip: number;
  readonly seed: number;
}

export function nonSeparableData(instance: NonSeparableInstance): ClassificationData {
  const { n, d, anchorRadius, flip, seed } = instance;
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`nonSeparableData: n must be an integer ≥ 0; received ${n}.`);
  }
  if (!Number.isInteger(d) || d < 1) {
    throw new RangeError(`nonSeparableData: d must be an integer ≥ 1; received ${d}.`);
  }
  if (!(flip >= 0 && flip <= 1)) {
    throw new RangeError(`nonSeparableData: flip must be in [0, 1]; received ${flip}.`);
  }
  if (!(anchorRadius > 0 && anchorRadius <= 1)) {
    throw new RangeError(
      `nonSeparableData: anchorRadius must be in (0, 1]; received ${anchorRadius}.`,
    );
  }
  const rng = createRng(seed);
  const thetaStar = unitVector(rng.fork('theta*'), d);
  const pointsRng = rng.fork('points');
  const points: number[][] = [];
  const labels: number[] = [];

  // anchors: r·e_j with label +1 and with label −1
  for (let j = 0; j < d; j++) {
    const e = Array.from({ length: d }, (_, k) => (k === j ? anchorRadius : 0));
    points.push(e, e);
    labels.push(1, -1);
  }

  // noisy teacher points
  for (let i = 0; i < n; i++) {
    const x = pointInBall(pointsRng, d);
    let s = 0;
    for (let j = 0; j < d; j++) s += x[j] * thetaStar[j];
    const y = (s >= 0 ? 1 : -1) * (pointsRng.uniform() < flip ? -1 : 1);
    points.push(Array.from(x));
    labels.push(y);
  }
  return classificationData(points, labels);
}

export function nonSeparableInstance(
  options: { maxPoints?: number; maxDimension?: number } = {},
): fc.Arbitrary<NonSeparableInstance> {
  const { maxPoints = 32, maxDimension = 8 } = options;
  return fc.record({
    n: fc.noBias(fc.integer({ min: 0, max: maxPoints })),
    d: fc.noBias(fc.integer({ min: 1, max: maxDimension })),
    anchorRadius: fc.noBias(fc.integer({ min: 1, max: 10 })).map((k) => k / 10),
    flip: fc.noBias(fc.integer({ min: 0, max: 4 })).map((k) => k / 10),
    seed: seedArbitrary,
  });
}
