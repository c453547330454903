import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tolerance } from '../numeric/tolerance.ts';
import type { AnyClaim } from './theorem.ts';
import { relativeSlack, triageFailure } from './triage.ts';
import { upperBound } from './verdict.ts';

// x·y ≤ 1 with no allowance, and hypotheses 0 < x < 2 written as margins
const product: AnyClaim = {
  id: 'property',
  statement: 'x·y ≤ 1',
  arbitrary: fc.record({ x: fc.double(), y: fc.double() }),
  check: ({ x, y }: { x: number; y: number }) =>
    upperBound({ relation: 'x·y ≤ 1', lhs: x * y, rhs: 1, tolerance: tolerance(0) }),
  conditionNumbers: () => ({ 'κ(x·y)': 2 }),
  hypothesisMargins: ({ x }: { x: number }) => [
    { hypothesis: 'x < 2', value: x, relation: '<', bound: 2 },
    { hypothesis: 'x > 0', value: x, relation: '>', bound: 0 },
  ],
};

describe('triage without a recheck (rounding-level perturbations)', () => {
  test('a violation by one ulp is within rounding; the gap is a few ε', () => {
    const instance = { x: 3, y: 1 / 3 + Number.EPSILON };
    const verdict = product.check(instance);
    expect(verdict.holds).toBe(false);
    const t = triageFailure(product, instance, verdict, 5);
    expect(t.classification).toBe('rounding');
    expect(t.gapInEpsilons).toBeLessThan(4);
    expect(t.conditionNumbers).toEqual({ 'κ(x·y)': 2 });
    expect(t.explanation).toMatch(/within rounding/);
  });

  test('a violation by 1% is genuine, and the hypothesis nearest its edge is named', () => {
    const instance = { x: 1.99, y: 0.51 };
    const t = triageFailure(product, instance, product.check(instance), 5);
    expect(t.classification).toBe('genuine');
    expect(t.perturbation).toEqual({ tries: 8, flipped: 0 });
    expect(t.nearestHypothesis).toEqual({
      hypothesis: 'x < 2',
      relativeSlack: expect.closeTo(0.005, 12),
    });
  });

  test('relative slack is 0 on the boundary and negative when a hypothesis is broken', () => {
    expect(relativeSlack({ hypothesis: 'η·L < 2', value: 2, relation: '<', bound: 2 })).toBe(0);
    expect(
      relativeSlack({ hypothesis: 'η·L < 2', value: 2.2, relation: '<', bound: 2 }),
    ).toBeCloseTo(-0.1, 12);
    expect(
      relativeSlack({ hypothesis: 'n ≥ 10', value: 15, relation: '≥', bound: 10 }),
    ).toBeCloseTo(0.5, 12);
  });
});
