/**
 * fast-check arbitraries for quadratic instances. An instance is plain data (JSON-ready) that
 * `materializeQuadratic` turns into a `Quadratic` and a start point; shrinking goes toward one
 * dimension, small eigenvalues, a diagonal matrix and a start at the origin.
 */
import * as fc from 'fast-check';
import type { Quadratic } from '../problems/quadratic.ts';
import { quadratic } from '../problems/quadratic.ts';

export interface QuadraticInstance {
  /** eigenvalues of A; L = max, μ = min */
  readonly spectrum: readonly number[];
  /** start point x₀ in the eigenbasis of A (coordinate i pairs with spectrum[i]) */
  readonly start: readonly number[];
  /** null: A is diagonal; otherwise the seed of a random orthogonal eigenbasis */
  readonly basisSeed: number | null;
}

export interface QuadraticArbitraryOptions {
  readonly maxDimension?: number;
  /** smallest non-zero eigenvalue; 0 itself is also drawn unless `positiveDefinite` */
  readonly minEigenvalue?: number;
  readonly positiveDefinite?: boolean;
  readonly maxEigenvalue?: number;
  /** bound on |x₀ᵢ − x*ᵢ| per coordinate */
  readonly startRadius?: number;
}

export const seedArbitrary = fc.integer({ min: 0, max: 0x7fffffff });

/**
 * A positive double spread evenly in log scale over [min, max]; shrinks toward the value
 * nearest 1 in the range. Plain fc.double reaches 1e-300 and subnormals, which test rounding
 * of the floating-point format, not the theorem.
 */
export function logUniformDouble(min: number, max: number): fc.Arbitrary<number> {
  if (!(min > 0 && max >= min)) {
    throw new RangeError(`logUniformDouble: need 0 < min ≤ max; received min=${min}, max=${max}.`);
  }
  return fc
    .double({ min: Math.log(min), max: Math.log(max), noNaN: true })
    .map((u) => Math.min(max, Math.max(min, Math.exp(u))));
}

/** A signed magnitude in [min, max] log-uniformly, or exactly 0; shrinks toward 0. */
export function signedLogUniform(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.constant(0),
    fc.tuple(fc.boolean(), logUniformDouble(min, max)).map(([negative, m]) => (negative ? -m : m)),
  );
}

export function quadraticInstance(
  options: QuadraticArbitraryOptions = {},
): fc.Arbitrary<QuadraticInstance> {
  const { maxDimension = 8, minEigenvalue = 1e-3, maxEigenvalue = 10, startRadius = 10 } = options;
  const positive = logUniformDouble(minEigenvalue, maxEigenvalue);
  const coordinate = fc.record({
    eigenvalue: options.positiveDefinite ? positive : fc.oneof(fc.constant(0), positive),
    start: signedLogUniform(startRadius * 1e-4, startRadius),
  });
  return fc
    .record({
      coordinates: fc.array(coordinate, { minLength: 1, maxLength: maxDimension }),
      basisSeed: fc.option(seedArbitrary, { nil: null }),
    })
    .map(({ coordinates, basisSeed }) => ({
      spectrum: coordinates.map((c) => c.eigenvalue),
      start: coordinates.map((c) => c.start),
      basisSeed,
    }));
}

export interface MaterializedQuadratic {
  readonly f: Quadratic;
  readonly x0: Float64Array;
}

export function materializeQuadratic(instance: QuadraticInstance): MaterializedQuadratic {
  if (instance.start.length !== instance.spectrum.length) {
    throw new TypeError(
      `materializeQuadratic: start has ${instance.start.length} entries; spectrum has ${instance.spectrum.length}.`,
    );
  }
  const f = quadratic({ spectrum: instance.spectrum, basisSeed: instance.basisSeed });
  return { f, x0: f.fromEigenbasis(Float64Array.from(instance.start)) };
}
