/**
 * The phase quantities of large-stepsize GD on separable logistic data [derived, THEOREMS.md
 * family 2], with q := γ²ηt and c := 1 − √e/4:
 *
 *   τ̂ = first s with ηL(θ_s) ≤ ½ and L(θ_s) ≤ ln2/n          (read off a run)
 *   t* = first t with q ≥ 1 and (η + 2 ln q + √2)/(ηγ²t) ≤ min(ln2/(2n), 1/(4η))   (a formula)
 *
 * Why τ̂ ≤ t*: min_{k<t} G(θ_k) ≤ (η + 2 ln q + √2)/(ηγ²t) (the iterate-norm bound); G ≤ ln2/(2n)
 * forces every margin positive, where ℓ ≤ 2|ℓ'|, so L ≤ 2G ≤ ln2/n and ηL ≤ 2ηG ≤ ½.
 * t* depends only on (n, γ, η), so generators can select instances by it before any data exist.
 */

/** c = 1 − √e/4 ≈ 0.5878, the descent factor of the stable phase. */
export const STABLE_PHASE_C = 1 - Math.sqrt(Math.E) / 4;

/** the G-bound (η + 2 ln q + √2)/(ηγ²t), q = γ²ηt */
export function gradientBound(gamma: number, eta: number, t: number): number {
  const q = gamma * gamma * eta * t;
  return (eta + 2 * Math.log(q) + Math.SQRT2) / (eta * gamma * gamma * t);
}

/** t* (Infinity when beyond `limit`). */
export function transitionBound(n: number, gamma: number, eta: number, limit = 1e9): number {
  const b = gamma * gamma * eta;
  const target = Math.min(Math.LN2 / (2 * n), 1 / (4 * eta));
  const holds = (t: number) => b * t >= 1 && gradientBound(gamma, eta, t) <= target;

  // g(q) = (A + 2 ln q)/q rises until ln q = (2 − A)/2, then falls (A = η + √2): scan the rise
  const tMin = Math.max(1, Math.ceil(1 / b));
  const tPeak = Math.max(tMin, Math.ceil(Math.exp(Math.max(0, (2 - eta - Math.SQRT2) / 2)) / b));
  for (let t = tMin; t <= tPeak; t++) if (holds(t)) return t;

  // on the falling part the condition is monotone: double, then bisect
  let hi = tPeak;
  while (!holds(hi)) {
    hi *= 2;
    if (hi > limit) return Infinity;
  }
  let lo = tPeak;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (holds(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** τ̂ from a run's ln L(θ_t); −1 when no step of the run qualifies. */
export function firstStableStep(logLosses: ArrayLike<number>, eta: number, n: number): number {
  const logHalfOverEta = Math.log(0.5 / eta);
  const logThreshold = Math.log(Math.LN2 / n);
  for (let s = 0; s < logLosses.length; s++) {
    if (logLosses[s] <= logHalfOverEta && logLosses[s] <= logThreshold) return s;
  }
  return -1;
}
