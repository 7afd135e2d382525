export { expectClose, maxRelativeError } from "./expect-close.js";
export type { Tolerance } from "./expect-close.js";
export { numericalGradient, gradientRelativeError } from "./finite-difference.js";
export { loadFixture } from "./fixtures.js";
