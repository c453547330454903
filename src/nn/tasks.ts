/**
 * The two datasets of the deep family.
 *
 * Chebyshev regression (Cohen, Kaur, Li, Kolter, Talwalkar, ICLR 2021, arXiv:2103.00065, whose
 * code fits n points evenly spaced on [−1, 1] labelled by the degree-k Chebyshev polynomial):
 *   x_i = −1 + 2i/(n − 1),  y_i = T_k(x_i),  T₀ = 1, T₁ = x, T_{k+1} = 2x·T_k − T_{k−1}.
 *
 * Random labels (Zhang, Bengio, Hardt, Recht, Vinyals, ICLR 2017, arXiv:1611.03530): Gaussian
 * inputs x ~ N(0, I_d) with labels uniform on {0, …, C − 1}, independent of x, for both the
 * training and the test set; so no classifier can beat chance 1/C on the test set. The contrast
 * set-up ('teacher') labels the same inputs by argmax_c (Wx)_c for a Gaussian C×d matrix W drawn
 * once per seed and shared by both sets, so that a fitted network can generalise.
 */
import { createMat } from '../linalg/dense.ts';
import { createRng } from '../random/rng.ts';
import type { Dataset } from './dataset.ts';
import { oneHot } from './dataset.ts';

/** T_k(x) by the three-term recurrence. */
export function chebyshevT(degree: number, x: number): number {
  if (degree === 0) return 1;
  let previous = 1;
  let current = x;
  for (let k = 1; k < degree; k++) [previous, current] = [current, 2 * x * current - previous];
  return current;
}

export function chebyshevDataset(degree: number, numPoints: number): Dataset {
  if (!Number.isInteger(degree) || degree < 0) {
    throw new RangeError(`chebyshevDataset: degree must be an integer ≥ 0; received ${degree}.`);
  }
  if (!Number.isInteger(numPoints) || numPoints < 2) {
    throw new RangeError(
      `chebyshevDataset: numPoints must be an integer ≥ 2; received ${numPoints}.`,
    );
  }
  const inputs = createMat(numPoints, 1);
  const targets = createMat(numPoints, 1);
  for (let i = 0; i < numPoints; i++) {
    const x = -1 + (2 * i) / (numPoints - 1);
    inputs.data[i] = x;
    targets.data[i] = chebyshevT(degree, x);
  }
  return { inputs, targets };
}

export interface RandomLabelTask {
  readonly train: Dataset;
  readonly test: Dataset;
}

export interface RandomLabelOptions {
  readonly numTrain: number;
  readonly numTest: number;
  readonly inputDim: number;
  readonly numClasses: number;
  readonly seed: number;
  /** 'random' (default): labels independent of x; 'teacher': a linear teacher's argmax */
  readonly labels?: 'random' | 'teacher';
}

export function randomLabelTask(options: RandomLabelOptions): RandomLabelTask {
  const { numTrain, numTest, inputDim, numClasses, seed, labels = 'random' } = options;
  for (const [name, value] of Object.entries({ numTrain, numTest, inputDim })) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`randomLabelTask: ${name} must be an integer ≥ 1; received ${value}.`);
    }
  }
  if (!Number.isInteger(numClasses) || numClasses < 2) {
    throw new RangeError(
      `randomLabelTask: numClasses must be an integer ≥ 2; received ${numClasses}.`,
    );
  }
  const rng = createRng(seed);
  const teacherRng = rng.fork('teacher');
  const W = Array.from({ length: numClasses * inputDim }, () => teacherRng.normal());
  const teacher = (x: Float64Array): number => {
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < numClasses; c++) {
      let score = 0;
      for (let j = 0; j < inputDim; j++) score += W[c * inputDim + j] * x[j];
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    return best;
  };
  const draw = (n: number, stream: string): Dataset => {
    const r = rng.fork(stream);
    const inputs = createMat(n, inputDim);
    for (let i = 0; i < inputs.data.length; i++) inputs.data[i] = r.normal();
    const classes = Array.from({ length: n }, (_, i) =>
      labels === 'teacher'
        ? teacher(inputs.data.subarray(i * inputDim, (i + 1) * inputDim))
        : r.integer(0, numClasses - 1),
    );
    return { inputs, targets: oneHot(classes, numClasses) };
  };
  return { train: draw(numTrain, 'train'), test: draw(numTest, 'test') };
}
