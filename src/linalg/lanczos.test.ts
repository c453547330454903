import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { seedArbitrary } from '../generators/quadratic.ts';
import { createRng } from '../random/rng.ts';
import { normalMatrix } from '../random/sampling.ts';
import { isBelow, isClose, tolerance } from '../numeric/tolerance.ts';
import { createMat, matVec } from './dense.ts';
import { symmetricEigen } from './eigen.ts';
import { lanczosTopEigen } from './lanczos.ts';

/** A symmetric d×d matrix ½(G + Gᵀ) with Gaussian G. */
function randomSymmetric(seed: number, d: number) {
  const G = normalMatrix(createRng(seed), d, d);
  const A = createMat(d, d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) A.data[i * d + j] = 0.5 * (G.data[i * d + j] + G.data[j * d + i]);
  }
  return A;
}

/**
 * With d iterations Lanczos spans the whole space, so θ is λ_max up to rounding: a few hundred
 * ε times ‖A‖ for d ≤ 12 (Householder–QL on T and on A each contribute O(d·ε‖A‖)).
 */
const FULL_RUN_TOLERANCE = 1e-11;

describe('lanczosTopEigen', () => {
  test.prop([seedArbitrary, fc.integer({ min: 1, max: 12 })])(
    'run to d iterations, θ = λ_max of the dense eigendecomposition',
    (seed, d) => {
      const A = randomSymmetric(seed, d);
      const exact = symmetricEigen(A).values;
      const scale = Math.max(...exact.map(Math.abs));
      const result = lanczosTopEigen((v) => matVec(A, v), d, { seed, relTolerance: 0 });
      expect(isClose(result.value, exact[d - 1], tolerance(0, FULL_RUN_TOLERANCE * scale))).toBe(
        true,
      );
    },
  );

  test.prop([seedArbitrary, fc.integer({ min: 2, max: 30 })])(
    'θ ≤ λ_max, and an eigenvalue lies within the residual bound of θ',
    (seed, d) => {
      const A = randomSymmetric(seed, d);
      const exact = symmetricEigen(A).values;
      const scale = Math.max(...exact.map(Math.abs));
      const result = lanczosTopEigen((v) => matVec(A, v), d, { seed, maxIterations: 5 });
      const slack = tolerance(0, FULL_RUN_TOLERANCE * scale);
      expect(isBelow(result.value, exact[d - 1], slack)).toBe(true);
      const nearest = Math.min(...exact.map((e) => Math.abs(e - result.value)));
      expect(isBelow(nearest, result.residual, slack)).toBe(true);
    },
  );

  test('finds the algebraically largest eigenvalue, not the largest in modulus', () => {
    const A = createMat(3, 3);
    A.data.set([1, 0, 0, 0, -5, 0, 0, 0, 0.5]);
    const result = lanczosTopEigen((v) => matVec(A, v), 3, { seed: 4 });
    expect(result.value).toBeCloseTo(1, 12);
  });
});
