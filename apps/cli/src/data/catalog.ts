/** One built-in data set as `backprop data --list` shows it. */
export interface BuiltinInfo {
  name: string;
  rows: number;
  features: number;
  /** `classification` with its class count, or `regression`. */
  task: "classification" | "regression";
  classes?: number;
  /** Generated (shape set by `--n-samples`) or a fixed table. */
  generated: boolean;
  description: string;
}

/** Every built-in set, in the order `--list` prints them. */
export const BUILTINS: readonly BuiltinInfo[] = [
  { name: "iris", rows: 150, features: 4, task: "classification", classes: 3, generated: false, description: "Fisher's iris flowers (scikit-learn's load_iris)" },
  { name: "classification", rows: 1000, features: 2, task: "classification", classes: 2, generated: true, description: "tutorial 000's make_classification" },
  { name: "circles", rows: 500, features: 2, task: "classification", classes: 2, generated: true, description: "make_circles, noise 0.1, factor 0.5" },
  { name: "moons", rows: 500, features: 2, task: "classification", classes: 2, generated: true, description: "make_moons, noise 0.2" },
  { name: "xor", rows: 4, features: 2, task: "classification", classes: 2, generated: true, description: "the XOR truth table (noisy quadrants with --n-samples)" },
  { name: "spiral", rows: 300, features: 2, task: "classification", classes: 3, generated: true, description: "CS231n's 3-arm spiral, noise 0.2" },
  { name: "digits", rows: 1797, features: 64, task: "classification", classes: 10, generated: false, description: "8×8 handwritten digits (load_digits)" },
  { name: "wine", rows: 178, features: 13, task: "classification", classes: 3, generated: false, description: "wine cultivars from chemistry (load_wine)" },
  { name: "breast-cancer", rows: 569, features: 30, task: "classification", classes: 2, generated: false, description: "Wisconsin diagnostic breast cancer (load_breast_cancer)" },
  { name: "diabetes", rows: 442, features: 10, task: "regression", generated: false, description: "disease progression after one year (load_diabetes, scaled)" },
];

/** `classification (3 classes)` or `regression`. */
export function taskText(info: BuiltinInfo): string {
  return info.task === "regression" ? "regression" : `classification (${info.classes} classes)`;
}
