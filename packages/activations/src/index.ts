export { sigmoid } from "./sigmoid.js";
export { relu, leakyRelu } from "./relu.js";
export { tanh } from "./tanh.js";
export { softmax } from "./softmax.js";
export { linear } from "./linear.js";
export { getActivation } from "./get-activation.js";
export { ACTIVATION_NAMES } from "./types.js";
export type { Activation, ActivationName, ActivationSpec } from "./types.js";
