/**
 * A diagonal covariance H = diag(λ) stored as distinct eigenvalues with multiplicities.
 *
 * The O4 recursion (risk/sgdRisk.ts) treats two coordinates with the same λ identically, and it
 * is affine in the second moments c_i, so a group of coordinates sharing λ_g evolves exactly like
 * one coordinate carrying the group's MEAN second moment, weighted by its multiplicity m_g in
 *   S = Σ_g m_g λ_g c_g,   tr H = Σ_g m_g λ_g,   Σ_i λ_i² c_i = Σ_g m_g λ_g² c_g.
 * A flat tail of 10⁵ equal eigenvalues therefore costs one coordinate per step.
 */

export interface CollapsedSpectrum {
  /** distinct eigenvalues λ_g ≥ 0 */
  readonly eigenvalues: readonly number[];
  /** how many coordinates share λ_g (normally an integer; any finite value > 0 is accepted) */
  readonly multiplicities: readonly number[];
}

export interface CollapsedStart {
  readonly spectrum: CollapsedSpectrum;
  /** c_g(0): the mean over group g of E[(θ₀ − θ*)_i²] */
  readonly initialSecondMoments: readonly number[];
}

/** Throws unless the spectrum is well formed (finite λ ≥ 0, finite multiplicities > 0). */
export function validateSpectrum(spectrum: CollapsedSpectrum, caller: string): void {
  const { eigenvalues, multiplicities } = spectrum;
  if (eigenvalues.length === 0) {
    throw new TypeError(`${caller}: spectrum.eigenvalues must be non-empty; received [].`);
  }
  if (multiplicities.length !== eigenvalues.length) {
    throw new TypeError(
      `${caller}: spectrum.multiplicities must have ${eigenvalues.length} entries; ` +
        `received ${multiplicities.length}.`,
    );
  }
  eigenvalues.forEach((lambda, g) => {
    if (!(lambda >= 0) || !Number.isFinite(lambda)) {
      throw new RangeError(`${caller}: eigenvalues[${g}] must be finite and ≥ 0; received ${lambda}.`);
    }
  });
  multiplicities.forEach((m, g) => {
    if (!(m > 0) || !Number.isFinite(m)) {
      throw new RangeError(`${caller}: multiplicities[${g}] must be finite and > 0; received ${m}.`);
    }
  });
}

/**
 * Group coordinates with bit-identical eigenvalues; each group's second moment is the mean of
 * its members' (θ₀ − θ*)_i² (or of the given per-coordinate second moments).
 */
export function collapseSpectrum(
  eigenvalues: readonly number[],
  secondMoments: readonly number[],
): CollapsedStart {
  if (secondMoments.length !== eigenvalues.length) {
    throw new TypeError(
      `collapseSpectrum: secondMoments must have ${eigenvalues.length} entries; ` +
        `received ${secondMoments.length}.`,
    );
  }
  const index = new Map<number, number>();
  const values: number[] = [];
  const counts: number[] = [];
  const sums: number[] = [];
  eigenvalues.forEach((lambda, i) => {
    const c = secondMoments[i];
    if (!(c >= 0) || !Number.isFinite(c)) {
      throw new RangeError(`collapseSpectrum: secondMoments[${i}] must be finite and ≥ 0; received ${c}.`);
    }
    let g = index.get(lambda);
    if (g === undefined) {
      g = values.length;
      index.set(lambda, g);
      values.push(lambda);
      counts.push(0);
      sums.push(0);
    }
    counts[g] += 1;
    sums[g] += c;
  });
  const spectrum = { eigenvalues: values, multiplicities: counts };
  validateSpectrum(spectrum, 'collapseSpectrum');
  return { spectrum, initialSecondMoments: sums.map((s, g) => s / counts[g]) };
}

/** tr H = Σ_g m_g λ_g. */
export function traceOf(spectrum: CollapsedSpectrum): number {
  let trace = 0;
  for (let g = 0; g < spectrum.eigenvalues.length; g++) {
    trace += spectrum.multiplicities[g] * spectrum.eigenvalues[g];
  }
  return trace;
}

/** λ₁ = max_g λ_g. */
export function topEigenvalue(spectrum: CollapsedSpectrum): number {
  return Math.max(...spectrum.eigenvalues);
}
