/**
 * Spectral filters g(s) of linear estimators θ̂ = ψ(Σ̂)Xᵀy/n with ψ(s) = g(s)/s, and their
 * complements 1 − g(s), both computed without cancellation.
 *
 *   ridge λ           g = s/(s + λ)              1 − g = λ/(s + λ)
 *   GD, t steps, η    g = 1 − (1 − ηs)^t         1 − g = exp(t·log1p(−ηs))
 *   gradient flow t   g = 1 − e^(−ts)            1 − g = e^(−ts)
 *   min-norm / OLS    g = 1                      1 − g = 0
 *
 * Reference: THEOREMS.md, oracle O3; Ali, Kolter, Tibshirani, AISTATS 2019 (the flow filter).
 * GD is defined for real t ≥ 0 as well (the formula), so tuning may search t continuously;
 * it requires 0 ≤ ηs ≤ 1 (checked where the filter is evaluated: ηs > 1 would oscillate).
 */
export interface SpectralFilter {
  readonly name: string;
  /** g(s) */
  readonly gain: (s: number) => number;
  /** 1 − g(s), accurate when g ≈ 1 */
  readonly residual: (s: number) => number;
}

export function ridgeFilter(lambda: number): SpectralFilter {
  if (!(lambda >= 0) || !Number.isFinite(lambda)) {
    throw new RangeError(`ridgeFilter: lambda must be finite and ≥ 0; received ${lambda}.`);
  }
  return {
    name: `ridge(λ=${lambda})`,
    gain: (s) => s / (s + lambda),
    residual: (s) => lambda / (s + lambda),
  };
}

export function gdFilter(stepSize: number, numSteps: number): SpectralFilter {
  if (!(stepSize > 0) || !Number.isFinite(stepSize)) {
    throw new RangeError(`gdFilter: stepSize must be finite and > 0; received ${stepSize}.`);
  }
  if (!(numSteps >= 0) || !Number.isFinite(numSteps)) {
    throw new RangeError(`gdFilter: numSteps must be finite and ≥ 0; received ${numSteps}.`);
  }
  const eta = stepSize;
  // t·log(1 − ηs), the log of 1 − g; −∞ when ηs = 1 and t > 0
  const logResidual = (s: number) => {
    const x = eta * s;
    if (x > 1 + 1e-12) {
      throw new RangeError(`gdFilter: needs η·s ≤ 1 for every eigenvalue; received η·s = ${x}.`);
    }
    if (numSteps === 0) return 0;
    return x >= 1 ? -Infinity : numSteps * Math.log1p(-x);
  };
  return {
    name: `GD(η=${eta}, t=${numSteps})`,
    gain: (s) => -Math.expm1(logResidual(s)),
    residual: (s) => Math.exp(logResidual(s)),
  };
}

export function flowFilter(time: number): SpectralFilter {
  if (!(time >= 0) || !Number.isFinite(time)) {
    throw new RangeError(`flowFilter: time must be finite and ≥ 0; received ${time}.`);
  }
  return {
    name: `flow(t=${time})`,
    gain: (s) => -Math.expm1(-time * s),
    residual: (s) => Math.exp(-time * s),
  };
}

export const minNormFilter: SpectralFilter = {
  name: 'min-norm',
  gain: () => 1,
  residual: () => 0,
};
