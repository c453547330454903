import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { searchConstant } from './constantSearch.ts';
import type { AnyClaim } from './theorem.ts';
import { upperBound } from './verdict.ts';
import { tolerance } from '../numeric/tolerance.ts';

interface Toy {
  readonly scale: number;
  readonly count: number;
  readonly weights: readonly number[];
}

// ratio = scale·count·max(weights)/C with scale ∈ [0.1, 10], count ∈ {1…5}, weights ∈ [0, 1]:
// the supremum over the generator's ranges is 50/C, reached at the corner (10, 5, 1)
const C = 50;
const toy = (refuseAbove = Infinity): AnyClaim => ({
  id: 'property',
  statement: 'scale·count·max(w) ≤ 50',
  arbitrary: fc.record({
    scale: fc.double({ min: 0.1, max: 10, noNaN: true }),
    count: fc.integer({ min: 1, max: 5 }),
    weights: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }),
  }),
  check: (t: Toy) => {
    if (t.scale > refuseAbove) throw new RangeError('toy: scale outside the hypotheses');
    return upperBound({
      relation: 'toy',
      lhs: t.scale * t.count * Math.max(...t.weights),
      rhs: C,
      tolerance: tolerance(0),
    });
  },
});

const start = { scale: 1, count: 1, weights: [0.5] };

describe('constant search by hill climbing', () => {
  test('climbs from a poor start to near the supremum, within the ranges the generator produces', () => {
    const claim = toy();
    const result = searchConstant(claim, [{ instance: start, verdict: claim.check(start) }], {
      seed: 7,
      budget: 600,
    });
    expect(result.startRatio).toBeCloseTo(0.01, 12);
    expect(result.bestRatio).toBeGreaterThan(0.9);
    expect(result.bestRatio).toBeLessThanOrEqual(1);
    expect(result.violation).toBe(false);
    const w = result.witness!.instance as Toy;
    expect(Number.isInteger(w.count)).toBe(true);
    expect(w.scale).toBeLessThanOrEqual(10);
    expect(result.ranges['weights.*']).toMatchObject({ integer: false });
  });

  test('never keeps an instance whose check throws', () => {
    const claim = toy(4);
    const result = searchConstant(claim, [{ instance: start, verdict: claim.check(start) }], {
      seed: 7,
      budget: 600,
    });
    expect((result.witness!.instance as Toy).scale).toBeLessThanOrEqual(4);
    expect(result.bestRatio).toBeLessThanOrEqual(0.4);
  });

  test('is a pure function of its seed', () => {
    const claim = toy();
    const run = () =>
      searchConstant(claim, [{ instance: start, verdict: claim.check(start) }], {
        seed: 3,
        budget: 200,
      });
    expect(run().bestRatio).toBe(run().bestRatio);
  });
});
