/**
 * Per-example buffers shared by the forward, backward and R passes (internal to src/nn), and the
 * activation derivatives they use: for tanh σ' = 1 − a², σ'' = −2a(1 − a²) with a = tanh z;
 * for ReLU σ' = 1[z > 0] and σ'' = 0 (the kink at z = 0 is given derivative 0).
 */
import type { Network } from './network.ts';

export interface Workspace {
  /** a[0] = x, a[l+1] = σ(z[l]) for hidden layers, a[K] = f(x) */
  readonly a: Float64Array[];
  readonly z: Float64Array[];
  readonly delta: Float64Array[];
  /** R-operator images (directional derivatives along v) of a, z and δ */
  readonly Ra: Float64Array[];
  readonly Rz: Float64Array[];
  readonly Rdelta: Float64Array[];
  /** scratch of the widest layer's size */
  readonly back: Float64Array;
  readonly Rback: Float64Array;
  readonly probs: Float64Array;
  readonly target: Float64Array;
  readonly Rout: Float64Array;
}

const workspaces = new WeakMap<Network, Workspace>();

/**
 * The workspace of a network, made once and reused (the passes are synchronous and never nest,
 * so one per network is enough; it holds no state between calls).
 */
export function workspaceOf(net: Network): Workspace {
  let ws = workspaces.get(net);
  if (!ws) {
    ws = createWorkspace(net);
    workspaces.set(net, ws);
  }
  return ws;
}

export function createWorkspace(net: Network): Workspace {
  const widths = [net.spec.inputDim, ...net.layers.map((l) => l.fanOut)];
  const widest = Math.max(...widths);
  const perLayer = () => net.layers.map((l) => new Float64Array(l.fanOut));
  return {
    a: widths.map((w) => new Float64Array(w)),
    z: perLayer(),
    delta: perLayer(),
    Ra: widths.map((w) => new Float64Array(w)),
    Rz: perLayer(),
    Rdelta: perLayer(),
    back: new Float64Array(widest),
    Rback: new Float64Array(widest),
    probs: new Float64Array(net.spec.outputDim),
    target: new Float64Array(net.spec.outputDim),
    Rout: new Float64Array(net.spec.outputDim),
  };
}

/** σ'(z) given z and a = σ(z). */
export function slope(isTanh: boolean, z: number, a: number): number {
  return isTanh ? 1 - a * a : z > 0 ? 1 : 0;
}

/** σ''(z) given a = σ(z). */
export function curvature(isTanh: boolean, a: number): number {
  return isTanh ? -2 * a * (1 - a * a) : 0;
}

/** Forward pass of one example x (row `row` of `inputs`): fills ws.z and ws.a. */
export function forward(
  net: Network,
  theta: Float64Array,
  inputs: Float64Array,
  row: number,
  ws: Workspace,
): void {
  const { layers, spec } = net;
  const K = layers.length;
  const isTanh = spec.activation === 'tanh';
  const x = ws.a[0];
  for (let j = 0; j < spec.inputDim; j++) x[j] = inputs[row * spec.inputDim + j];

  for (let l = 0; l < K; l++) {
    const { fanIn, fanOut, weightOffset, biasOffset } = layers[l];
    const input = ws.a[l];
    const z = ws.z[l];
    const a = ws.a[l + 1];
    for (let i = 0; i < fanOut; i++) {
      let s = theta[biasOffset + i];
      const base = weightOffset + i * fanIn;
      for (let j = 0; j < fanIn; j++) s += theta[base + j] * input[j];
      z[i] = s;
      a[i] = l === K - 1 ? s : isTanh ? Math.tanh(s) : s > 0 ? s : 0;
    }
  }
}
