/**
 * Linearly separable classification data with a certified margin (THEOREMS.md, oracle O2), as
 * plain instances, plus the orthonormal-basis instance on which the Perceptron bound is exact.
 *
 *   random — unit θ* and points uniform in the ball of radius R, kept only when
 *            |⟨θ*, x⟩| ≥ γ₀, labelled sign⟨θ*, x⟩: the true margin is ≥ γ₀ (θ* attains it).
 *   basis  — xᵢ = R·eᵢ, yᵢ = +1, i = 1 … d: margin R/√d (attained by θ* = 1/√d), R/γ = √d.
 *
 * The pass order is cyclic or a fresh seeded permutation per pass.
 */
import * as fc from 'fast-check';
import { createRng } from '../random/rng.ts';
import { pointInBall, unitVector } from '../random/sampling.ts';
import { logUniformDouble, seedArbitrary } from './quadratic.ts';

export type SeparableInstance =
  | {
      readonly kind: 'random';
      readonly dimension: number;
      readonly count: number;
      readonly radius: number;
      /** γ₀/R: the certified margin relative to the radius */
      readonly marginRatio: number;
      readonly dataSeed: number;
      /** null: cyclic order; otherwise the seed of per-pass random permutations */
      readonly orderSeed: number | null;
    }
  | {
      readonly kind: 'basis';
      readonly dimension: number;
      readonly radius: number;
      readonly orderSeed: number | null;
    };

export interface SeparableData {
  readonly points: number[][];
  readonly labels: number[];
  /** max ‖xᵢ‖ (computed) */
  readonly R: number;
  /** a certified lower bound on the margin */
  readonly gamma: number;
  /** pass orders for the Perceptron ('cyclic' or a list of permutations) */
  readonly order: 'cyclic' | number[][];
}

const ORDER_PASSES = 16;
const MAX_REJECTIONS = 100_000;

export function separableInstance(
  maxDimension = 6,
  maxCount = 30,
): fc.Arbitrary<SeparableInstance> {
  const orderSeed = fc.option(seedArbitrary, { nil: null });
  return fc.oneof(
    fc.record({
      kind: fc.constant('basis' as const),
      dimension: fc.integer({ min: 1, max: maxDimension }),
      radius: logUniformDouble(1e-2, 1e2),
      orderSeed,
    }),
    fc.record({
      kind: fc.constant('random' as const),
      dimension: fc.integer({ min: 1, max: maxDimension }),
      count: fc.integer({ min: 1, max: maxCount }),
      radius: logUniformDouble(1e-2, 1e2),
      marginRatio: logUniformDouble(0.05, 0.5),
      dataSeed: seedArbitrary,
      orderSeed,
    }),
  );
}

function permutations(seed: number, n: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: ORDER_PASSES }, () => {
    const p = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = rng.integer(0, i);
      [p[i], p[j]] = [p[j], p[i]];
    }
    return p;
  });
}

export function materializeSeparable(instance: SeparableInstance): SeparableData {
  const { dimension: d, radius } = instance;
  let points: number[][];
  let labels: number[];
  let gamma: number;
  if (instance.kind === 'basis') {
    points = Array.from({ length: d }, (_, i) =>
      Array.from({ length: d }, (_, j) => (i === j ? radius : 0)),
    );
    labels = points.map(() => 1);
    gamma = radius / Math.sqrt(d);
  } else {
    // rejection sampling keeps |⟨θ*, x⟩| ≥ γ₀
    const rng = createRng(instance.dataSeed);
    const thetaStar = unitVector(rng.fork('direction'), d);
    const draw = rng.fork('points');
    gamma = instance.marginRatio * radius;
    points = [];
    labels = [];
    let rejections = 0;
    while (points.length < instance.count) {
      const x = pointInBall(draw, d, radius);
      let s = 0;
      for (let j = 0; j < d; j++) s += thetaStar[j] * x[j];
      if (Math.abs(s) >= gamma) {
        points.push(Array.from(x));
        labels.push(s > 0 ? 1 : -1);
      } else if (++rejections > MAX_REJECTIONS) {
        throw new RangeError(
          `materializeSeparable: margin ratio ${instance.marginRatio} too large for d = ${d}.`,
        );
      }
    }
  }
  const R = Math.max(...points.map((p) => Math.hypot(...p)));
  const n = points.length;
  const order = instance.orderSeed === null ? 'cyclic' : permutations(instance.orderSeed, n);
  return { points, labels, R, gamma, order };
}
