import { expect, test } from 'vitest';
import { numericLeaves, withLeaves } from './instanceLeaves.ts';

test('numeric leaves are found with their shapes and put back without touching the original', () => {
  const instance = { problem: { spectrum: [1, 2], basisSeed: null }, eta: 0.5, name: 'x' };
  const leaves = numericLeaves(instance);
  expect(leaves.map((l) => l.shape)).toEqual(['problem.spectrum.*', 'problem.spectrum.*', 'eta']);
  const moved = withLeaves(instance, [{ path: ['problem', 'spectrum', 1], value: 3 }]);
  expect(moved).toEqual({ problem: { spectrum: [1, 3], basisSeed: null }, eta: 0.5, name: 'x' });
  expect(instance.problem.spectrum[1]).toBe(2);
});
