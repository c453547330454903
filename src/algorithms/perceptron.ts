/**
 * The Perceptron (Rosenblatt 1958): w ← w + yᵢxᵢ whenever yᵢ⟨w, xᵢ⟩ ≤ 0, from w = 0, passing
 * over the data in a given order until a full pass makes no update. Counts the updates, which
 * Novikoff's theorem bounds by (R/γ)² on data with margin γ.
 *
 * Orders: 'cyclic' (0, 1, …, n−1 every pass) or an explicit list of pass orders, reused
 * cyclically (pass p uses orders[p mod orders.length]). Stops after maxPasses and says so.
 */
import type { Vec } from '../linalg/dense.ts';

export interface PerceptronOptions {
  readonly order?: 'cyclic' | readonly (readonly number[])[];
  /** default 10_000 */
  readonly maxPasses?: number;
}

export interface PerceptronResult {
  readonly w: Vec;
  readonly updates: number;
  readonly passes: number;
  /** true when the last pass made no update (w separates the data) */
  readonly converged: boolean;
}

export function perceptron(
  points: readonly (readonly number[])[],
  labels: readonly number[],
  options: PerceptronOptions = {},
): PerceptronResult {
  const { order = 'cyclic', maxPasses = 10_000 } = options;
  const n = points.length;
  if (n === 0) throw new RangeError('perceptron: points must be non-empty; received 0 points.');
  if (labels.length !== n) {
    throw new TypeError(`perceptron: labels has ${labels.length} entries; points has ${n}.`);
  }
  const d = points[0].length;
  points.forEach((p, i) => {
    if (p.length !== d)
      throw new TypeError(`perceptron: point ${i} has ${p.length} coordinates; expected ${d}.`);
  });
  labels.forEach((y, i) => {
    if (y !== 1 && y !== -1)
      throw new RangeError(`perceptron: labels[${i}] must be ±1; received ${y}.`);
  });
  const cyclic = Array.from({ length: n }, (_, i) => i);
  const orders = order === 'cyclic' ? [cyclic] : order;
  orders.forEach((o, p) => {
    if (
      o.length !== n ||
      new Set(o).size !== n ||
      o.some((i) => !Number.isInteger(i) || i < 0 || i >= n)
    ) {
      throw new TypeError(`perceptron: order ${p} must be a permutation of 0…${n - 1}.`);
    }
  });

  const w = new Float64Array(d);
  let updates = 0;
  let passes = 0;
  let converged = false;
  while (!converged && passes < maxPasses) {
    let updatedThisPass = false;
    for (const i of orders[passes % orders.length]) {
      const x = points[i];
      let margin = 0;
      for (let j = 0; j < d; j++) margin += w[j] * x[j];
      if (labels[i] * margin <= 0) {
        for (let j = 0; j < d; j++) w[j] += labels[i] * x[j];
        updates++;
        updatedThisPass = true;
      }
    }
    passes++;
    converged = !updatedThisPass;
  }
  return { w, updates, passes, converged };
}
