/**
 * fast-check arbitraries for Gaussian linear-regression problems in collapsed form (O4):
 * a power-law head λ_i = i^(−a), i = 1..h, with start moments c_i(0) = i^(−b), an optional flat
 * tail of M equal eigenvalues carrying trace τ (λ_tail = τ/M, start moment c_tail), and label
 * noise σ². Instances are plain data; `materializeLinear` builds the `LinearProblem`.
 * Shrinking goes toward one head coordinate, a = b = the range's low end, no tail, least noise.
 */
import * as fc from 'fast-check';
import type { LinearProblem } from '../schedules/scheduleRisk.ts';
import { logUniformDouble } from './quadratic.ts';

export interface LinearRegressionInstance {
  readonly headSize: number;
  readonly headDecay: number;
  readonly startDecay: number;
  readonly tail: { readonly multiplicity: number; readonly trace: number; readonly start: number } | null;
  readonly noiseVariance: number;
}

export interface LinearArbitraryOptions {
  readonly maxHead?: number;
  readonly headDecay?: readonly [number, number];
  /** [min, max] of σ², or 0 for noiseless problems */
  readonly noise: readonly [number, number] | 0;
  /** tail ranges, or null for no tail; `optional` lets shrinking drop it */
  readonly tail?: {
    readonly multiplicity: readonly [number, number];
    readonly trace: readonly [number, number];
    readonly optional?: boolean;
  } | null;
}

export function linearRegressionArbitrary(options: LinearArbitraryOptions): fc.Arbitrary<LinearRegressionInstance> {
  const { maxHead = 6, headDecay = [0.5, 2], noise, tail = null } = options;
  const tailArbitrary = tail === null
    ? fc.constant(null)
    : fc.record({
        multiplicity: fc.integer({ min: tail.multiplicity[0], max: tail.multiplicity[1] }),
        trace: logUniformDouble(tail.trace[0], tail.trace[1]),
        start: logUniformDouble(1e-2, 1),
      });
  return fc.record({
    headSize: fc.integer({ min: 1, max: maxHead }),
    headDecay: fc.double({ min: headDecay[0], max: headDecay[1], noNaN: true }),
    startDecay: fc.double({ min: 0, max: 2, noNaN: true }),
    tail: tail?.optional ? fc.option(tailArbitrary, { nil: null }) : tailArbitrary,
    noiseVariance: noise === 0 ? fc.constant(0) : logUniformDouble(noise[0], noise[1]),
  });
}

export function materializeLinear(instance: LinearRegressionInstance): LinearProblem {
  const eigenvalues: number[] = [];
  const multiplicities: number[] = [];
  const initialSecondMoments: number[] = [];
  for (let i = 1; i <= instance.headSize; i++) {
    eigenvalues.push(i ** -instance.headDecay);
    multiplicities.push(1);
    initialSecondMoments.push(i ** -instance.startDecay);
  }
  if (instance.tail !== null) {
    eigenvalues.push(instance.tail.trace / instance.tail.multiplicity);
    multiplicities.push(instance.tail.multiplicity);
    initialSecondMoments.push(instance.tail.start);
  }
  return {
    spectrum: { eigenvalues, multiplicities },
    initialSecondMoments,
    noiseVariance: instance.noiseVariance,
  };
}

/** r₀(H) = tr H/λ₁ and the initial risk, for descriptions. */
export function describeLinear(instance: LinearRegressionInstance): Record<string, number | string> {
  const p = materializeLinear(instance);
  const { eigenvalues, multiplicities } = p.spectrum;
  const trace = eigenvalues.reduce((s, l, g) => s + multiplicities[g] * l, 0);
  const initialRisk = eigenvalues.reduce((s, l, g) => s + multiplicities[g] * l * p.initialSecondMoments[g], 0);
  return {
    spectrum: `head i^(−${instance.headDecay.toPrecision(3)}), i ≤ ${instance.headSize}` +
      (instance.tail ? `; tail ${instance.tail.multiplicity} × ${(instance.tail.trace / instance.tail.multiplicity).toPrecision(3)}` : ''),
    'r₀ = tr H/λ₁': trace / Math.max(...eigenvalues),
    'σ²': instance.noiseVariance,
    'E risk(θ₀)': initialRisk,
  };
}
