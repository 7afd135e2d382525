export { expectClose, maxRelativeError } from "./expect-close.js";
export type { Tolerance } from "./expect-close.js";
export { numericalGradient, gradientRelativeError } from "./finite-difference.js";
export { loadFixture } from "./fixtures.js";
export { describeLayer } from "./layer-harness.js";
export type { LayerHarnessOptions, LayerLike, MatrixLike } from "./layer-harness.js";
