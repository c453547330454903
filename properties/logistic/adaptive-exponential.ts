/**
 * logistic/adaptive-exponential
 *
 * Statement. ‖x_i‖ ≤ 1, margin γ along a unit θ*, exponential loss ℓ(m) = e^(−m). GD with the
 * adaptive stepsize η/L(θ_t) (= η·(−ℓ⁻¹)'(L), i.e. GD on ln L) from θ₀ = 0, any η > 0. Then for
 * every t ≥ 1 the averaged iterate θ̄_t = (1/t)Σ_{k<t}θ_k satisfies
 *   ln L(θ̄_t) ≤ −(η/2)(γ²t − 1).
 *
 * Source: Zhang, Wu, Lin, Bartlett, "Minimax optimal convergence of gradient descent in logistic
 * regression via large and adaptive stepsizes", arXiv 2504.04105 (ICML 2025 as "Gradient descent
 * converges arbitrarily fast for logistic regression via large and adaptive stepsizes"): the rate
 * exp(−Θ(γ²ηt)) for arbitrarily large η [paper]; this explicit form [derived] (THEOREMS.md):
 * ln L = ln((1/n)Σe^(−m_i)) is convex (log-sum-exp of linear maps) and 1-Lipschitz (its gradient
 * is an average of the z_i), so the averaged subgradient bound gives
 * ln L(θ̄_t) ≤ ln L(u) + ‖u‖²/(2ηt) + η/2 for every u; u = γηt·θ* has ln L(u) ≤ −γ²ηt.
 *
 * Hypotheses → generators. O2 data; η log-uniform in [0.1, 10⁴]; up to 2·10⁴ steps; every t.
 * ln L reaches −10⁶ and below, so the run is in the log domain throughout (O1).
 *
 * Tolerance. ln L(θ̄_t) carries logLossRounding(d, max_k‖θ_k‖) (shared.ts); the right side 4ε.
 *
 * Not covered: θ₀ ≠ 0; the last iterate (only θ̄_t is bounded).
 */
import { defineTheorem } from '../../src/harness/theorem.ts';
import { checkAdaptiveBound } from './adaptive-bound.ts';
import type { GdInstance } from './shared.ts';
import { describeGd, gdInstance, ZHANG_2025 } from './shared.ts';

export const adaptiveExponential = defineTheorem<GdInstance>({
  theoremId: 'logistic/adaptive-exponential',
  family: 'logistic',
  title: 'Adaptive stepsize η/L on the exponential loss: ln L(θ̄_t) ≤ −(η/2)(γ²t − 1)',
  mark: 'derived',
  source: {
    ...ZHANG_2025,
    locator: 'adaptive-stepsize upper bound; explicit exponential-loss form derived in THEOREMS.md',
  },
  statement:
    'exponential loss, θ_{t+1} = θ_t − (η/L)∇L ⇒ ln L(θ̄_t) ≤ −(η/2)(γ²t − 1) for every η, t',
  fullStatement:
    'If ‖x_i‖ ≤ 1 and the data have margin γ, GD on ln L(θ) = ln((1/n)Σe^(−y_i x_iᵀθ)) with ' +
    'step η from θ₀ = 0 ' +
    'satisfies ln L(θ̄_t) ≤ −(η/2)(γ²t − 1) for every η > 0 and t ≥ 1, θ̄_t = (1/t)Σ_{k<t}θ_k.',
  constants: [
    {
      name: '½ and −1',
      value: 'exact',
      provenance: 'derived',
      why: 'u = γηt·θ* in ‖u‖²/(2ηt) + η/2 − γ‖u‖',
    },
  ],
  hypotheses:
    'O2 data, n ∈ [2, 64], d ∈ [2, 16], γ₀ ∈ [0.02, 0.5]; η log-uniform in [0.1, 10⁴]; up to ' +
    '2·10⁴ steps.',
  gaps: ['The last iterate; θ₀ ≠ 0.'],
  expected: { status: 'holds' },
  arbitrary: gdInstance(),
  check: checkAdaptiveBound('exponential'),
  describe: describeGd,
  numRuns: 20,
  controls: [],
});
