/**
 * A small fully connected network and the layout of its parameters in one flat vector.
 *
 *   a₀ = x,   z_l = W_l·a_{l−1} + b_l,   a_l = σ(z_l)  (l < K),   f(x) = z_K
 *
 * with σ = tanh or ReLU on every hidden layer and a linear output layer. The parameters θ are
 * one Float64Array: for each layer l = 1 … K in order, W_l row-major (out × in) then b_l.
 * `initParams` draws W_l with entries N(0, gain²/fan_in) (LeCun for tanh, He for ReLU with the
 * default gains) and b_l with entries N(0, biasStd²), from the project's seeded Rng.
 */
import { createRng } from '../random/rng.ts';

export type Activation = 'tanh' | 'relu';

export interface NetworkSpec {
  readonly inputDim: number;
  /** widths of the hidden layers, in order (one or two in this project; zero is a linear model) */
  readonly hiddenWidths: readonly number[];
  readonly outputDim: number;
  readonly activation: Activation;
}

export interface LayerLayout {
  readonly fanIn: number;
  readonly fanOut: number;
  /** offset of W_l (row-major fanOut × fanIn) in θ */
  readonly weightOffset: number;
  /** offset of b_l (fanOut entries) in θ */
  readonly biasOffset: number;
}

export interface Network {
  readonly spec: NetworkSpec;
  readonly layers: readonly LayerLayout[];
  readonly numParams: number;
}

function checkWidth(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`createNetwork: ${name} must be an integer ≥ 1; received ${value}.`);
  }
}

export function createNetwork(spec: NetworkSpec): Network {
  const { inputDim, hiddenWidths, outputDim, activation } = spec;
  checkWidth('inputDim', inputDim);
  checkWidth('outputDim', outputDim);
  hiddenWidths.forEach((w, i) => checkWidth(`hiddenWidths[${i}]`, w));
  if (activation !== 'tanh' && activation !== 'relu') {
    throw new TypeError(
      `createNetwork: activation must be 'tanh' or 'relu'; received ${activation}.`,
    );
  }

  const widths = [inputDim, ...hiddenWidths, outputDim];
  const layers: LayerLayout[] = [];
  let offset = 0;
  for (let l = 1; l < widths.length; l++) {
    const fanIn = widths[l - 1];
    const fanOut = widths[l];
    layers.push({ fanIn, fanOut, weightOffset: offset, biasOffset: offset + fanIn * fanOut });
    offset += fanIn * fanOut + fanOut;
  }
  return {
    spec: { inputDim, hiddenWidths: [...hiddenWidths], outputDim, activation },
    layers,
    numParams: offset,
  };
}

export interface InitOptions {
  /** weight std = gain/√fan_in; default 1 for tanh, √2 for ReLU */
  readonly gain?: number;
  /** std of the biases; default 0 */
  readonly biasStd?: number;
  /** gain of the output layer; default 1 (the output layer is linear) */
  readonly outputGain?: number;
}

/** θ₀ drawn from `seed`: W_l ~ N(0, gain²/fan_in) entrywise, b_l ~ N(0, biasStd²). */
export function initParams(net: Network, seed: number, options: InitOptions = {}): Float64Array {
  const defaultGain = net.spec.activation === 'relu' ? Math.SQRT2 : 1;
  const { gain = defaultGain, biasStd = 0, outputGain = 1 } = options;
  for (const [name, value] of [
    ['gain', gain],
    ['biasStd', biasStd],
    ['outputGain', outputGain],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`initParams: ${name} must be finite and ≥ 0; received ${value}.`);
    }
  }

  const rng = createRng(seed);
  const theta = new Float64Array(net.numParams);
  net.layers.forEach((layer, l) => {
    const g = l === net.layers.length - 1 ? outputGain : gain;
    const std = g / Math.sqrt(layer.fanIn);
    for (let i = 0; i < layer.fanIn * layer.fanOut; i++)
      theta[layer.weightOffset + i] = std * rng.normal();
    for (let i = 0; i < layer.fanOut; i++) theta[layer.biasOffset + i] = biasStd * rng.normal();
  });
  return theta;
}
