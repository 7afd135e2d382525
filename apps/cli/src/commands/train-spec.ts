import { limitsHelp } from "../limits.js";
import type { CommandSpec } from "../args/spec.js";
import { SCALE_NAMES, UNKNOWN_NAMES } from "../engine/preprocessing.js";
import { TASK_NAMES } from "../engine/task-choice.js";
import { activationFlag, csvFlagSpecs, dataFlag, jsonFlag, lossFlag, optimizerFlag, seedFlag, targetFlag } from "./shared-flags.js";
import { scheduleNotes, trainingFlags } from "./train-options.js";
import type { FlagSpec } from "../args/spec.js";

/** Data, task and reporting flags (issue 13): kept in one block apart from the model and optimizer flags. */
const dataAndTaskFlags: readonly FlagSpec[] = [
  ...csvFlagSpecs,
  { name: "task", kind: "choice", choices: TASK_NAMES, valueName: "classification|regression", description: "What the target is (default: inferred; text → classification, ≤ 20 distinct integers → classification, other numbers → regression)." },
  { name: "unknown", kind: "choice", choices: UNKNOWN_NAMES, default: "error", description: "A text category unseen in training, at predict time: refuse it, or encode it as all zeros." },
  { name: "class-weight", kind: "string", valueName: "balanced|CLASS=W,...", description: "Weigh each class's rows in the loss: balanced (n / (k · count)) or per class name." },
  { name: "cv", kind: "integer", min: 2, max: 100, valueName: "k", description: "k-fold cross-validation (stratified for classification, shuffled with --seed) instead of one split." },
];

/** The flags, help text and examples of `backprop train` (kept apart from its run function, which is long enough). */
export const trainSpec: CommandSpec = {
  name: "train",
  summary: "Train a classifier or a regression on a built-in data set or a CSV file; save it and plot it.",
  flags: [
    dataFlag(true),
    targetFlag,
    { name: "layers", kind: "integers", min: 1, default: [16, 8], valueName: "sizes", description: "Hidden layer sizes, comma-separated." },
    activationFlag,
    optimizerFlag,
    lossFlag,
    { name: "lr", kind: "number", min: 0, exclusiveMin: true, default: 0.1, valueName: "rate", description: "Learning rate." },
    { name: "epochs", kind: "integer", min: 1, default: 1000, valueName: "n", description: "Passes over the training rows." },
    { name: "batch-size", kind: "integer", min: 1, default: 16, valueName: "n", description: "Rows per gradient step (one permutation per epoch)." },
    { name: "l2", kind: "number", min: 0, default: 0, valueName: "lambda", description: "L2 penalty on the weights." },
    { name: "dropout", kind: "number", min: 0, max: 0.95, default: 0, valueName: "rate", description: "Dropout after each hidden layer." },
    // Model, optimizer and training-loop flags beyond the basics (train-options.ts).
    ...trainingFlags,
    { name: "test-size", kind: "number", min: 0, max: 0.9, default: 0.2, valueName: "fraction", description: "Fraction held out for testing (0: none)." },
    { name: "scale", kind: "choice", choices: SCALE_NAMES, default: "standard", description: "Feature scaling, fitted on the training rows." },
    seedFlag,
    { name: "save", kind: "outputFile", valueName: "model.json", description: "Save the model (with its scaler, feature and class names)." },
    { name: "plot-loss", kind: "outputFile", valueName: "loss.svg", description: "Write the loss curve: SVG, or PNG for a .png path." },
    { name: "plot-boundary", kind: "outputFile", valueName: "boundary.svg", description: "Write the decision boundary (2-feature data): SVG, or PNG for a .png path." },
    jsonFlag,
    ...dataAndTaskFlags,
  ],
  examples: [
    "backprop train --data iris --layers 16,8 --epochs 1000 --save model.json",
    "backprop train --data moons --optimizer adam --lr 0.01 --plot-boundary b.svg",
    "backprop train --data measurements.csv --target species --scale minmax --json",
    "backprop train --data houses.csv --target price --task regression --drop id --save price.json",
    "backprop train --data wine --cv 5 --class-weight balanced",
    "backprop train --data spiral --optimizer adamw --lr 0.01 --weight-decay 0.01 --batch-norm --dropout 0.1",
    "backprop train --data iris --schedule cosine:500:0.001 --validation-split 0.2 --early-stopping 50 --metrics f1,precision",
  ],
  notes: [
    "Built-in sets and the train/test split use random_state=42, as the tutorials do; --seed seeds",
    "the weights, the per-epoch shuffles and the dropout masks. Two classes get one sigmoid output",
    "and binary cross-entropy, more get softmax and categorical cross-entropy. Ctrl-C stops after",
    "the current batch and still reports (and saves) the model as it stands.",
    "Training that diverges (a NaN loss, a loss pinned near its ceiling, accuracy back at chance, or",
    "weights grown 1000×) stops with the likely cause and exit code 2; --save then keeps the last",
    "healthy weights and says so.",
    "A CSV with text or blank cells goes through a ColumnTransformer (numbers: median imputer and the",
    "--scale scaler; text: most-frequent imputer and one-hot), saved in the model file so that",
    "predict takes raw rows. A regression has one linear output trained on the standardized target",
    "(its scaler is saved too, and every prediction is put back in the target's units).",
    "",
    ...scheduleNotes,
    "",
    ...limitsHelp(),
  ],
};
