/**
 * Perceptron instances: separable data of any radius with a certified margin, plus the
 * orthonormal-basis instance on which the Perceptron bound is exact, and a pass order.
 *
 *   random — the O2 data of separable.ts (unit ball, certified margin γ₀/R), scaled by R:
 *            the margin scales with it, so γ = (γ₀/R)·R is certified and R/γ is unchanged.
 *   basis  — xᵢ = R·eᵢ, yᵢ = +1, i = 1 … d: margin R/√d (attained by θ* = 1/√d), R/γ = √d.
 *
 * The pass order is cyclic or a fresh seeded permutation per pass.
 */
import * as fc from 'fast-check';
import { createRng } from '../random/rng.ts';
import { logUniformDouble, seedArbitrary } from './quadratic.ts';
import { separableData } from './separable.ts';

export type PerceptronInstance =
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

export interface PerceptronData {
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

export function perceptronInstance(
  maxDimension = 6,
  maxCount = 30,
): fc.Arbitrary<PerceptronInstance> {
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

export function materializePerceptronData(instance: PerceptronInstance): PerceptronData {
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
    // the project's one O2 sampler, on the unit ball, then scaled to radius R
    const unit = separableData({
      n: instance.count,
      d,
      gamma0: instance.marginRatio,
      kind: 'ball',
      seed: instance.dataSeed,
    });
    points = unit.data.points.map((p) => p.map((x) => radius * x));
    labels = [...unit.data.labels];
    gamma = unit.gamma * radius;
  }
  const R = Math.max(...points.map((p) => Math.hypot(...p)));
  const n = points.length;
  const order = instance.orderSeed === null ? 'cyclic' : permutations(instance.orderSeed, n);
  return { points, labels, R, gamma, order };
}
