import { describe, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { materializePerceptronData, perceptronInstance } from '../generators/perceptronData.ts';
import { perceptron } from './perceptron.ts';

describe('perceptron', () => {
  test.prop([perceptronInstance(6, 30)])(
    'converges to a separator with at most (R/γ)² updates; exactly d on the basis instance',
    (instance) => {
      const data = materializePerceptronData(instance);
      const run = perceptron(data.points, data.labels, { order: data.order });
      expect(run.converged).toBe(true);
      expect(run.updates).toBeLessThanOrEqual((data.R / data.gamma) ** 2 * (1 + 1e-12));
      data.points.forEach((x, i) => {
        const margin = x.reduce((s, xj, j) => s + xj * run.w[j], 0);
        expect(data.labels[i] * margin).toBeGreaterThan(0);
      });
      if (instance.kind === 'basis') expect(run.updates).toBe(instance.dimension);
    },
  );

  test('names the bad parameter and value', () => {
    expect(() => perceptron([[1]], [0])).toThrow(/labels\[0\] must be ±1; received 0/);
    expect(() => perceptron([[1], [2]], [1, 1], { order: [[0, 0]] })).toThrow(
      /must be a permutation/,
    );
  });
});
