// The `@backprop/data/breast-cancer` entry point: 120 KB of data that the main entry leaves out.
export { loadBreastCancer } from "./load-breast-cancer.js";
export type { LabelledDataset } from "../labelled-dataset.js";
