/**
 * Diagonal quadratics with small integer eigenvalues and starts, for negative controls: a
 * continuous generator shrinks a false claim onto its boundary lhs = rhs, where the witness
 * fails only by rounding; on an integer grid the shrunk witness is readable (diag(1, 2),
 * x₀ = e₁) and fails by a visible margin.
 */
import * as fc from 'fast-check';
import type { QuadraticInstance } from './quadratic.ts';

export interface IntegerQuadraticOptions {
  /** smallest eigenvalue (0 allows flat directions), default 0 */
  readonly minEigenvalue?: number;
  /** default 10 */
  readonly maxEigenvalue?: number;
  /** default 4 */
  readonly maxDimension?: number;
}

export function integerQuadraticInstance(
  options: IntegerQuadraticOptions = {},
): fc.Arbitrary<QuadraticInstance> {
  const { minEigenvalue = 0, maxEigenvalue = 10, maxDimension = 4 } = options;
  const coordinate = fc.record({
    eigenvalue: fc.integer({ min: minEigenvalue, max: maxEigenvalue }),
    start: fc.integer({ min: -3, max: 3 }),
  });
  return fc
    .array(coordinate, { minLength: 1, maxLength: maxDimension })
    .map((cs) => ({
      spectrum: cs.map((c) => c.eigenvalue),
      start: cs.map((c) => c.start),
      basisSeed: null,
    }))
    .filter((q) => q.start.some((c, i) => c !== 0 && q.spectrum[i] > 0));
}
