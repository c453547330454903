/**
 * Gaussian linear-regression instances as plain data, and their materialisation.
 *
 *   x ~ N(0, Σ),  Σ = diag(λ₁ ≥ λ₂ ≥ … ≥ λ_d),  λ₁ = 1,   y = xᵀθ* + N(0, σ²)
 *
 * Gaussian design is rotation invariant, so a diagonal Σ loses nothing (THEOREMS.md, O3).
 * Spectra: power law λ_i = i^(−a); spiked + isotropic (a few spikes over a flat level); power
 * law + flat tail. θ*: the head direction e₁, a source condition θ*_i²λ_i ∝ i^(−b) with seeded
 * signs, or a seeded random direction; θ* is scaled so that ‖θ*‖_Σ = signal.
 */
import { createRng } from '../random/rng.ts';

export type SpectrumSpec =
  | { readonly kind: 'power'; readonly exponent: number; readonly dimension: number }
  | {
      readonly kind: 'spiked';
      /** spike eigenvalues after λ₁ = 1 (each in (level, 1]) */
      readonly spikes: readonly number[];
      readonly level: number;
      readonly dimension: number;
    }
  | {
      readonly kind: 'power-flat';
      readonly exponent: number;
      /** number of power-law eigenvalues before the flat tail */
      readonly head: number;
      readonly level: number;
      readonly dimension: number;
    };

export type ThetaSpec =
  | { readonly kind: 'e1' }
  | { readonly kind: 'source'; readonly exponent: number; readonly seed: number }
  | { readonly kind: 'random'; readonly seed: number };

export interface LinregInstance {
  readonly spectrum: SpectrumSpec;
  readonly theta: ThetaSpec;
  /** ‖θ*‖_Σ */
  readonly signal: number;
  /** σ² */
  readonly noiseVariance: number;
  readonly sampleSize: number;
}

export interface LinregProblem {
  /** eigenvalues of Σ, non-increasing, first entry 1 */
  readonly spectrum: Float64Array;
  readonly thetaStar: Float64Array;
  readonly noiseVariance: number;
}

export function spectrumOf(spec: SpectrumSpec): Float64Array {
  const d = spec.dimension;
  if (!Number.isInteger(d) || d < 1) {
    throw new RangeError(`spectrumOf: dimension must be an integer ≥ 1; received ${d}.`);
  }
  const lambda = new Float64Array(d);
  if (spec.kind === 'power') {
    for (let i = 0; i < d; i++) lambda[i] = Math.pow(i + 1, -spec.exponent);
  } else if (spec.kind === 'spiked') {
    for (let i = 0; i < d; i++) {
      lambda[i] = i === 0 ? 1 : i <= spec.spikes.length ? spec.spikes[i - 1] : spec.level;
    }
  } else {
    for (let i = 0; i < d; i++) {
      lambda[i] = i < spec.head ? Math.pow(i + 1, -spec.exponent) : spec.level;
    }
  }
  // sort non-increasing (spikes may come in any order)
  return lambda.sort().reverse();
}

export function thetaStarOf(spec: ThetaSpec, spectrum: Float64Array, signal: number): Float64Array {
  const d = spectrum.length;
  const theta = new Float64Array(d);
  if (spec.kind === 'e1') {
    theta[0] = 1;
  } else if (spec.kind === 'source') {
    // θ*_i² λ_i ∝ i^(−b), random signs
    const rng = createRng(spec.seed);
    for (let i = 0; i < d; i++) {
      const sign = rng.uniform() < 0.5 ? -1 : 1;
      theta[i] = sign * Math.sqrt(Math.pow(i + 1, -spec.exponent) / spectrum[i]);
    }
  } else {
    const rng = createRng(spec.seed);
    for (let i = 0; i < d; i++) theta[i] = rng.normal();
  }

  // scale to ‖θ*‖_Σ = signal
  let normSq = 0;
  for (let i = 0; i < d; i++) normSq += spectrum[i] * theta[i] * theta[i];
  const factor = signal / Math.sqrt(normSq);
  for (let i = 0; i < d; i++) theta[i] *= factor;
  return theta;
}

export function materializeLinreg(instance: LinregInstance): LinregProblem {
  if (!(instance.signal > 0) || !Number.isFinite(instance.signal)) {
    throw new RangeError(
      `materializeLinreg: signal must be finite and > 0; received ${instance.signal}.`,
    );
  }
  if (!(instance.noiseVariance >= 0) || !Number.isFinite(instance.noiseVariance)) {
    throw new RangeError(
      `materializeLinreg: noiseVariance must be finite and ≥ 0; received ${instance.noiseVariance}.`,
    );
  }
  const spectrum = spectrumOf(instance.spectrum);
  return {
    spectrum,
    thetaStar: thetaStarOf(instance.theta, spectrum, instance.signal),
    noiseVariance: instance.noiseVariance,
  };
}
