/**
 * Shared pieces of the linear-regression properties: an instance with its design seed, its
 * materialisation into (Σ, θ*, X, O3 design), and a readable description for failure messages.
 */
import type { Mat } from '../../src/linalg/dense.ts';
import { sampleDesign } from '../../src/linreg/design.ts';
import type { LinregInstance, LinregProblem } from '../../src/linreg/instance.ts';
import { materializeLinreg } from '../../src/linreg/instance.ts';
import type { Detail } from '../../src/harness/theorem.ts';
import type { SpectralDesign } from '../../src/risk/spectralDesign.ts';
import type { SpectralFilter } from '../../src/risk/filters.ts';
import type { RiskKind } from '../../src/risk/spectralRisk.ts';
import { spectralRisk } from '../../src/risk/spectralRisk.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { upperBound } from '../../src/harness/verdict.ts';
import type { Tolerance } from '../../src/numeric/tolerance.ts';
import { MACHINE_EPSILON, tolerance } from '../../src/numeric/tolerance.ts';
import { spectralDesign } from '../../src/risk/spectralDesign.ts';

export interface Drawn {
  readonly problem: LinregProblem;
  readonly X: Mat;
  readonly design: SpectralDesign;
}

export function drawDesign(instance: LinregInstance, designSeed: number): Drawn {
  const problem = materializeLinreg(instance);
  const X = sampleDesign(problem.spectrum, instance.sampleSize, designSeed);
  return { problem, X, design: spectralDesign(X, problem.spectrum, problem.thetaStar) };
}

export function describeLinreg(instance: LinregInstance): Record<string, Detail> {
  const s = instance.spectrum;
  const spectrum =
    s.kind === 'power'
      ? `λ_i = i^(−${s.exponent}), d = ${s.dimension}`
      : s.kind === 'spiked'
        ? `spikes [1, ${s.spikes.join(', ')}] over ${s.level}, d = ${s.dimension}`
        : `i^(−${s.exponent}) for i ≤ ${s.head}, then ${s.level}, d = ${s.dimension}`;
  const t = instance.theta;
  const theta =
    t.kind === 'e1'
      ? 'e₁'
      : t.kind === 'source'
        ? `source θ*_i²λ_i ∝ i^(−${t.exponent}) (seed ${t.seed})`
        : `random (seed ${t.seed})`;
  return {
    spectrum,
    thetaStar: theta,
    '‖θ*‖_Σ': instance.signal,
    'σ²': instance.noiseVariance,
    n: instance.sampleSize,
  };
}

export interface DominationInput {
  readonly design: SpectralDesign;
  /** the dominating filter (GD or flow) */
  readonly filter: SpectralFilter;
  /** the filter it is compared with (ridge) */
  readonly reference: SpectralFilter;
  /** c with g_filter² ≤ c·g_reference² in every direction */
  readonly constant: number;
  readonly constantName: string;
  /** accuracy of the computed constant */
  readonly constantRtol: number;
  /** rounding of sums of ≤ n + d terms */
  readonly sumTol: Tolerance;
  readonly spectrum: Float64Array;
  readonly signal: number;
  readonly noiseVariance: number;
}

/**
 * Every consequence of per-direction domination, as verdicts: the two per-direction filter
 * inequalities at each eigenvalue of Σ̂; bias ≤ and variance ≤ c· for in-sample and parameter
 * risk; population variance ≤ c·; isotropic-prior population risk ≤ max(1, c)·, where the prior
 * average of the bias is τ²[tr Σ − Σ_k (1 − (1 − g_k)²)M_kk] with τ² = ‖θ*‖²_Σ/tr Σ.
 */
export function filterDomination(input: DominationInput): Verdict[] {
  const { design, filter, reference, constant: c, constantName, constantRtol, sumTol } = input;
  const { spectrum, signal, noiseVariance: sigma2 } = input;
  const verdicts: Verdict[] = [];
  const cTol = tolerance(constantRtol + sumTol.rtol);

  // per direction
  const s = design.eigenvalues;
  for (let k = 0; k < s.length; k++) {
    verdicts.push(
      upperBound({
        relation: `1 − g(s_k) ≤ 1 − g_ridge(s_k) at k = ${k}`,
        lhs: filter.residual(s[k]),
        rhs: reference.residual(s[k]),
        tolerance: tolerance(4 * MACHINE_EPSILON),
        details: { s_k: s[k] },
      }),
      upperBound({
        relation: `g(s_k)² ≤ ${constantName}·g_ridge(s_k)² at k = ${k}`,
        lhs: filter.gain(s[k]) ** 2,
        rhs: c * reference.gain(s[k]) ** 2,
        tolerance: tolerance(constantRtol + 4 * MACHINE_EPSILON),
        details: { s_k: s[k], [constantName]: c },
      }),
    );
  }

  // aggregated risks
  for (const kind of ['in-sample', 'parameter'] as RiskKind[]) {
    const a = spectralRisk(design, filter, sigma2, kind);
    const b = spectralRisk(design, reference, sigma2, kind);
    verdicts.push(
      upperBound({ relation: `${kind} bias ≤ ridge`, lhs: a.bias, rhs: b.bias, tolerance: sumTol }),
      upperBound({
        relation: `${kind} variance ≤ ${constantName}·ridge`,
        lhs: a.variance,
        rhs: c * b.variance,
        tolerance: cTol,
      }),
    );
  }
  verdicts.push(
    upperBound({
      relation: `population variance ≤ ${constantName}·ridge`,
      lhs: spectralRisk(design, filter, sigma2).variance,
      rhs: c * spectralRisk(design, reference, sigma2).variance,
      tolerance: cTol,
    }),
  );

  // isotropic prior
  const trace = spectrum.reduce((acc, v) => acc + v, 0);
  const tau2 = (signal * signal) / trace;
  const priorRisk = (f: SpectralFilter) => {
    const r = s.length;
    let bias = trace;
    for (let k = 0; k < r; k++) bias += (f.residual(s[k]) ** 2 - 1) * design.M.data[k * r + k];
    return tau2 * Math.max(0, bias) + spectralRisk(design, f, sigma2).variance;
  };
  verdicts.push(
    upperBound({
      relation: `isotropic-prior population risk ≤ max(1, ${constantName})·ridge`,
      lhs: priorRisk(filter),
      rhs: Math.max(1, c) * priorRisk(reference),
      tolerance: cTol,
      details: { [constantName]: c },
    }),
  );
  return verdicts;
}
