// The `@backprop/data/wine` entry point: 13 KB of data that the main entry leaves out.
export { loadWine } from "./load-wine.js";
export type { LabelledDataset } from "../labelled-dataset.js";
