import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { createMat, matVec } from '../linalg/dense.ts';
import { MACHINE_EPSILON } from '../numeric/tolerance.ts';
import { createRng } from '../random/rng.ts';
import { choleskySolve } from './newton.ts';

describe('choleskySolve', () => {
  test.prop([
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 0, max: 1e6 }),
    fc.double({ min: 1e-3, max: 1, noNaN: true }),
  ])('solves H·z = g for H = GᵀG + cI: residual ≤ 1e3·ε·‖H‖·‖z‖', (d, seed, c) => {
    const rng = createRng(seed);
    const G = Array.from({ length: d * d }, () => rng.normal());
    const H = createMat(d, d);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        for (let k = 0; k < d; k++) H.data[i * d + j] += G[k * d + i] * G[k * d + j];
      }
      H.data[i * d + i] += c;
    }
    const g = Array.from({ length: d }, () => rng.normal());
    const z = choleskySolve(H, g);
    const r = matVec(H, z).map((v, i) => v - g[i]);
    const scale = Math.hypot(...H.data) * Math.hypot(...z);
    expect(Math.hypot(...r)).toBeLessThanOrEqual(1e3 * MACHINE_EPSILON * scale);
  });

  test('refuses a matrix that is not positive definite', () => {
    const H = createMat(2, 2);
    H.data.set([1, 2, 2, 1]);
    expect(() => choleskySolve(H, [1, 1])).toThrow(/H must be positive definite; pivot 1/);
  });
});
