/**
 * Generated networks, for the unit tests of src/nn and the deep family's properties: a small
 * architecture, a dataset and parameters, all from one record of integers and a seed, so
 * fast-check shrinks toward one input, one hidden unit, one output and one example.
 */
import * as fc from 'fast-check';
import { createMat } from '../linalg/dense.ts';
import { seedArbitrary } from './quadratic.ts';
import { createRng } from '../random/rng.ts';
import type { Dataset } from '../nn/dataset.ts';
import { oneHot } from '../nn/dataset.ts';
import type { LossKind } from '../nn/loss.ts';
import type { Activation, Network } from '../nn/network.ts';
import { createNetwork, initParams } from '../nn/network.ts';
import { createWorkspace, forward } from '../nn/workspace.ts';

export interface NetworkCase {
  readonly inputDim: number;
  readonly hiddenWidths: readonly number[];
  readonly outputDim: number;
  readonly activation: Activation;
  readonly loss: LossKind;
  readonly numExamples: number;
  readonly seed: number;
}

export const networkCaseArbitrary: fc.Arbitrary<NetworkCase> = fc.record({
  inputDim: fc.integer({ min: 1, max: 3 }),
  hiddenWidths: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 2 }),
  outputDim: fc.integer({ min: 1, max: 3 }),
  activation: fc.constantFrom<Activation>('tanh', 'relu'),
  loss: fc.constantFrom<LossKind>('mse', 'cross-entropy'),
  numExamples: fc.integer({ min: 1, max: 5 }),
  seed: seedArbitrary,
});

export interface MaterializedCase {
  readonly net: Network;
  readonly theta: Float64Array;
  readonly data: Dataset;
  readonly loss: LossKind;
  /** two random directions in parameter space */
  readonly u: Float64Array;
  readonly v: Float64Array;
}

export function materializeCase(c: NetworkCase): MaterializedCase {
  const net = createNetwork(c);
  const rng = createRng(c.seed);
  const theta = initParams(net, rng.fork('init').seed, { biasStd: 0.5 });
  const inputs = createMat(c.numExamples, c.inputDim);
  for (let i = 0; i < inputs.data.length; i++) inputs.data[i] = rng.normal();
  let targets = createMat(c.numExamples, c.outputDim);
  if (c.loss === 'mse')
    for (let i = 0; i < targets.data.length; i++) targets.data[i] = rng.normal();
  else
    targets = oneHot(
      Array.from({ length: c.numExamples }, () => rng.integer(0, c.outputDim - 1)),
      c.outputDim,
    );
  const direction = () => Float64Array.from({ length: net.numParams }, () => rng.normal());
  return { net, theta, data: { inputs, targets }, loss: c.loss, u: direction(), v: direction() };
}

/** min |z| over hidden pre-activations of every example: the distance to a ReLU kink. */
export function smallestHiddenPreactivation(
  net: Network,
  theta: Float64Array,
  data: Dataset,
): number {
  const ws = createWorkspace(net);
  let smallest = Infinity;
  for (let r = 0; r < data.inputs.rows; r++) {
    forward(net, theta, data.inputs.data, r, ws);
    for (let l = 0; l < net.layers.length - 1; l++)
      for (const z of ws.z[l]) smallest = Math.min(smallest, Math.abs(z));
  }
  return smallest;
}
