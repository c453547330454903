/**
 * O4 — exact expected excess risk of online mini-batch SGD on Gaussian linear regression, for
 * any per-step schedule (η_t, B_t), plain or normalized, with the risk of the iterate average.
 *
 * Model: x ~ N(0, H), H = diag(λ), y = xᵀθ* + ξ with E ξ = 0, E ξ² = σ² independent of x; each
 * step draws B_t fresh samples, g_t = (1/B_t)Σ_b x_b(x_bᵀθ_t − y_b), θ_{t+1} = θ_t − η_t g_t.
 * With e_t = θ_t − θ*, c_i(t) = E[(e_t)_i²] and S(t) = Σ_j λ_j c_j(t) = E[risk(θ_t)]:
 *
 *   c_i ← (1 − 2ηλ_i + η²(1 + 1/B)λ_i²)·c_i + (η²/B)·λ_i·S + (η²σ²/B)·λ_i
 *
 * because E[g gᵀ | e] = (1 + 1/B)·H e eᵀ H + (eᵀHe + σ²)·H/B (Gaussian fourth moment
 * E[x xᵀ A x xᵀ] = 2HAH + tr(HA)H), whose diagonal needs only c. No approximation: the off-diagonal
 * second moments never enter the risk. B = Infinity gives gradient descent on the population risk.
 *
 *   E‖g_t‖² = (1 + 1/B)·Σ λ_i² c_i  +  (S + σ²)·tr H / B
 *             └──── mean term ────┘    └── noise term ──┘
 * Normalized SGD steps by η_t/√(E‖g_t‖²) (a deterministic stepsize, so the recursion stays exact).
 * `noiseRatio[t]` = noise term / mean term, the noise-dominance ratio of step t.
 *
 * Iterate averaging, θ̄_t = (1/N)Σ_{s=a}^{t} θ_s with N = t − a + 1. Since E[g_k | θ_k] = H e_k,
 *   E[e_u | e_s] = P(s, u)·e_s,   P(s, u) = Π_{k=s}^{u−1}(I − η_k H)   (u ≥ s),
 * so E[e_sᵀ H e_u] = Σ_i λ_i P_i(s, u) c_i(s): diagonals again. Then
 *   E[risk(θ̄_t)] = (1/N²)·Σ_i λ_i [ Σ_{s=a}^{t} c_i(s) + 2 Σ_{a≤s<u≤t} P_i(s, u) c_i(s) ],
 * and the cross sum runs forward in O(1) per coordinate and step with the carry
 *   K_i(a) = 0,  K_i(u+1) = (1 − η_u λ_i)(K_i(u) + c_i(u)),  cross_i(t) = Σ_{u=a}^{t} K_i(u).
 * This holds for any schedule, not only constant η.
 *
 * Cost O(groups) per step (identical eigenvalues collapse, risk/collapsedSpectrum.ts).
 * Reference: the recursion is the one used for the Seesaw analysis, Meterez et al., ICLR 2026
 * (arXiv 2510.14717); we re-derived it from the fourth-moment identity above.
 * Not covered: non-Gaussian x (the tr(HA)H term changes), sampling without replacement.
 */
import type { CollapsedSpectrum } from './collapsedSpectrum.ts';
import { traceOf, validateSpectrum } from './collapsedSpectrum.ts';

export interface SgdRiskOptions {
  readonly spectrum: CollapsedSpectrum;
  /** c_g(0) per group: the group's mean E[(θ₀ − θ*)_i²] */
  readonly initialSecondMoments: readonly number[];
  /** σ², the label-noise variance */
  readonly noiseVariance: number;
  /** η_t: one value for every step, or one per step */
  readonly stepSizes: number | ArrayLike<number>;
  /** B_t ≥ 1 (Infinity allowed): one value for every step, or one per step */
  readonly batchSizes: number | ArrayLike<number>;
  /** number of steps; defaults to the schedule's length */
  readonly numSteps?: number;
  /** normalized SGD: the step is η_t/√(E‖g_t‖²) */
  readonly normalized?: boolean;
  /** average the iterates θ_a, …, θ_t from a = averageFrom on; null for no averaging */
  readonly averageFrom?: number | null;
  /** stop at the first t with E[risk(θ_t)] ≤ stopBelow (later entries of `risk` are NaN) */
  readonly stopBelow?: number;
}

export interface SgdRiskResult {
  /** E[risk(θ_t)] for t = 0..numSteps (Infinity from the first non-finite step on) */
  readonly risk: Float64Array;
  /** E[risk(θ̄_t)] for t = 0..numSteps, NaN for t < averageFrom; null without averaging */
  readonly averagedRisk: Float64Array | null;
  /** the stepsize actually taken at step t (η_t, or η_t/√(E‖g_t‖²) when normalized) */
  readonly effectiveStepSizes: Float64Array;
  /** E‖g_t‖² and its two parts at each step t = 0..numSteps−1 */
  readonly gradNormSq: Float64Array;
  readonly meanTerm: Float64Array;
  readonly noiseTerm: Float64Array;
  /** noise term / mean term (Infinity when the mean term is 0) */
  readonly noiseRatio: Float64Array;
  readonly finalSecondMoments: Float64Array;
  /** first t with a non-finite risk, or null */
  readonly divergedAt: number | null;
  /** the t at which `stopBelow` was reached, or null */
  readonly stoppedAt: number | null;
}

function scheduleLength(schedule: number | ArrayLike<number>): number | null {
  return typeof schedule === 'number' ? null : schedule.length;
}

function valueAt(schedule: number | ArrayLike<number>, t: number): number {
  return typeof schedule === 'number' ? schedule : schedule[t];
}

function resolveNumSteps(options: SgdRiskOptions): number {
  const lengths = [scheduleLength(options.stepSizes), scheduleLength(options.batchSizes)];
  const known = lengths.filter((n): n is number => n !== null);
  const numSteps = options.numSteps ?? (known.length > 0 ? Math.min(...known) : undefined);
  if (numSteps === undefined || !Number.isInteger(numSteps) || numSteps < 0) {
    throw new RangeError(`sgdRisk: numSteps must be an integer ≥ 0; received ${numSteps}.`);
  }
  for (const n of known) {
    if (n < numSteps) {
      throw new RangeError(`sgdRisk: schedule must have ≥ ${numSteps} entries; received ${n}.`);
    }
  }
  return numSteps;
}

function validate(options: SgdRiskOptions, numSteps: number): void {
  const { spectrum, initialSecondMoments, noiseVariance, stepSizes, batchSizes } = options;
  validateSpectrum(spectrum, 'sgdRisk');
  if (initialSecondMoments.length !== spectrum.eigenvalues.length) {
    throw new TypeError(
      `sgdRisk: initialSecondMoments must have ${spectrum.eigenvalues.length} entries; ` +
        `received ${initialSecondMoments.length}.`,
    );
  }
  initialSecondMoments.forEach((c, g) => {
    if (!(c >= 0) || !Number.isFinite(c)) {
      throw new RangeError(`sgdRisk: initialSecondMoments[${g}] must be finite and ≥ 0; received ${c}.`);
    }
  });
  if (!(noiseVariance >= 0) || !Number.isFinite(noiseVariance)) {
    throw new RangeError(`sgdRisk: noiseVariance must be finite and ≥ 0; received ${noiseVariance}.`);
  }
  for (let t = 0; t < numSteps; t++) {
    const eta = valueAt(stepSizes, t);
    const batch = valueAt(batchSizes, t);
    if (!(eta >= 0) || !Number.isFinite(eta)) {
      throw new RangeError(`sgdRisk: stepSizes[${t}] must be finite and ≥ 0; received ${eta}.`);
    }
    if (!(batch >= 1)) {
      throw new RangeError(`sgdRisk: batchSizes[${t}] must be ≥ 1 (Infinity allowed); received ${batch}.`);
    }
  }
  const a = options.averageFrom;
  if (a !== undefined && a !== null && (!Number.isInteger(a) || a < 0 || a > numSteps)) {
    throw new RangeError(`sgdRisk: averageFrom must be an integer in [0, ${numSteps}]; received ${a}.`);
  }
}

/** Run the O4 recursion along a schedule; see the file header for the formulas. */
export function sgdRisk(options: SgdRiskOptions): SgdRiskResult {
  const numSteps = resolveNumSteps(options);
  validate(options, numSteps);
  const { spectrum, noiseVariance, stepSizes, batchSizes, normalized = false } = options;
  const averageFrom = options.averageFrom ?? null;
  const sigma2 = noiseVariance;
  const groups = spectrum.eigenvalues.length;
  const lambda = Float64Array.from(spectrum.eigenvalues);
  const weight = Float64Array.from(spectrum.multiplicities);
  const trace = traceOf(spectrum);
  const c = Float64Array.from(options.initialSecondMoments);

  const risk = new Float64Array(numSteps + 1);
  const effectiveStepSizes = new Float64Array(numSteps);
  const gradNormSq = new Float64Array(numSteps);
  const meanTerm = new Float64Array(numSteps);
  const noiseTerm = new Float64Array(numSteps);
  const noiseRatio = new Float64Array(numSteps);
  const averagedRisk = averageFrom === null ? null : new Float64Array(numSteps + 1).fill(NaN);
  const diagSum = new Float64Array(groups);
  const carry = new Float64Array(groups);
  const crossSum = new Float64Array(groups);
  let divergedAt: number | null = null;
  let stoppedAt: number | null = null;
  const stopBelow = options.stopBelow ?? -Infinity;

  for (let t = 0; ; t++) {
    // S = Σ m λ c and Σ m λ² c at step t
    let S = 0;
    let curvature = 0;
    for (let g = 0; g < groups; g++) {
      const wl = weight[g] * lambda[g] * c[g];
      S += wl;
      curvature += wl * lambda[g];
    }
    if (!Number.isFinite(S)) {
      divergedAt = t;
      risk.fill(Infinity, t);
      averagedRisk?.fill(Infinity, t);
      break;
    }
    risk[t] = S;

    // averaged iterate: fold c(t) into the running sums, then read off E[risk(θ̄_t)]
    if (averagedRisk !== null && averageFrom !== null && t >= averageFrom) {
      let total = 0;
      for (let g = 0; g < groups; g++) {
        diagSum[g] += c[g];
        crossSum[g] += carry[g];
        total += weight[g] * lambda[g] * (diagSum[g] + 2 * crossSum[g]);
      }
      const n = t - averageFrom + 1;
      averagedRisk[t] = total / (n * n);
    }
    if (t === numSteps) break;
    if (S <= stopBelow) {
      stoppedAt = t;
      risk.fill(NaN, t + 1);
      break;
    }

    // gradient second moment and the stepsize taken
    const batch = valueAt(batchSizes, t);
    const invB = 1 / batch;
    const mean = (1 + invB) * curvature;
    const noise = ((S + sigma2) * trace) * invB;
    meanTerm[t] = mean;
    noiseTerm[t] = noise;
    noiseRatio[t] = mean > 0 ? noise / mean : Infinity;
    gradNormSq[t] = mean + noise;
    const base = valueAt(stepSizes, t);
    const eta = normalized ? (mean + noise > 0 ? base / Math.sqrt(mean + noise) : 0) : base;
    effectiveStepSizes[t] = eta;

    // carry of the averaging cross terms: K(t+1) = (1 − ηλ)(K(t) + c(t))
    if (averageFrom !== null && t >= averageFrom) {
      for (let g = 0; g < groups; g++) carry[g] = (1 - eta * lambda[g]) * (carry[g] + c[g]);
    }

    // the O4 update of every second moment
    const eta2B = eta * eta * invB;
    const shared = eta2B * (S + sigma2);
    for (let g = 0; g < groups; g++) {
      const l = lambda[g];
      c[g] = (1 - 2 * eta * l + eta * eta * (1 + invB) * l * l) * c[g] + shared * l;
    }
  }

  return {
    risk,
    averagedRisk,
    effectiveStepSizes,
    gradNormSq,
    meanTerm,
    noiseTerm,
    noiseRatio,
    finalSecondMoments: c,
    divergedAt,
    stoppedAt,
  };
}
