import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isClose, tolerance } from '../numeric/tolerance.ts';
import { chebyshevDataset, chebyshevT, randomLabelTask } from './tasks.ts';

/** T_k(cos t) = cos(kt); the recurrence loses about k·ε per degree, so 1e-12 for k ≤ 12. */
const CHEBYSHEV_TOLERANCE = 1e-12;

describe('chebyshevT and the datasets', () => {
  test.prop([fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: Math.PI, noNaN: true })])(
    'T_k(cos t) = cos(k t)',
    (k, t) => {
      expect(
        isClose(chebyshevT(k, Math.cos(t)), Math.cos(k * t), tolerance(0, CHEBYSHEV_TOLERANCE)),
      ).toBe(true);
    },
  );

  test('the Chebyshev dataset is T₄ on evenly spaced points of [−1, 1] (designed input)', () => {
    const { inputs, targets } = chebyshevDataset(4, 3);
    expect(Array.from(inputs.data)).toEqual([-1, 0, 1]);
    expect(Array.from(targets.data)).toEqual([1, 1, 1]); // T₄(x) = 8x⁴ − 8x² + 1
  });

  test('random-label tasks are a pure function of the seed, with one-hot labels', () => {
    const options = { numTrain: 30, numTest: 10, inputDim: 3, numClasses: 4, seed: 9 };
    const a = randomLabelTask(options);
    expect(JSON.stringify(randomLabelTask(options))).toBe(JSON.stringify(a));
    for (let i = 0; i < 30; i++) {
      const row = Array.from(a.train.targets.data.subarray(i * 4, i * 4 + 4));
      expect(row.filter((v) => v === 1)).toHaveLength(1);
      expect(row.reduce((s, v) => s + v, 0)).toBe(1);
    }
  });
});
