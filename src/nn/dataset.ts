/**
 * Training data for the networks of src/nn: inputs X (n × inputDim) and targets Y (n × outputDim),
 * both row-major Mats. For classification Y holds one-hot rows (see `oneHot`); the loss then
 * reads the class as the argmax of the row. A batch is a list of row indices into the dataset.
 */
import type { Mat } from '../linalg/dense.ts';
import { createMat } from '../linalg/dense.ts';

export interface Dataset {
  readonly inputs: Mat;
  readonly targets: Mat;
}

export function checkDataset(fn: string, data: Dataset, inputDim: number, outputDim: number): void {
  const { inputs, targets } = data;
  if (inputs.cols !== inputDim) {
    throw new TypeError(`${fn}: inputs must have ${inputDim} columns; received ${inputs.cols}.`);
  }
  if (targets.cols !== outputDim) {
    throw new TypeError(`${fn}: targets must have ${outputDim} columns; received ${targets.cols}.`);
  }
  if (targets.rows !== inputs.rows) {
    throw new TypeError(
      `${fn}: targets must have ${inputs.rows} rows like inputs; received ${targets.rows}.`,
    );
  }
}

/** Row indices 0 … n−1 (the full batch). */
export function allRows(n: number): Int32Array {
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}

const fullBatches = new Map<number, Int32Array>();

/** The shared, read-only full batch 0 … n−1. */
function fullBatch(n: number): Int32Array {
  let rows = fullBatches.get(n);
  if (!rows) {
    rows = allRows(n);
    fullBatches.set(n, rows);
  }
  return rows;
}

/** Validates a batch of row indices and returns it (or every row when omitted). */
export function resolveRows(
  fn: string,
  data: Dataset,
  rows?: ArrayLike<number>,
): ArrayLike<number> {
  const n = data.inputs.rows;
  if (rows === undefined) return fullBatch(n);
  if (rows.length === 0)
    throw new RangeError(`${fn}: rows must be a non-empty batch; received [].`);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (!Number.isInteger(r) || r < 0 || r >= n) {
      throw new RangeError(`${fn}: rows[${k}] must be an integer in [0, ${n}); received ${r}.`);
    }
  }
  return rows;
}

/** One-hot targets: row i has a 1 in column labels[i]. */
export function oneHot(labels: ArrayLike<number>, numClasses: number): Mat {
  const Y = createMat(labels.length, numClasses);
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i];
    if (!Number.isInteger(c) || c < 0 || c >= numClasses) {
      throw new RangeError(
        `oneHot: labels[${i}] must be an integer in [0, ${numClasses}); received ${c}.`,
      );
    }
    Y.data[i * numClasses + c] = 1;
  }
  return Y;
}
