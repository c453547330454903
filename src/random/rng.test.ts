import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import * as fc from 'fast-check';
import { createRng } from './rng.ts';
import { orthogonalMatrix, pointInBall, unitVector } from './sampling.ts';
import { MACHINE_EPSILON } from '../numeric/tolerance.ts';

const seed = fc.integer({ min: 0, max: 0x7fffffff });

describe('createRng', () => {
  test.prop([seed])('the same seed gives the same stream, bit for bit', (s) => {
    const a = createRng(s);
    const b = createRng(s);
    for (let i = 0; i < 50; i++) {
      expect(a.uniform()).toBe(b.uniform());
      expect(a.normal()).toBe(b.normal());
    }
  });

  test.prop([seed])('forks are reproducible and do not depend on draws made before', (s) => {
    const a = createRng(s);
    a.uniform();
    const b = createRng(s);
    expect(a.fork('x').uniform()).toBe(b.fork('x').uniform());
    expect(a.fork('x').uniform()).not.toBe(a.fork('y').uniform());
  });

  // 20 000 normals: the sample mean has sd 1/√20000 ≈ 0.00707, the sample variance sd ≈
  // √(2/20000) ≈ 0.01. Bounds at 5 sd: false-alarm probability < 2·3e-7 per check, and the
  // seed is fixed, so the test is deterministic; the bound only says the fixed seed is typical.
  test('normals have mean 0 and variance 1 (5-sigma bounds)', () => {
    const rng = createRng(12345);
    const n = 20000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      sum += z;
      sumSq += z * z;
    }
    const mean = sum / n;
    expect(Math.abs(mean)).toBeLessThan(5 * Math.sqrt(1 / n));
    expect(Math.abs(sumSq / n - mean * mean - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
  });

  test('rejects a non-integer seed, naming the value', () => {
    expect(() => createRng(1.5)).toThrow(/seed must be a safe integer; received 1.5/);
  });
});

describe('sampling', () => {
  test('refuses a fractional or empty dimension instead of looping', () => {
    expect(() => unitVector(createRng(1), 2.5)).toThrow(
      /dimension must be an integer ≥ 1; received 2.5/,
    );
    expect(() => unitVector(createRng(1), 0)).toThrow(/received 0/);
  });

  // Gram–Schmidt applied twice keeps orthogonality at a few ε per entry; 16·d·ε bounds it.
  test.prop([seed, fc.integer({ min: 1, max: 12 })])('orthogonalMatrix has QᵀQ = I', (s, d) => {
    const Q = orthogonalMatrix(createRng(s), d);
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < d; k++) {
        let dotJK = 0;
        for (let i = 0; i < d; i++) dotJK += Q.data[i * d + j] * Q.data[i * d + k];
        expect(Math.abs(dotJK - (j === k ? 1 : 0))).toBeLessThanOrEqual(16 * d * MACHINE_EPSILON);
      }
    }
  });

  test.prop([seed, fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.1, max: 10, noNaN: true })])(
    'pointInBall stays inside the ball',
    (s, d, r) => {
      const x = pointInBall(createRng(s), d, r);
      expect(Math.hypot(...x)).toBeLessThanOrEqual(r * (1 + 4 * MACHINE_EPSILON));
    },
  );
});
