/**
 * Pieces shared by the family-2 theorems: the GD instance (a certified separable data set, a
 * stepsize and a step count, all plain data), its arbitrary, its description, and the verdict
 * for a bound compared in the log domain (both sides may be far below 1e-300).
 *
 * Generator ranges (catalogue, family 2): n ∈ [2, 64], d ∈ [2, 16], γ₀ ∈ [0.02, 0.5], η
 * log-uniform in [0.1, 10⁴], steps log-uniform in [1, 2·10⁴], all drawn without fast-check's
 * small-value bias. Shrinking goes toward few points, low dimension, the smallest η and one step.
 */
import * as fc from 'fast-check';
import type {
  SeparableArbitraryOptions,
  SeparableData,
  SeparableInstance,
} from '../../src/generators/separable.ts';
import { separableData, separableInstance } from '../../src/generators/separable.ts';
import type { Detail, Verdict } from '../../src/harness/theorem.ts';
import { upperBound } from '../../src/harness/verdict.ts';
import type { LogisticGdOptions, LogisticGdResult } from '../../src/logistic/gradientDescent.ts';
import { logisticGradientDescent } from '../../src/logistic/gradientDescent.ts';
import { sharpness } from '../../src/logistic/hessian.ts';
import { MACHINE_EPSILON, tolerance } from '../../src/numeric/tolerance.ts';

/** Wu, Bartlett, Telgarsky, Yu, COLT 2024 — the source of most of the family. */
export const COLT_2024 = {
  authors: 'J. Wu, P. L. Bartlett, M. Telgarsky, B. Yu',
  title:
    'Large stepsize gradient descent for logistic loss: ' +
    'non-monotonicity of the loss improves optimization efficiency',
  venue: 'COLT',
  year: 2024,
  arxiv: '2402.15926',
} as const;

/** Zhang, Wu, Lin, Bartlett, ICML 2025 — the adaptive stepsize. */
export const ZHANG_2025 = {
  authors: 'R. Zhang, J. Wu, L. Lin, P. L. Bartlett',
  title:
    'Minimax optimal convergence of gradient descent in logistic regression ' +
    'via large and adaptive stepsizes',
  venue: 'ICML',
  year: 2025,
  arxiv: '2504.04105',
} as const;

export interface GdInstance {
  readonly data: SeparableInstance;
  readonly stepSize: number;
  readonly numSteps: number;
}

export interface GdArbitraryOptions extends SeparableArbitraryOptions {
  readonly minStepSize?: number;
  readonly maxStepSize?: number;
  readonly maxSteps?: number;
}

/** Resolution of the log-uniform grids below: 2²⁰ levels between the ends. */
const LOG_LEVELS = 1 << 20;

/**
 * A positive double spread evenly in log scale over [min, max], unbiased (fast-check's default
 * bias puts most small-run draws of a double at 0 or an end of its range, i.e. η = 1 almost
 * always); shrinks toward min.
 */
export function logUniformFromMin(min: number, max: number): fc.Arbitrary<number> {
  const logMin = Math.log(min);
  const span = Math.log(max) - logMin;
  return fc
    .noBias(fc.integer({ min: 0, max: LOG_LEVELS }))
    .map((k) => Math.min(max, Math.max(min, Math.exp(logMin + (span * k) / LOG_LEVELS))));
}

/**
 * Two significant digits (0.37, 790, 1100): readable instances, and shrinking moves η in steps
 * of ≥ 1%, so a shrunk counterexample cannot sit at the rounding edge of a continuous boundary.
 */
export function roundTo2Digits(value: number): number {
  return Number(value.toPrecision(2));
}

/** A positive integer spread evenly in log scale over [min, max]; shrinks toward min. */
export function logUniformInteger(min: number, max: number): fc.Arbitrary<number> {
  return logUniformFromMin(min, max).map((v) => Math.min(max, Math.max(min, Math.round(v))));
}

export function gdInstance(options: GdArbitraryOptions = {}): fc.Arbitrary<GdInstance> {
  const { minStepSize = 0.1, maxStepSize = 1e4, maxSteps = 20000 } = options;
  return fc.record({
    data: separableInstance(options),
    stepSize: logUniformFromMin(minStepSize, maxStepSize).map(roundTo2Digits),
    numSteps: logUniformInteger(1, maxSteps),
  });
}

export interface GdRun {
  readonly problem: SeparableData;
  readonly run: LogisticGdResult;
  readonly eta: number;
  readonly gamma: number;
}

export function runGd(instance: GdInstance, extra: Partial<LogisticGdOptions> = {}): GdRun {
  const problem = separableData(instance.data);
  const run = logisticGradientDescent(problem.data, {
    stepSize: instance.stepSize,
    numSteps: instance.numSteps,
    ...extra,
  });
  return { problem, run, eta: instance.stepSize, gamma: problem.gamma };
}

export function describeGd(instance: GdInstance): Readonly<Record<string, Detail>> {
  const { data, stepSize, numSteps } = instance;
  return {
    n: data.n,
    d: data.d,
    'γ₀ (certified margin)': data.gamma0,
    dataKind: data.kind,
    dataSeed: data.seed,
    η: stepSize,
    numSteps,
  };
}

/** The sharpness at θ₀ = 0, λ_max(XᵀX/(4n)); η > 2/S₀ starts above the stability threshold. */
export function sharpnessAtOrigin(problem: SeparableData): number {
  return sharpness(problem.data, new Float64Array(problem.data.d));
}

/**
 * Rounding of ln L at θ: each margin carries an absolute error ≤ d·ε·‖θ‖·max‖x‖ (a dot product),
 * and |d ln L/dm_i| ≤ 1, so ln L is off by at most that; 16× covers the update's own rounding.
 */
export function logLossRounding(d: number, thetaNorm: number): number {
  return 16 * (d + 1) * MACHINE_EPSILON * (1 + thetaNorm);
}

export interface LogComparison {
  readonly logLhs: number;
  readonly logRhs: number;
  /** allowed excess of ln lhs over ln rhs (rounding) */
  readonly logSlack: number;
  readonly details: Readonly<Record<string, Detail>>;
}

/**
 * Verdict for "lhs ≤ rhs" given ln lhs and ln rhs: compares lhs/rhs = e^(ln lhs − ln rhs) with
 * 1, with relative slack e^(logSlack) − 1, so the ratio reads as usual and nothing underflows.
 * The ratio is capped at e^700 (≈ 1e304); the details carry the uncapped ln(lhs/rhs).
 * Of several comparisons, the one with the largest excess decides.
 */
export function logBoundVerdict(relation: string, comparisons: readonly LogComparison[]): Verdict {
  if (comparisons.length === 0) {
    return upperBound({
      relation,
      lhs: 0,
      rhs: 1,
      tolerance: tolerance(0),
      details: { vacuous: 'no step met the hypothesis' },
    });
  }
  let worst = comparisons[0];
  for (const c of comparisons) {
    if (c.logLhs - c.logRhs - c.logSlack > worst.logLhs - worst.logRhs - worst.logSlack) worst = c;
  }
  return upperBound({
    relation,
    lhs: Math.exp(Math.min(700, worst.logLhs - worst.logRhs)),
    rhs: 1,
    tolerance: tolerance(Math.expm1(worst.logSlack)),
    details: {
      ...worst.details,
      'ln lhs': worst.logLhs,
      'ln rhs': worst.logRhs,
      'allowed ln excess': worst.logSlack,
      // the ratio e^(ln lhs − ln rhs) is capped at e^700 to stay finite; this is the true excess
      'ln(lhs/rhs)': worst.logLhs - worst.logRhs,
      'ratio capped at e^700': worst.logLhs - worst.logRhs > 700,
    },
  });
}

/**
 * Streaming form of logBoundVerdict for checks with one comparison per step: keeps only the
 * comparison with the largest excess, building its details lazily.
 */
export class WorstComparison {
  private worst: LogComparison | undefined;
  private worstExcess = -Infinity;
  count = 0;

  consider(
    logLhs: number,
    logRhs: number,
    logSlack: number,
    details: () => Readonly<Record<string, Detail>>,
  ): void {
    this.count++;
    const excess = logLhs - logRhs - logSlack;
    if (this.worst === undefined || excess > this.worstExcess) {
      this.worstExcess = excess;
      this.worst = { logLhs, logRhs, logSlack, details: details() };
    }
  }

  verdict(relation: string): Verdict {
    const v = logBoundVerdict(relation, this.worst ? [this.worst] : []);
    return { ...v, details: { ...v.details, comparisons: this.count } };
  }
}
