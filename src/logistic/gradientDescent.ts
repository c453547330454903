/**
 * Gradient descent on a margin loss with a constant or an adaptive stepsize, in the log domain.
 *
 *   constant:  θ_{t+1} = θ_t − η·∇L(θ_t)
 *   adaptive:  θ_{t+1} = θ_t − η·(−ℓ⁻¹)'(L(θ_t))·∇L(θ_t)
 *              logistic:    (−ℓ⁻¹)'(u) = 1/(1 − e^(−u))   (evaluated from ln u, never as η/u)
 *              exponential: (−ℓ⁻¹)'(u) = 1/u              (GD on ln L)
 *
 * Records ln L(θ_t), ln G(θ_t), ln‖∇L(θ_t)‖ and ‖θ_t‖ for t = 0 … numSteps, the log of each
 * stepsize used, and on request ln L(θ̄_t) of the averaged iterate θ̄_t = (1/t) Σ_{k<t} θ_k.
 * Sources: Wu, Bartlett, Telgarsky, Yu, COLT 2024 (arXiv 2402.15926) for the constant rule;
 * Zhang, Wu, Lin, Bartlett, arXiv 2504.04105, for the adaptive one.
 * Not checked: separability, ‖x_i‖ ≤ 1; a run that produces a non-finite value throws.
 */
import { logOneMinusExpNeg } from '../numeric/logspace.ts';
import type { ClassificationData } from './dataset.ts';
import type { MarginLoss } from './loss.ts';
import { evaluateLoss, logLoss } from './loss.ts';

export type StepRule = 'constant' | 'adaptive';

export interface LogisticGdOptions {
  readonly stepSize: number;
  readonly numSteps: number;
  readonly rule?: StepRule;
  readonly loss?: MarginLoss;
  /** θ₀ (default 0) */
  readonly theta0?: ArrayLike<number>;
  /** also record ln L(θ̄_t) for t = 1 … numSteps */
  readonly averaged?: boolean;
  /** keep θ_0 … θ_numSteps */
  readonly keepIterates?: boolean;
}

export interface LogisticGdResult {
  readonly theta: Float64Array;
  /** ln L(θ_t), t = 0 … numSteps */
  readonly logLosses: Float64Array;
  /** ln G(θ_t), t = 0 … numSteps */
  readonly logGs: Float64Array;
  /** ln ‖∇L(θ_t)‖, t = 0 … numSteps */
  readonly logGradNorms: Float64Array;
  /** ‖θ_t‖, t = 0 … numSteps */
  readonly thetaNorms: Float64Array;
  /** ln of the stepsize used at step t, t = 0 … numSteps − 1 */
  readonly logStepSizes: Float64Array;
  /** entry t − 1 is ln L(θ̄_t), t = 1 … numSteps (only with `averaged`) */
  readonly averageLogLosses?: Float64Array;
  readonly iterates?: Float64Array[];
}

/** ln of the adaptive factor (−ℓ⁻¹)'(L) from ln L. */
export function logAdaptiveFactor(loss: MarginLoss, logL: number): number {
  return loss === 'logistic' ? -logOneMinusExpNeg(logL) : -logL;
}

export function logisticGradientDescent(
  data: ClassificationData,
  options: LogisticGdOptions,
): LogisticGdResult {
  const {
    stepSize,
    numSteps,
    rule = 'constant',
    loss = 'logistic',
    averaged = false,
    keepIterates = false,
  } = options;
  const eta = stepSize;
  if (!(eta > 0) || !Number.isFinite(eta)) {
    throw new RangeError(
      `logisticGradientDescent: stepSize must be finite and > 0; received ${stepSize}.`,
    );
  }
  if (!Number.isInteger(numSteps) || numSteps < 0) {
    throw new RangeError(
      `logisticGradientDescent: numSteps must be an integer ≥ 0; received ${numSteps}.`,
    );
  }
  const d = data.d;
  const theta = options.theta0 ? Float64Array.from(options.theta0) : new Float64Array(d);
  if (theta.length !== d) {
    throw new TypeError(
      `logisticGradientDescent: theta0 has length ${theta.length}; data has dimension ${d}.`,
    );
  }

  const logLosses = new Float64Array(numSteps + 1);
  const logGs = new Float64Array(numSteps + 1);
  const logGradNorms = new Float64Array(numSteps + 1);
  const thetaNorms = new Float64Array(numSteps + 1);
  const logStepSizes = new Float64Array(numSteps);
  const averageLogLosses = averaged ? new Float64Array(numSteps) : undefined;
  const iterates: Float64Array[] | undefined = keepIterates ? [] : undefined;
  const thetaSum = new Float64Array(d);
  const thetaBar = new Float64Array(d);
  const logEta = Math.log(eta);

  for (let t = 0; ; t++) {
    // evaluate at θ_t
    const e = evaluateLoss(data, theta, loss);
    if (!Number.isFinite(e.logLoss) || !Number.isFinite(e.logScale)) {
      throw new RangeError(
        `logisticGradientDescent: ln L(θ_${t}) is ${e.logLoss}; the run left the log domain.`,
      );
    }
    logLosses[t] = e.logLoss;
    logGs[t] = e.logG;
    logGradNorms[t] = e.logGradNorm;
    let normSq = 0;
    for (let j = 0; j < d; j++) normSq += theta[j] * theta[j];
    thetaNorms[t] = Math.sqrt(normSq);
    iterates?.push(Float64Array.from(theta));

    // the averaged iterate θ̄_{t+1} includes θ_t
    if (averageLogLosses && t < numSteps) {
      for (let j = 0; j < d; j++) {
        thetaSum[j] += theta[j];
        thetaBar[j] = thetaSum[j] / (t + 1);
      }
      averageLogLosses[t] = logLoss(data, thetaBar, loss);
    }
    if (t === numSteps) break;

    // the step: θ ← θ − exp(ln η_t + logScale)·direction
    const logStep = rule === 'constant' ? logEta : logEta + logAdaptiveFactor(loss, e.logLoss);
    logStepSizes[t] = logStep;
    const coefficient = Math.exp(logStep + e.logScale);
    for (let j = 0; j < d; j++) theta[j] -= coefficient * e.direction[j];
  }

  return {
    theta,
    logLosses,
    logGs,
    logGradNorms,
    thetaNorms,
    logStepSizes,
    ...(averageLogLosses ? { averageLogLosses } : {}),
    ...(iterates ? { iterates } : {}),
  };
}
