/**
 * logistic/sharpness-at-origin
 *
 * Statement. For the logistic risk, ∇²L(θ) = (1/n)Σℓ''(m_i)z_i z_iᵀ with ℓ'' ≤ ¼ = ℓ''(0), so
 *   S₀ := λ_max(∇²L(0)) = λ_max(XᵀX)/(4n)   and   λ_max(∇²L(θ)) ≤ S₀ for every θ.
 * Hence L is S₀-smooth: η ≤ 2/S₀ gives a monotone loss (descent lemma), and any η > 2/S₀ starts
 * GD above the classical stability threshold (the edge-of-stability regime of Cohen et al.).
 *
 * Source: THEOREMS.md, family 2, "Edge of stability on logistic data" [derived]; the descent lemma
 * (Nesterov, Lectures on Convex Optimization, 2018, Theorem 2.1.5) [recalled]; Cohen, Kaur, Li,
 * Kolter, Talwalkar, "Gradient descent on neural networks typically occurs at the edge of
 * stability", ICLR 2021 (the phenomenon).
 *
 * Hypotheses → generators. O2 data (n ≤ 64, d ≤ 16), η ∈ [0.1, 10⁴], ≤ 2000 steps. S₀ computed
 * twice: the d×d Hessian at 0, and the n×n kernel ZZᵀ/(4n) (same non-zero eigenvalues). Sharpness
 * sampled at 21 iterates of the run.
 *
 * Tolerance. Symmetric eigenvalues of matrices with entries ≤ ¼: EIGEN_TOLERANCE = 1e-12 relative
 * (backward-stable QL: error ≲ d·ε·‖H‖). Monotonicity with the rounding slack of shared.ts.
 *
 * Negative control: "sharpness stays ≤ 2/η in every convergent run" — refuted by any run with
 * η > 2/S₀ that still converges (its sharpness at θ₀ is S₀ > 2/η).
 */
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { allOf, countAtLeast, upperBound } from '../../src/harness/verdict.ts';
import { createMat } from '../../src/linalg/dense.ts';
import { symmetricEigen } from '../../src/linalg/eigen.ts';
import type { ClassificationData } from '../../src/logistic/dataset.ts';
import { sharpness } from '../../src/logistic/hessian.ts';
import { tolerance } from '../../src/numeric/tolerance.ts';
import type { GdInstance } from './shared.ts';
import {
  COLT_2024,
  describeGd,
  gdInstance,
  logLossRounding,
  runGd,
  sharpnessAtOrigin,
} from './shared.ts';

const EIGEN_TOLERANCE = tolerance(1e-12, 1e-15);
const SAMPLES = 20;

/** λ_max(ZZᵀ)/(4n): the kernel form, a second method for S₀. */
export function kernelSharpness(data: ClassificationData): number {
  const { n, d, Z } = data;
  const K = createMat(n, n);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += Z.data[a * d + j] * Z.data[b * d + j];
      K.data[a * n + b] = s / (4 * n);
    }
  }
  const values = symmetricEigen(K).values;
  return values[values.length - 1];
}

function sampledSharpness(instance: GdInstance) {
  const { problem, run, eta } = runGd(instance, { keepIterates: true });
  const iterates = run.iterates as Float64Array[];
  const T = instance.numSteps;
  const samples: { t: number; value: number }[] = [];
  for (let k = 0; k <= SAMPLES; k++) {
    const t = Math.round((k * T) / SAMPLES);
    if (samples.length > 0 && samples[samples.length - 1].t === t) continue;
    samples.push({ t, value: sharpness(problem.data, iterates[t]) });
  }
  return { problem, run, eta, samples };
}

function checkOrigin(instance: GdInstance): Verdict {
  const { problem, run, eta, samples } = sampledSharpness(instance);
  const S0 = sharpnessAtOrigin(problem);
  const kernel = kernelSharpness(problem.data);
  const parts: Verdict[] = [
    upperBound({
      relation: 'λ_max(∇²L(0)) = λ_max(ZZᵀ)/(4n)',
      // |difference| against its allowance, so the ratio reads as a share of the tolerance
      lhs: Math.abs(S0 - kernel),
      rhs: EIGEN_TOLERANCE.rtol * kernel + EIGEN_TOLERANCE.atol,
      tolerance: tolerance(0),
      details: { S0, kernel },
    }),
    ...samples.map((s) =>
      upperBound({
        relation: `λ_max(∇²L(θ_${s.t})) ≤ S₀`,
        lhs: s.value,
        rhs: S0,
        tolerance: EIGEN_TOLERANCE,
        details: { t: s.t, S0 },
      }),
    ),
  ];
  if (eta <= 2 / S0) {
    let increases = 0;
    for (let k = 0; k < instance.numSteps; k++) {
      const slack =
        logLossRounding(instance.data.d, run.thetaNorms[k]) +
        logLossRounding(instance.data.d, run.thetaNorms[k + 1]);
      if (run.logLosses[k + 1] > run.logLosses[k] + slack) increases++;
    }
    parts.push(
      countAtLeast('η ≤ 2/S₀ ⇒ no increase of L (number of increases must be 0)', 0, increases, {
        'η·S₀': eta * S0,
      }),
    );
  }
  return allOf('S₀ = λ_max(XᵀX)/(4n) bounds the sharpness everywhere; η ≤ 2/S₀ ⇒ monotone', parts);
}

function checkSharpnessBelowEdge(instance: GdInstance): Verdict {
  const { run, eta, samples } = sampledSharpness(instance);
  const converged = run.logLosses[instance.numSteps] < run.logLosses[0] - Math.LN2;
  if (!converged) {
    return upperBound({
      relation: 'vacuous: the run did not halve its loss',
      lhs: 0,
      rhs: 1,
      tolerance: tolerance(0),
      details: { vacuous: 'not convergent' },
    });
  }
  const worst = samples.reduce((a, b) => (b.value > a.value ? b : a));
  return upperBound({
    relation: 'max_t λ_max(∇²L(θ_t)) ≤ 2/η in a convergent run',
    lhs: worst.value,
    rhs: 2 / eta,
    tolerance: EIGEN_TOLERANCE,
    details: {
      t: worst.t,
      'ln L(θ_T) − ln L(θ_0)': run.logLosses[instance.numSteps] - run.logLosses[0],
    },
  });
}

export const sharpnessAtOriginTheorem = defineTheorem<GdInstance>({
  theoremId: 'logistic/sharpness-at-origin',
  family: 'logistic',
  title:
    'Sharpness is largest at θ₀ = 0: S₀ = λ_max(XᵀX)/(4n); η ≤ 2/S₀ is monotone, η > 2/S₀ ' +
    'starts unstable',
  mark: 'derived',
  source: { ...COLT_2024, locator: 'edge-of-stability discussion; facts derived in THEOREMS.md' },
  statement:
    'λ_max(∇²L(θ)) ≤ λ_max(∇²L(0)) = λ_max(XᵀX)/(4n) =: S₀; η ≤ 2/S₀ ⇒ L(θ_t) non-increasing',
  fullStatement:
    'For the logistic risk, ∇²L(0) = XᵀX/(4n) and ∇²L(θ) ⪯ ∇²L(0) for all θ (ℓ″ ≤ ¼ = ℓ″(0)); ' +
    'therefore GD with ' +
    'η ≤ 2/S₀ never increases the loss, and with η > 2/S₀ starts above the stability threshold.',
  constants: [
    {
      name: '¼',
      value: 'exact',
      provenance: 'derived',
      why: 'ℓ″(m) = σ(m)σ(−m) ≤ ¼ with equality at m = 0',
    },
  ],
  hypotheses: 'O2 data n ≤ 64, d ≤ 16; η ∈ [0.1, 10⁴]; ≤ 2000 steps; sharpness at 21 iterates.',
  gaps: ['Sharpness between the sampled iterates.'],
  expected: { status: 'holds' },
  arbitrary: gdInstance({ maxSteps: 2000 }),
  check: checkOrigin,
  describe: describeGd,
  numRuns: 20,
  controls: [
    {
      id: 'sharpness-below-edge-when-convergent',
      statement: 'sharpness stays ≤ 2/η in every convergent run',
      arbitrary: gdInstance({ maxSteps: 2000 }),
      check: checkSharpnessBelowEdge,
      describe: describeGd,
      numRuns: 30,
    },
  ],
});
