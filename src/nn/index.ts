/**
 * src/nn — small fully connected networks with exact gradients and Hessian–vector products,
 * MSE and softmax cross-entropy losses, full-batch GD and mini-batch Adam.
 */
export type { Activation, InitOptions, LayerLayout, Network, NetworkSpec } from './network.ts';
export { createNetwork, initParams } from './network.ts';
export type { Dataset } from './dataset.ts';
export { allRows, oneHot } from './dataset.ts';
export type { LossKind } from './loss.ts';
export type { BatchOptions, LossAndGradient } from './backprop.ts';
export { batchLoss, classificationError, lossAndGradient, predict } from './backprop.ts';
export type { HessianVectorProduct } from './hvp.ts';
export { hessianOperator, hessianVectorProduct } from './hvp.ts';
export type { AdamOptions, AdamState } from './adam.ts';
export { adamStep, createAdam } from './adam.ts';
export type { AdamTrainOptions, GradientDescentTrainOptions, TrainResult } from './train.ts';
export { trainAdam, trainGradientDescent } from './train.ts';
export { fullHessian, hessianSpectrum, sharpness } from './sharpness.ts';
export type { RandomLabelOptions, RandomLabelTask } from './tasks.ts';
export { chebyshevDataset, chebyshevT, randomLabelTask } from './tasks.ts';
