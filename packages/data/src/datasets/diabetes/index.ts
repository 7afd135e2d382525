// The `@backprop/data/diabetes` entry point: 23 KB of data that the main entry leaves out.
export { loadDiabetes } from "./load-diabetes.js";
export type { LoadDiabetesOptions, DiabetesDataset } from "./load-diabetes.js";
