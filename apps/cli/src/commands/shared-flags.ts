import { ACTIVATION_NAMES } from "@backprop/activations";
import { LOSS_NAMES } from "@backprop/losses";
import { OPTIMIZER_NAMES } from "@backprop/optimizers";
import type { FlagSpec } from "../args/spec.js";
import { UNKNOWN_NAMES } from "../engine/preprocessing.js";

/** The data sets the commands can generate or load by name; anything else is a CSV path. */
export const DATASET_NAMES = ["iris", "classification", "circles", "moons", "xor", "spiral", "digits", "wine", "breast-cancer", "diabetes"] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/** `--seed n`: one RandomState for the weights, shuffles and dropout masks, like `np.random.seed(n)`. */
export const seedFlag: FlagSpec = {
  name: "seed",
  kind: "integer",
  min: 0,
  max: 4294967295,
  default: 42,
  valueName: "n",
  description: "Seed of the RandomState everything random draws from (np.random.seed).",
};

/** `--json`: the machine-readable mode of every command. */
export const jsonFlag: FlagSpec = {
  name: "json",
  kind: "boolean",
  description: "Print nothing but one JSON object on stdout.",
};

/** `--model model.json`: the file `predict` and `evaluate` read. */
export const modelFlag: FlagSpec = {
  name: "model",
  kind: "string",
  required: true,
  valueName: "model.json",
  description: "A model saved by `backprop train --save`.",
};

/** `--data iris|…|FILE.csv`: a built-in set's name or a CSV path; `required` for `train` and `evaluate`. */
export const dataFlag = (required: boolean): FlagSpec => ({
  name: "data",
  kind: "string",
  required,
  valueName: "set|FILE.csv",
  // The set names go in the description, which help wraps; a placeholder line does not wrap.
  description: `A built-in data set (${DATASET_NAMES.join(", ")}; backprop data --list shows them) or a CSV file.`,
});

/** `--target column`: which CSV column holds the labels or values. */
export const targetFlag: FlagSpec = {
  name: "target",
  kind: "string",
  valueName: "NAME|INDEX",
  description: "The CSV column holding the target, by name or 0-based index (-1: the last; default: the last column).",
};

/** `evaluate`'s `--target`: its default is the column the model was trained to predict. */
export const evaluateTargetFlag: FlagSpec = {
  ...targetFlag,
  description: "The CSV column holding the target, by name or 0-based index (-1: the last; default: the column the model was trained to predict, else the last).",
};

/** `--unknown error|ignore` of `predict` and `evaluate`: an unseen text category refused or encoded as all zeros. */
export const unknownAtUseFlag: FlagSpec = {
  name: "unknown",
  kind: "choice",
  choices: UNKNOWN_NAMES,
  description: "An unseen text category: refuse it or encode it as all zeros (default: as the model was trained).",
};

/** How `train`, `evaluate` and `predict --input` read a CSV (`--target` is separate: predict has none). */
export const csvFlagSpecs: readonly FlagSpec[] = [
  { name: "delimiter", kind: "string", valueName: "char", description: "CSV field separator (default: detected among , ; tab |; say tab for a tab)." },
  { name: "header", kind: "boolean", description: "The CSV's first row names the columns (default: detected)." },
  { name: "no-header", kind: "boolean", description: "The CSV's first row is data (columns are then x0, x1, …)." },
  { name: "features", kind: "string", valueName: "a,b,c", description: "Use only these CSV columns as features." },
  { name: "drop", kind: "string", valueName: "x,y", description: "Leave these CSV columns out." },
];
// The names below come from the packages' own lists, so a new activation, optimizer or loss
// reaches the CLI (its choices, errors and --help) without an edit here.

/** `--activation NAME`: any `@backprop/activations` name. */
export const activationFlag: FlagSpec = {
  name: "activation",
  kind: "choice",
  choices: ACTIVATION_NAMES,
  default: "relu",
  valueName: "name",
  description: "Hidden layers' activation.",
};

/** `--optimizer NAME`: any `@backprop/optimizers` name. */
export const optimizerFlag: FlagSpec = {
  name: "optimizer",
  kind: "choice",
  choices: OPTIMIZER_NAMES,
  default: "sgd",
  valueName: "name",
  description: "Optimizer.",
};

/** `--loss NAME`: any `@backprop/losses` name; without it the head's (binary or categorical cross-entropy). */
export const lossFlag: FlagSpec = {
  name: "loss",
  kind: "choice",
  choices: LOSS_NAMES,
  valueName: "name",
  description: "Loss (default: binaryCrossEntropy for 2 classes, categoricalCrossEntropy for more).",
};
