/**
 * A synthetic teacher–student regression task with a real noise floor, for the practice sandbox
 * of the schedules family.
 *
 *   x ~ N(0, I_d),   y = c·f_teacher(x) + σ·ξ,   ξ ~ N(0, 1)
 *
 * The teacher is a random one-hidden-layer tanh network (src/nn); c rescales its output to unit
 * variance on the test set, so σ² is the noise-to-signal ratio. With the loss ½(f − y)², no
 * predictor beats σ²/2 on average: that is the floor. A run consumes a stream of fresh samples
 * (online training); the stream and the held-out test set are pure functions of the seed.
 */
import { createMat } from '../linalg/dense.ts';
import type { Dataset, Network } from '../nn/index.ts';
import { createNetwork, initParams, predict } from '../nn/index.ts';
import { createRng, deriveSeed } from '../random/rng.ts';

export interface TeacherStudentOptions {
  readonly inputDim: number;
  readonly teacherWidth: number;
  /** σ² */
  readonly noiseVariance: number;
  /** training samples in the stream */
  readonly trainSamples: number;
  readonly testSamples: number;
  readonly seed: number;
}

export interface TeacherStudentTask {
  readonly train: Dataset;
  readonly test: Dataset;
  /** σ²/2, the smallest expected ½-squared loss of any predictor */
  readonly lossFloor: number;
}

function gaussianInputs(seed: number, rows: number, cols: number) {
  const rng = createRng(seed);
  const X = createMat(rows, cols);
  for (let i = 0; i < X.data.length; i++) X.data[i] = rng.normal();
  return X;
}

function labels(
  teacher: Network,
  theta: Float64Array,
  scale: number,
  X: ReturnType<typeof createMat>,
  sigma: number,
  seed: number,
) {
  const clean = predict(teacher, theta, X);
  const rng = createRng(seed);
  const Y = createMat(X.rows, 1);
  for (let i = 0; i < X.rows; i++) Y.data[i] = scale * clean.data[i] + sigma * rng.normal();
  return Y;
}

export function teacherStudentTask(options: TeacherStudentOptions): TeacherStudentTask {
  const { inputDim, teacherWidth, noiseVariance, trainSamples, testSamples, seed } = options;
  if (
    !(noiseVariance >= 0) ||
    !Number.isInteger(trainSamples) ||
    !Number.isInteger(testSamples) ||
    testSamples < 2
  ) {
    throw new RangeError(
      `teacherStudentTask: need noiseVariance ≥ 0 and integer sample counts (test ≥ 2); ` +
        `received ${noiseVariance}, ${trainSamples}, ${testSamples}.`,
    );
  }
  const teacher = createNetwork({
    inputDim,
    hiddenWidths: [teacherWidth],
    outputDim: 1,
    activation: 'tanh',
  });
  const thetaTeacher = initParams(teacher, deriveSeed(seed, 'teacher'), { biasStd: 0.5 });

  // scale the teacher's output to unit variance on the test inputs
  const testX = gaussianInputs(deriveSeed(seed, 'test-inputs'), testSamples, inputDim);
  const raw = predict(teacher, thetaTeacher, testX).data;
  const mean = raw.reduce((s, v) => s + v, 0) / raw.length;
  const variance = raw.reduce((s, v) => s + (v - mean) ** 2, 0) / (raw.length - 1);
  const scale = 1 / Math.sqrt(variance);

  const sigma = Math.sqrt(noiseVariance);
  const trainX = gaussianInputs(deriveSeed(seed, 'train-inputs'), trainSamples, inputDim);
  return {
    train: {
      inputs: trainX,
      targets: labels(teacher, thetaTeacher, scale, trainX, sigma, deriveSeed(seed, 'train-noise')),
    },
    test: {
      inputs: testX,
      targets: labels(teacher, thetaTeacher, scale, testX, sigma, deriveSeed(seed, 'test-noise')),
    },
    lossFloor: noiseVariance / 2,
  };
}
