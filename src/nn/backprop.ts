/**
 * Training loss and its exact gradient by backpropagation, on a batch of rows:
 *
 *   L(θ) = (1/|B|) Σ_{i∈B} ℓ(f_θ(x_i), y_i)
 *   δ_K = ∇_f ℓ,   δ_{l−1} = σ'(z_{l−1}) ⊙ W_lᵀ δ_l,   ∇_{W_l} = δ_l a_{l−1}ᵀ,   ∇_{b_l} = δ_l
 *
 * Reference: Rumelhart, Hinton, Williams, "Learning representations by back-propagating
 * errors", Nature 1986. Checked against central differences in backprop.test.ts. Does not
 * check for overflow of the loss itself; a non-finite loss is returned as is.
 */
import type { Mat } from '../linalg/dense.ts';
import { createMat } from '../linalg/dense.ts';
import type { Dataset } from './dataset.ts';
import { checkDataset, resolveRows } from './dataset.ts';
import type { LossKind } from './loss.ts';
import { checkLossKind, outputLoss } from './loss.ts';
import type { Network } from './network.ts';
import type { Workspace } from './workspace.ts';
import { workspaceOf, forward, slope } from './workspace.ts';

export interface BatchOptions {
  /** default 'mse' */
  readonly loss?: LossKind;
  /** row indices of the batch; default every row */
  readonly rows?: ArrayLike<number>;
}

export interface LossAndGradient {
  readonly loss: number;
  readonly gradient: Float64Array;
}

export function checkParams(fn: string, net: Network, theta: ArrayLike<number>): void {
  if (theta.length !== net.numParams) {
    throw new TypeError(
      `${fn}: parameters must have length ${net.numParams}; received ${theta.length}.`,
    );
  }
}

/**
 * Backward pass of one example whose forward pass is in ws, with ws.delta[K−1] already set to
 * weight·∇_f ℓ; accumulates into grad.
 */
export function backward(
  net: Network,
  theta: Float64Array,
  ws: Workspace,
  grad: Float64Array,
): void {
  const { layers, spec } = net;
  const isTanh = spec.activation === 'tanh';
  for (let l = layers.length - 1; l >= 0; l--) {
    const { fanIn, fanOut, weightOffset, biasOffset } = layers[l];
    const delta = ws.delta[l];
    const input = ws.a[l];
    for (let i = 0; i < fanOut; i++) {
      const d = delta[i];
      grad[biasOffset + i] += d;
      const base = weightOffset + i * fanIn;
      for (let j = 0; j < fanIn; j++) grad[base + j] += d * input[j];
    }
    if (l === 0) break;

    // δ_{l−1} = σ'(z_{l−1}) ⊙ W_lᵀ δ_l
    const back = ws.back;
    back.fill(0, 0, fanIn);
    for (let i = 0; i < fanOut; i++) {
      const d = delta[i];
      const base = weightOffset + i * fanIn;
      for (let j = 0; j < fanIn; j++) back[j] += theta[base + j] * d;
    }
    const zPrev = ws.z[l - 1];
    const aPrev = ws.a[l];
    const deltaPrev = ws.delta[l - 1];
    for (let j = 0; j < fanIn; j++) deltaPrev[j] = slope(isTanh, zPrev[j], aPrev[j]) * back[j];
  }
}

/** L(θ) on the batch and ∇L(θ), exactly (up to rounding). */
export function lossAndGradient(
  net: Network,
  theta: Float64Array,
  data: Dataset,
  options: BatchOptions = {},
): LossAndGradient {
  const { loss = 'mse' } = options;
  checkLossKind('lossAndGradient', loss);
  checkParams('lossAndGradient', net, theta);
  checkDataset('lossAndGradient', data, net.spec.inputDim, net.spec.outputDim);
  const rows = resolveRows('lossAndGradient', data, options.rows);

  const ws = workspaceOf(net);
  const K = net.layers.length;
  const m = net.spec.outputDim;
  const weight = 1 / rows.length;
  const gradient = new Float64Array(net.numParams);
  let total = 0;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    forward(net, theta, data.inputs.data, r, ws);
    for (let c = 0; c < m; c++) ws.target[c] = data.targets.data[r * m + c];
    const deltaOut = ws.delta[K - 1];
    total += outputLoss(loss, ws.a[K], ws.target, deltaOut, ws.probs);
    for (let c = 0; c < m; c++) deltaOut[c] *= weight;
    backward(net, theta, ws, gradient);
  }
  return { loss: total * weight, gradient };
}

/** L(θ) on the batch, forward passes only. */
export function batchLoss(
  net: Network,
  theta: Float64Array,
  data: Dataset,
  options: BatchOptions = {},
): number {
  const { loss = 'mse' } = options;
  checkLossKind('batchLoss', loss);
  checkParams('batchLoss', net, theta);
  checkDataset('batchLoss', data, net.spec.inputDim, net.spec.outputDim);
  const rows = resolveRows('batchLoss', data, options.rows);
  const ws = workspaceOf(net);
  const K = net.layers.length;
  const m = net.spec.outputDim;
  let total = 0;
  for (let k = 0; k < rows.length; k++) {
    forward(net, theta, data.inputs.data, rows[k], ws);
    for (let c = 0; c < m; c++) ws.target[c] = data.targets.data[rows[k] * m + c];
    total += outputLoss(loss, ws.a[K], ws.target, ws.Rout, ws.probs);
  }
  return total / rows.length;
}

/** Network outputs f_θ(x_i) for every row of `inputs` (n × inputDim) as an n × outputDim Mat. */
export function predict(net: Network, theta: Float64Array, inputs: Mat): Mat {
  checkParams('predict', net, theta);
  if (inputs.cols !== net.spec.inputDim) {
    throw new TypeError(
      `predict: inputs must have ${net.spec.inputDim} columns; received ${inputs.cols}.`,
    );
  }
  const ws = workspaceOf(net);
  const K = net.layers.length;
  const m = net.spec.outputDim;
  const out = createMat(inputs.rows, m);
  for (let r = 0; r < inputs.rows; r++) {
    forward(net, theta, inputs.data, r, ws);
    out.data.set(ws.a[K], r * m);
  }
  return out;
}

/** Share of rows whose argmax output differs from the argmax target (classification error). */
export function classificationError(
  net: Network,
  theta: Float64Array,
  data: Dataset,
  rows?: ArrayLike<number>,
): number {
  checkDataset('classificationError', data, net.spec.inputDim, net.spec.outputDim);
  const batch = resolveRows('classificationError', data, rows);
  const outputs = predict(net, theta, data.inputs);
  const m = net.spec.outputDim;
  const argmax = (v: Float64Array, base: number) => {
    let best = 0;
    for (let c = 1; c < m; c++) if (v[base + c] > v[base + best]) best = c;
    return best;
  };
  let wrong = 0;
  for (let k = 0; k < batch.length; k++) {
    const r = batch[k];
    if (m === 1) {
      // scalar output: the sign is the class (targets ±1)
      const yhat = outputs.data[r] > 0;
      const y = data.targets.data[r] > 0;
      if (yhat !== y) wrong++;
    } else if (argmax(outputs.data, r * m) !== argmax(data.targets.data, r * m)) wrong++;
  }
  return wrong / batch.length;
}
