/**
 * Analytic risk expressions for ridge and the min-norm interpolator in terms of the spectrum.
 *
 * Effective ranks (Bartlett, Long, Lugosi, Tsigler, PNAS 2020):
 *   r_k = Σ_{i>k} λ_i / λ_{k+1},   R_k = (Σ_{i>k} λ_i)² / Σ_{i>k} λ_i²
 * Benign overfitting (min-norm, BLLT Theorem 1 form):
 *   k* = min{k : r_k ≥ b·n},   variance/σ² ≍ k* / n + n/R_{k*}
 * Ridge (Tsigler & Bartlett, JMLR 2023, main bounds), penalty λ on (1/n)‖Xθ − y‖²-scale:
 *   k* = min{k : λ + (1/n)Σ_{i>k} λ_i ≥ b·λ_{k+1}},  λ̃ = λ + (1/n)Σ_{i>k*} λ_i
 *   Var  ≍ σ²(k* / n + Σ_{i>k*} λ_i² / (n λ̃²))
 *   Bias ≍ ‖θ*_{>k*}‖²_Σ + λ̃²·‖θ*_{≤k*}‖²_{Σ⁻¹}
 * The forms are [recalled]/[restated] (THEOREMS.md); the constants hidden in ≍ are calibrated by
 * the properties, never here. `implicitRegularization: false` drops the tail's contribution
 * (λ̃ → λ) for the negative control. Spectrum must be non-increasing and positive.
 */
export interface TsiglerBartlett {
  readonly kStar: number;
  readonly lambdaTilde: number;
  readonly variance: number;
  readonly bias: number;
}

function tailSums(spectrum: ArrayLike<number>) {
  const d = spectrum.length;
  // tail[k] = Σ_{i>k} λ_i (1-based i), i.e. Σ_{j≥k} spectrum[j]
  const tail = new Float64Array(d + 1);
  const tailSq = new Float64Array(d + 1);
  for (let j = d - 1; j >= 0; j--) {
    tail[j] = tail[j + 1] + spectrum[j];
    tailSq[j] = tailSq[j + 1] + spectrum[j] * spectrum[j];
  }
  return { tail, tailSq };
}

function checkSpectrum(name: string, spectrum: ArrayLike<number>): void {
  for (let j = 0; j < spectrum.length; j++) {
    if (!(spectrum[j] > 0) || (j > 0 && spectrum[j] > spectrum[j - 1])) {
      throw new RangeError(
        `${name}: spectrum must be positive and non-increasing; entry ${j} is ${spectrum[j]}.`,
      );
    }
  }
}

export function tsiglerBartlett(
  spectrum: ArrayLike<number>,
  thetaStar: ArrayLike<number>,
  options: {
    lambda: number;
    sampleSize: number;
    noiseVariance: number;
    b?: number;
    implicitRegularization?: boolean;
  },
): TsiglerBartlett {
  const { lambda, sampleSize: n, noiseVariance, b = 1, implicitRegularization = true } = options;
  checkSpectrum('tsiglerBartlett', spectrum);
  if (!(lambda >= 0)) {
    throw new RangeError(`tsiglerBartlett: lambda must be ≥ 0; received ${lambda}.`);
  }
  const d = spectrum.length;
  const { tail, tailSq } = tailSums(spectrum);

  // k*: the first k with λ + (1/n)Σ_{i>k} λ_i ≥ b·λ_{k+1} (d when none)
  let kStar = d;
  for (let k = 0; k < d; k++) {
    if (lambda + tail[k] / n >= b * spectrum[k]) {
      kStar = k;
      break;
    }
  }
  const lambdaTilde = implicitRegularization ? lambda + tail[kStar] / n : lambda;
  const variance = noiseVariance * (kStar / n + tailSq[kStar] / (n * lambdaTilde * lambdaTilde));
  let head = 0;
  let tailBias = 0;
  for (let j = 0; j < d; j++) {
    if (j < kStar) head += (thetaStar[j] * thetaStar[j]) / spectrum[j];
    else tailBias += spectrum[j] * thetaStar[j] * thetaStar[j];
  }
  return { kStar, lambdaTilde, variance, bias: tailBias + lambdaTilde * lambdaTilde * head };
}

export interface BenignOverfitting {
  readonly kStar: number;
  readonly rk: number;
  readonly Rk: number;
  /** k* / n + n/R_{k*} (variance/σ²) */
  readonly variance: number;
}

export function benignOverfitting(
  spectrum: ArrayLike<number>,
  sampleSize: number,
  b = 1,
): BenignOverfitting {
  checkSpectrum('benignOverfitting', spectrum);
  const d = spectrum.length;
  const n = sampleSize;
  const { tail, tailSq } = tailSums(spectrum);
  let kStar = d;
  for (let k = 0; k < d; k++) {
    if (tail[k] / spectrum[k] >= b * n) {
      kStar = k;
      break;
    }
  }
  const rk = kStar < d ? tail[kStar] / spectrum[kStar] : 0;
  const Rk = kStar < d ? (tail[kStar] * tail[kStar]) / tailSq[kStar] : 0;
  return { kStar, rk, Rk, variance: kStar < d ? kStar / n + n / Rk : Infinity };
}

export interface ZouBound {
  readonly kStar: number;
  readonly effectiveBias: number;
  readonly effectiveVariance: number;
  /** 2·EffBias + 2·EffVar, in the paper's units (excess risk ½‖θ − θ*‖²_H) */
  readonly bound: number;
}

/**
 * Zou, Wu, Braverman, Gu, Kakade, "Benign overfitting of constant-stepsize SGD for linear
 * regression", COLT 2021, Theorem 2.1 (upper bound) [recalled], for the average of θ₀ … θ_{N−1}
 * of constant-stepsize online SGD from θ₀ = 0, with fourth-moment constant α (3 for Gaussian x)
 * and γ < 1/(α tr H):
 *   k* = max{k : λ_k ≥ 1/(Nγ)}
 *   EffBias = ‖θ*‖²_{H⁻¹, ≤k*} / (γ²N²) + ‖θ*‖²_{H, >k*}
 *   EffVar  = [2α(‖θ*‖²_{≤k* } + Nγ‖θ*‖²_{H, >k*})/(Nγ(1 − γα tr H)) + σ²/(1 − γα tr H)]
 *             · (k* / N + Nγ²Σ_{i>k*}λ_i²)
 * The paper's excess risk is ½‖θ̄ − θ*‖²_H; callers comparing with ‖·‖²_H double the bound.
 */
export function zouAveragedSgdBound(
  spectrum: ArrayLike<number>,
  thetaStar: ArrayLike<number>,
  options: { stepSize: number; numSteps: number; noiseVariance: number; alpha?: number },
): ZouBound {
  const { stepSize: gamma, numSteps: N, noiseVariance, alpha = 3 } = options;
  let trace = 0;
  for (let i = 0; i < spectrum.length; i++) trace += spectrum[i];
  const contraction = 1 - gamma * alpha * trace;
  if (!(gamma > 0) || !(contraction > 0)) {
    throw new RangeError(
      `zouAveragedSgdBound: stepSize must be in (0, 1/(α tr H)); received ${gamma}.`,
    );
  }
  const threshold = 1 / (N * gamma);
  let kStar = 0;
  let headInv = 0;
  let headEuclid = 0;
  let tailH = 0;
  let tailSq = 0;
  for (let i = 0; i < spectrum.length; i++) {
    const l = spectrum[i];
    const t2 = thetaStar[i] * thetaStar[i];
    if (l >= threshold) {
      kStar++;
      headInv += t2 / l;
      headEuclid += t2;
    } else {
      tailH += l * t2;
      tailSq += l * l;
    }
  }
  const effectiveBias = headInv / (gamma * gamma * N * N) + tailH;
  const multiplicative = (2 * alpha * (headEuclid + N * gamma * tailH)) / (N * gamma * contraction);
  const effectiveVariance =
    (multiplicative + noiseVariance / contraction) * (kStar / N + N * gamma * gamma * tailSq);
  const bound = 2 * effectiveBias + 2 * effectiveVariance;
  return { kStar, effectiveBias, effectiveVariance, bound };
}
