import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { binomialAcceptanceRegion } from './binomialRegion.ts';
import { binomialUpperTail } from './statistics.ts';

describe('binomialAcceptanceRegion', () => {
  test.prop([
    fc.integer({ min: 1, max: 300 }),
    fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    fc.constantFrom(1e-1, 1e-3, 1e-6),
  ])('each tail outside is ≤ α/2, and moving either end inward breaks that', (m, p, alpha) => {
    const [low, high] = binomialAcceptanceRegion(m, p, alpha);
    const below = (k: number) => 1 - binomialUpperTail(k, m, p); // P[X < k]
    const above = (k: number) => binomialUpperTail(k + 1, m, p); // P[X > k]
    expect(low).toBeLessThanOrEqual(high);
    expect(below(low)).toBeLessThanOrEqual(alpha / 2);
    expect(above(high)).toBeLessThanOrEqual(alpha / 2);
    if (low < m) expect(below(low + 1)).toBeGreaterThan(alpha / 2);
    if (high > 0) expect(above(high - 1)).toBeGreaterThan(alpha / 2);
  });

  test('Bin(2000, ¼) at α = 1e-6 accepts 407 … 597 (designed input)', () => {
    expect(binomialAcceptanceRegion(2000, 0.25, 1e-6)).toEqual([407, 597]);
  });
});
