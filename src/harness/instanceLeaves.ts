/**
 * The numbers inside a JSON instance, as a flat list one can perturb and put back. Search
 * (harness/constantSearch.ts) and triage (harness/triage.ts) work on any family's instances
 * through this: arrays and records are walked, every finite number is a leaf, and a leaf's
 * `shape` (its path with array indices replaced by '*') groups the leaves that play the same
 * role (every eigenvalue of `problem.spectrum`, say).
 */

export interface Leaf {
  readonly path: readonly (string | number)[];
  /** the path with array indices as '*', e.g. 'problem.spectrum.*' */
  readonly shape: string;
  readonly value: number;
}

/** A deep copy with typed arrays as plain arrays; numbers (finite or not) kept as they are. */
function plainCopy(value: unknown): unknown {
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    return Array.from(value as ArrayLike<unknown>, plainCopy);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainCopy(v)]));
  }
  return value;
}

/** Every finite number in the instance, in document order. */
export function numericLeaves(instance: unknown): Leaf[] {
  const leaves: Leaf[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'number') {
      if (Number.isFinite(value)) {
        const shape = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
        leaves.push({ path: [...path], shape, value });
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(plainCopy(instance), []);
  return leaves;
}

/** A copy of the instance (typed arrays as arrays) with the leaves at the given paths replaced. */
export function withLeaves(
  instance: unknown,
  values: readonly { path: Leaf['path']; value: number }[],
): unknown {
  const copy = plainCopy(instance) as Record<string | number, unknown>;
  for (const { path, value } of values) {
    if (path.length === 0) return value;
    let node = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[path[path.length - 1]] = value;
  }
  return copy;
}
