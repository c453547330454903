/**
 * Gradient descent with any stepsize schedule:
 *
 *   x_{t+1} = x_t − η_t ∇f(x_t),   t = 0, …, numSteps − 1
 *
 * Records f(x_t) and ‖∇f(x_t)‖² for t = 0, …, numSteps (so values has numSteps + 1 entries), and
 * optionally every iterate. Stops early only if f becomes non-finite, and says so.
 */
import type { Vec } from '../linalg/dense.ts';
import { dot } from '../linalg/dense.ts';
import type { SmoothObjective } from '../problems/objective.ts';
import type { StepSchedule } from './stepSchedule.ts';
import { stepAt } from './stepSchedule.ts';

export interface GradientDescentOptions {
  readonly stepSize: StepSchedule;
  readonly numSteps: number;
  readonly x0: ArrayLike<number>;
  readonly keepIterates?: boolean;
}

export interface GradientDescentResult {
  /** the last iterate x_N */
  readonly x: Vec;
  /** f(x_t), t = 0 … numSteps */
  readonly values: Float64Array;
  /** ‖∇f(x_t)‖², t = 0 … numSteps */
  readonly gradNormsSq: Float64Array;
  /** the stepsizes used, η_0 … η_{N−1} */
  readonly stepSizes: Float64Array;
  /** x_0 … x_N when keepIterates */
  readonly iterates?: Vec[];
  /** steps completed before f became non-finite (numSteps when it never did) */
  readonly completedSteps: number;
}

export function gradientDescent(
  f: SmoothObjective,
  options: GradientDescentOptions,
): GradientDescentResult {
  const { stepSize, numSteps, x0, keepIterates = false } = options;
  if (!Number.isInteger(numSteps) || numSteps < 0) {
    throw new RangeError(`gradientDescent: numSteps must be an integer ≥ 0; received ${numSteps}.`);
  }
  if (x0.length !== f.dimension) {
    throw new TypeError(
      `gradientDescent: x0 has length ${x0.length}; the objective has dimension ${f.dimension}.`,
    );
  }

  const x = Float64Array.from(x0);
  const g = new Float64Array(f.dimension);
  const values = new Float64Array(numSteps + 1).fill(NaN);
  const gradNormsSq = new Float64Array(numSteps + 1).fill(NaN);
  const etas = new Float64Array(numSteps);
  const iterates: Vec[] | undefined = keepIterates ? [Float64Array.from(x)] : undefined;

  values[0] = f.value(x);
  gradNormsSq[0] = dot(f.gradient(x, g), g);
  let completed = 0;
  for (let t = 0; t < numSteps; t++) {
    const eta = stepAt(stepSize, t, 'gradientDescent');
    etas[t] = eta;
    for (let i = 0; i < x.length; i++) x[i] -= eta * g[i];

    values[t + 1] = f.value(x);
    gradNormsSq[t + 1] = dot(f.gradient(x, g), g);
    iterates?.push(Float64Array.from(x));
    completed = t + 1;
    if (!Number.isFinite(values[t + 1])) break;
  }
  return {
    x,
    values,
    gradNormsSq,
    stepSizes: etas,
    completedSteps: completed,
    ...(iterates ? { iterates } : {}),
  };
}
