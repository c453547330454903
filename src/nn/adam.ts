/**
 * Adam, one step at a time, on a flat parameter vector:
 *
 *   m_t = β₁ m_{t−1} + (1 − β₁) g_t,      v_t = β₂ v_{t−1} + (1 − β₂) g_t²
 *   θ_t = θ_{t−1} − α · m̂_t / (√v̂_t + ε),   m̂_t = m_t/(1 − β₁ᵗ),  v̂_t = v_t/(1 − β₂ᵗ)
 *
 * Reference: D. P. Kingma, J. Ba, "Adam: A method for stochastic optimization", ICLR 2015,
 * Algorithm 1 (arXiv:1412.6980). The defaults are the paper's. Decoupled weight decay (AdamW)
 * is not included.
 */

export interface AdamOptions {
  /** α, default 1e-3 */
  readonly learningRate?: number;
  /** β₁, default 0.9 */
  readonly beta1?: number;
  /** β₂, default 0.999 */
  readonly beta2?: number;
  /** ε, default 1e-8 */
  readonly epsilon?: number;
}

export interface AdamState {
  readonly learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  /** first and second moment estimates */
  readonly m: Float64Array;
  readonly v: Float64Array;
  /** steps taken so far */
  step: number;
}

export function createAdam(numParams: number, options: AdamOptions = {}): AdamState {
  const { learningRate = 1e-3, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = options;
  if (!Number.isInteger(numParams) || numParams < 1) {
    throw new RangeError(`createAdam: numParams must be an integer ≥ 1; received ${numParams}.`);
  }
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) {
    throw new RangeError(
      `createAdam: learningRate must be finite and > 0; received ${learningRate}.`,
    );
  }
  for (const [name, beta] of [
    ['beta1', beta1],
    ['beta2', beta2],
  ] as const) {
    if (!(beta >= 0 && beta < 1))
      throw new RangeError(`createAdam: ${name} must be in [0, 1); received ${beta}.`);
  }
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) {
    throw new RangeError(`createAdam: epsilon must be finite and > 0; received ${epsilon}.`);
  }
  return {
    learningRate,
    beta1,
    beta2,
    epsilon,
    m: new Float64Array(numParams),
    v: new Float64Array(numParams),
    step: 0,
  };
}

/** One Adam step: updates `theta` and the state in place; returns theta. */
export function adamStep(
  state: AdamState,
  theta: Float64Array,
  gradient: ArrayLike<number>,
): Float64Array {
  const { learningRate: alpha, beta1, beta2, epsilon, m, v } = state;
  if (theta.length !== m.length || gradient.length !== m.length) {
    throw new TypeError(
      `adamStep: theta and gradient must have length ${m.length}; ` +
        `received ${theta.length} and ${gradient.length}.`,
    );
  }
  state.step += 1;
  const t = state.step;
  const correction1 = 1 - Math.pow(beta1, t);
  const correction2 = 1 - Math.pow(beta2, t);
  for (let i = 0; i < theta.length; i++) {
    const g = gradient[i];
    m[i] = beta1 * m[i] + (1 - beta1) * g;
    v[i] = beta2 * v[i] + (1 - beta2) * g * g;
    theta[i] -= (alpha * (m[i] / correction1)) / (Math.sqrt(v[i] / correction2) + epsilon);
  }
  return theta;
}
