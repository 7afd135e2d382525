import { modelSpec } from "../model/build-model.js";
import { problemOf, type PlaygroundConfig } from "../state/config.js";
import { changeImports, withDropoutLayers } from "./changes-code.js";
import { changesWithin, constantLines, installLine, scaledInputLines, specLines, trainingSection } from "./code-parts.js";

/**
 * A file's or column's name as a string literal, safe in code and in a line comment: JSON's
 * escapes, plus U+2028 and U+2029, which end a line comment in JavaScript.
 */
function quoted(name: string): string {
  return JSON.stringify(name).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** The standardized regression targets the code trains and scores on (the page's units). */
const SCALED_TARGETS = { train: "yTrain", test: "yTest" };

/**
 * "Copy as code" for an uploaded file: the program reads the same file (from beside it) with
 * `parseCsvTable`, keeps the rows with a value in the label (or target) column and every
 * trained-on column, in file order, splits them as the page does (stratified by class, or at
 * random for a numeric target), standardizes the trained-on columns (and a target) with the
 * training rows' statistics, and trains the page's model spec: the same run, epoch for epoch.
 * `classes` is the number of classes the page found in the file (unused for regression).
 * @example
 * generateCsvCode({ ...defaultConfig(), csv: { file: "pets.csv", label: "kind", features: ["w", "h"], plotX: "w", plotY: "h" } }, 0, 3)
 *   .includes('const FILE = "pets.csv";'); // true
 */
export function generateCsvCode(config: PlaygroundConfig, epochs: number, classes: number): string {
  const choice = config.csv!;
  const regression = problemOf(config) === "regression";
  const changes = changesWithin(config, epochs);
  const spec = withDropoutLayers(modelSpec(config, choice.features.length, regression || classes <= 2 ? 1 : classes), config, changes);
  const testSize = (100 - config.trainRatio) / 100;
  const labels = [
    "const labels = rows.map((i) => label.values[i] as string | number);",
    "const y = new LabelEncoder().fit(labels).transform(labels); // classes 0 … k − 1 in sorted order",
    `const split = trainTestSplit(x, y, { testSize: ${testSize}, stratify: y, randomState: SEED });`,
    "",
    "// 2. The trained-on columns, standardized with the training rows' mean and deviation.",
    ...scaledInputLines(false),
  ];
  const targets = [
    "const target = Float64Array.from(rows, (i) => label.values[i] as number);",
    "// A continuous target has no classes to stratify by: a random split.",
    `const split = trainTestSplit(x, target, { testSize: ${testSize}, randomState: SEED });`,
    "",
    "// 2. The trained-on columns and the target, standardized with the training rows' mean and",
    "//    deviation (the losses are in those units, as on the page; targetScaler.inverseTransform",
    "//    turns a prediction back into the file's).",
    ...scaledInputLines(false),
    "const column = (values: Float64Array) => new Matrix(values.length, 1, Float64Array.from(values));",
    "const targetScaler = new StandardScaler().fit(column(split.yTrain as Float64Array));",
    "const yTrain = targetScaler.transform(column(split.yTrain as Float64Array));",
    "const yTest = targetScaler.transform(column(split.yTest as Float64Array));",
  ];
  return [
    installLine(`${regression ? "regression " : ""}run on ${quoted(choice.file)} (seed ${config.seed})`, ["@backprop/linalg", "@backprop/data"], changes),
    `import { readFileSync } from "node:fs";`,
    `import { Matrix } from "@backprop/linalg";`,
    `import { ${regression ? "" : "LabelEncoder, "}parseCsvTable, StandardScaler, trainTestSplit } from "@backprop/data";`,
    ...changeImports(changes),
    ...constantLines(config.seed, epochs),
    `// 1. Data: the file you uploaded, read from beside this program. The rows with a value in`,
    `//    ${quoted(choice.label)} and in every trained-on column, in file order (a blank cell drops its row).`,
    `const FILE = ${quoted(choice.file)};`,
    "const table = parseCsvTable(readFileSync(FILE, \"utf8\"), { source: FILE });",
    "const byName = (name: string) => table.columns.find((c) => c.name === name)!;",
    `const label = byName(${quoted(choice.label)});`,
    `const features = [${choice.features.map(quoted).join(", ")}].map(byName);`,
    "const blank = (v: unknown) => v === null || (typeof v === \"number\" && Number.isNaN(v));",
    "const rows = Array.from({ length: table.nRows }, (_, i) => i).filter((i) => !blank(label.values[i]) && features.every((f) => !blank(f.values[i])));",
    "const x = Matrix.from(rows.map((i) => features.map((f) => f.values[i] as number)));",
    ...(regression ? targets : labels),
    "",
    `// 3. The network as data: every weight drawn from one generator seeded with SEED, layer by layer;`,
    `//    ${regression ? "a linear output and the chosen regression loss." : "the head (sigmoid for two classes, softmax for more) and its loss follow from the task."}`,
    ...specLines(spec),
    "",
    ...trainingSection(config, changes, regression ? SCALED_TARGETS : undefined),
    "",
  ].join("\n");
}
