/**
 * classical/perceptron
 *
 * Statement. Let (xᵢ, yᵢ), i = 1 … n, have ‖xᵢ‖ ≤ R, yᵢ ∈ {±1}, and be separated with margin γ by
 * a unit vector u (yᵢ⟨u, xᵢ⟩ ≥ γ for all i). Then the Perceptron started at w = 0 makes at most
 * (R/γ)² updates, whatever order it visits the points in, and stops at a separator. On
 * xᵢ = R·eᵢ, yᵢ = +1 (i = 1 … d), where γ = R/√d, it makes exactly d = (R/γ)² updates: the
 * bound is attained.
 *
 * Source: A. B. J. Novikoff, "On convergence proofs on perceptrons", Symposium on the
 * Mathematical Theory of Automata (1962) [recalled]; the basis example is [derived]: each eᵢ
 * is orthogonal to the others, so each point is updated exactly once.
 *
 * Hypotheses → generators. Separable data by THEOREMS.md's oracle O2 (generators/perceptronData.ts):
 * a unit θ*, points uniform in the ball of radius R kept when |⟨θ*, x⟩| ≥ γ₀ (γ₀/R ∈ [0.05, 0.5]
 * log-uniform), so the true margin is ≥ γ₀ and plugging in γ₀ keeps the bound valid; R = max‖xᵢ‖
 * computed. Orders: cyclic or a fresh seeded permutation per pass. Half of the instances are the
 * basis instance (d ≤ 6, any radius), where equality is asserted too.
 *
 * Tolerance. Updates are integers; (R/γ)² is formed with a square root and a division, so it
 * may sit a few ε below an integer it equals (d on the basis instance): COUNT_ROUNDING = 4ε
 * relative on that side only.
 *
 * Not covered: adversarial orders (random and cyclic only); the true margin (γ₀ is a lower
 * bound, so ratios on random data stay small); non-separable data.
 * Control: the Perceptron does not need only R/γ updates (the basis instance needs d > √d).
 */
import { perceptron } from '../../src/algorithms/perceptron.ts';
import type { PerceptronInstance } from '../../src/generators/perceptronData.ts';
import {
  materializePerceptronData,
  perceptronInstance,
} from '../../src/generators/perceptronData.ts';
import { allOf, countAtLeast, upperBound } from '../../src/harness/verdict.ts';
import { defineTheorem } from '../../src/harness/theorem.ts';
import type { Verdict } from '../../src/harness/theorem.ts';
import { EXACT, isClose, MACHINE_EPSILON, tolerance } from '../../src/numeric/tolerance.ts';

const COUNT_ROUNDING = tolerance(4 * MACHINE_EPSILON);

function run(instance: PerceptronInstance) {
  const data = materializePerceptronData(instance);
  const result = perceptron(data.points, data.labels, { order: data.order });
  return { data, result };
}

function describe(instance: PerceptronInstance) {
  const base = {
    kind: instance.kind,
    dimension: instance.dimension,
    radius: instance.radius,
    order:
      instance.orderSeed === null ? 'cyclic' : `random permutations (seed ${instance.orderSeed})`,
  };
  if (instance.kind === 'basis') return base;
  return {
    ...base,
    count: instance.count,
    'γ₀/R': instance.marginRatio,
    dataSeed: instance.dataSeed,
  };
}

function checkNovikoff(instance: PerceptronInstance): Verdict {
  const { data, result } = run(instance);
  const bound = (data.R / data.gamma) ** 2;
  const details = {
    updates: result.updates,
    R: data.R,
    'γ (certified)': data.gamma,
    '(R/γ)²': bound,
    passes: result.passes,
  };
  // the conclusion includes a separator: a pass without updates and yᵢ⟨w, xᵢ⟩ > 0 for all i
  const separated = data.points.every(
    (x, i) => data.labels[i] * x.reduce((s, xj, j) => s + xj * result.w[j], 0) > 0,
  );
  if (!result.converged || !separated) {
    return countAtLeast('the Perceptron stops at a separator (yᵢ⟨w, xᵢ⟩ > 0 for all i)', 0, 1, {
      ...details,
      converged: result.converged,
      separated,
    });
  }
  const parts: Verdict[] = [
    upperBound({
      relation: 'updates ≤ (R/γ)²',
      lhs: result.updates,
      rhs: bound,
      tolerance: COUNT_ROUNDING,
      details,
    }),
  ];
  if (instance.kind === 'basis') {
    const exact = isClose(result.updates, instance.dimension, EXACT);
    parts.push({
      holds: exact,
      relation: 'updates = d on xᵢ = R·eᵢ',
      lhs: result.updates,
      rhs: instance.dimension,
      ratio: result.updates / instance.dimension,
      details,
    });
  }
  return allOf(instance.kind === 'basis' ? 'updates = d = (R/γ)²' : 'updates ≤ (R/γ)²', parts);
}

function checkLinearInRadiusOverMargin(instance: PerceptronInstance): Verdict {
  const { data, result } = run(instance);
  const bound = data.R / data.gamma;
  return upperBound({
    relation: 'updates ≤ R/γ',
    lhs: result.updates,
    rhs: bound,
    tolerance: COUNT_ROUNDING,
    details: { updates: result.updates, 'R/γ': bound },
  });
}

export const perceptronBound = defineTheorem<PerceptronInstance>({
  theoremId: 'classical/perceptron',
  family: 'classical',
  title: 'Perceptron mistake bound (Novikoff): at most (R/γ)² updates',
  mark: 'recalled',
  source: {
    authors: 'A. B. J. Novikoff',
    title: 'On convergence proofs on perceptrons',
    venue: 'Symposium on the Mathematical Theory of Automata, Polytechnic Institute of Brooklyn',
    year: 1962,
    locator: 'main theorem',
  },
  statement: '‖xᵢ‖ ≤ R, margin γ ⇒ at most (R/γ)² updates in any order; exactly d on xᵢ = R·eᵢ',
  fullStatement:
    '‖xᵢ‖ ≤ R and yᵢ⟨u, xᵢ⟩ ≥ γ for a unit u ⇒ the Perceptron from w = 0 makes at most (R/γ)² updates in any ' +
    'order; on xᵢ = R·eᵢ, yᵢ = +1 (γ = R/√d) it makes exactly d.',
  constants: [
    {
      name: '(R/γ)²',
      value: 'exact',
      provenance: 'recalled',
      why: 'Novikoff: ‖w‖² grows ≤ R², ⟨u, w⟩ ≥ γ per update',
    },
  ],
  hypotheses:
    'Oracle O2 data (d ≤ 6, n ≤ 30, γ₀/R ∈ [0.05, 0.5]) with certified γ₀; basis instances (d ≤ 6); cyclic or random ' +
    'per-pass orders.',
  gaps: ['Adversarial orders.', 'True max-margin not computed (γ₀ ≤ true margin).'],
  expected: { status: 'holds' },
  arbitrary: perceptronInstance(6, 30),
  check: checkNovikoff,
  describe,
  regimes: [
    {
      id: 'attained',
      description: 'basis instances, where updates = (R/γ)²',
      minShare: 0.25,
      contains: (instance) => instance.kind === 'basis',
    },
  ],
  controls: [
    {
      id: 'at-most-r-over-gamma',
      statement: 'the Perceptron needs at most R/γ updates',
      arbitrary: perceptronInstance(6, 30),
      check: checkLinearInRadiusOverMargin,
      describe,
    },
  ],
});
