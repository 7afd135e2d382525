// The `@backprop/data/digits` entry point: 120 KB of data that the main entry leaves out.
export { loadDigits } from "./load-digits.js";
export type { LoadDigitsOptions } from "./load-digits.js";
export type { LabelledDataset } from "../labelled-dataset.js";
