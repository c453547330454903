/**
 * The check shared by logistic/adaptive-exponential and logistic/adaptive-logistic:
 * GD with the adaptive rule θ_{t+1} = θ_t − η(−ℓ⁻¹)'(L(θ_t))∇L(θ_t) and the averaged iterate
 * θ̄_t = (1/t)Σ_{k<t}θ_k, compared at every t ≤ numSteps with ln L(θ̄_t) ≤ −(η/2)(γ²t − 1).
 */
import type { Verdict } from '../../src/harness/theorem.ts';
import type { MarginLoss } from '../../src/logistic/loss.ts';
import { MACHINE_EPSILON } from '../../src/numeric/tolerance.ts';
import type { GdInstance } from './shared.ts';
import { logLossRounding, runGd, WorstComparison } from './shared.ts';

/** the right side −(η/2)(γ²t − 1) is a product of three rounded factors: 4ε relative */
const RHS_ROUNDING = 4 * MACHINE_EPSILON;

export function checkAdaptiveBound(loss: MarginLoss) {
  return (instance: GdInstance): Verdict => {
    const { run, eta, gamma } = runGd(instance, { rule: 'adaptive', loss, averaged: true });
    const averages = run.averageLogLosses as Float64Array;
    const worst = new WorstComparison();
    let maxNorm = 0;
    for (let t = 1; t <= instance.numSteps; t++) {
      maxNorm = Math.max(maxNorm, run.thetaNorms[t - 1]);
      const rhs = -(eta / 2) * (gamma * gamma * t - 1);
      const slack = logLossRounding(instance.data.d, maxNorm) + RHS_ROUNDING * Math.abs(rhs);
      // both sides are already logarithms: ln L(θ̄_t) against −(η/2)(γ²t − 1)
      worst.consider(averages[t - 1], rhs, slack, () => ({
        t,
        'γ used': gamma,
        'ln L(θ_t) of the last iterate': run.logLosses[t],
        'ln L(θ_1)': run.logLosses[Math.min(1, instance.numSteps)],
      }));
    }
    return worst.verdict('ln L(θ̄_t) ≤ −(η/2)(γ²t − 1) for every t ≤ numSteps');
  };
}
