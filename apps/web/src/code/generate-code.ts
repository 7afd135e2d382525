import { classCount, generatorCall, PLANE_RADIUS } from "../model/datasets.js";
import { lossName, outputActivation } from "../model/build-model.js";
import type { FeatureName, PlaygroundConfig } from "../state/config.js";

const FEATURE_CODE: Record<FeatureName, string> = {
  x1: "x1", x2: "x2", x1sq: "x1 * x1", x2sq: "x2 * x2", x1x2: "x1 * x2", sinx1: "Math.sin(x1)", sinx2: "Math.sin(x2)",
};

/** A JS object literal with bare keys: `{ nSamples: 500, factor: 0.5 }`. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

function dataSection(config: PlaygroundConfig, testSize: number): string[] {
  const call = generatorCall(config);
  if (call === null) {
    return [
      "const raw = loadIris();",
      `const split = trainTestSplit(raw.x, raw.y, { testSize: ${testSize}, stratify: raw.y, randomState: SEED });`,
      "",
      "// 2. All four measurements, standardized with the training set's mean and deviation.",
      "const scaler = new StandardScaler().fit(split.xTrain);",
      "const xTrain = scaler.transform(split.xTrain);",
      "const xTest = scaler.transform(split.xTest);",
    ];
  }
  const options = literal(call.options).replace(/ }$/, ", randomState: SEED }");
  return [
    `const raw = ${call.fn}(${options});`,
    `const points = toPlane(raw.x); // centred, farthest coordinate at ±${PLANE_RADIUS}`,
    `const split = trainTestSplit(points, raw.y, { testSize: ${testSize}, stratify: raw.y, randomState: SEED });`,
    "",
    "// 2. Input features, standardized with the training set's mean and deviation.",
    "const scaler = new StandardScaler().fit(expand(split.xTrain));",
    "const xTrain = scaler.transform(expand(split.xTrain));",
    "const xTest = scaler.transform(expand(split.xTest));",
  ];
}

function helpers(config: PlaygroundConfig): string[] {
  if (config.dataset === "iris") return [];
  const features = config.features.map((f) => FEATURE_CODE[f]).join(", ");
  return [
    "",
    "/** The playground's input features: one column per chosen function of (x1, x2). */",
    "function expand(x: Matrix): Matrix {",
    "  return Matrix.from(Array.from({ length: x.rows }, (_, i) => {",
    "    const [x1, x2] = [x.get(i, 0), x.get(i, 1)];",
    `    return [${features}];`,
    "  }));",
    "}",
    "",
    `/** Centres the points (mid-range at 0) and scales both axes so the farthest coordinate is ${PLANE_RADIUS}. */`,
    "function toPlane(x: Matrix): Matrix {",
    "  const mid = [0, 1].map((c) => {",
    "    let lo = Infinity;",
    "    let hi = -Infinity;",
    "    for (let i = 0; i < x.rows; i++) {",
    "      lo = Math.min(lo, x.get(i, c));",
    "      hi = Math.max(hi, x.get(i, c));",
    "    }",
    "    return (lo + hi) / 2;",
    "  });",
    "  let reach = 0;",
    "  for (let i = 0; i < x.rows; i++) for (const c of [0, 1]) reach = Math.max(reach, Math.abs(x.get(i, c) - mid[c]));",
    `  const s = reach > 0 ? ${PLANE_RADIUS} / reach : 1;`,
    "  const out = new Matrix(x.rows, 2);",
    "  for (let i = 0; i < x.rows; i++) for (const c of [0, 1]) out.set(i, c, (x.get(i, c) - mid[c]) * s);",
    "  return out;",
    "}",
  ];
}

/**
 * The TypeScript, on backprop's packages, that reproduces a playground run epoch for epoch: the
 * same data, split, features, scaling, initial weights, shuffles, dropout masks and optimizer.
 * @example
 * generateCode(defaultConfig()).includes('optimizer: "adam"'); // true
 */
export function generateCode(config: PlaygroundConfig): string {
  const iris = config.dataset === "iris";
  const classes = classCount(config);
  const outputs = classes > 2 ? classes : 1;
  const loss = lossName(config, outputs);
  const inputs = iris ? 4 : config.features.length;
  const reg = config.regularization === "none" ? "" : `${config.regularization}(${config.regRate})`;
  const regOption = reg === "" ? "" : ", regularizer";
  const layerLines: string[] = [];
  let width = inputs;
  config.hidden.forEach((units, i) => {
    layerLines.push(`  new Dense(${width}, ${units}, { activation: "${config.activation}", rng, name: "hidden_${i + 1}"${regOption} }),`);
    if (config.dropout > 0) layerLines.push(`  new Dropout(${config.dropout}),`);
    width = units;
  });
  layerLines.push(`  new Dense(${width}, ${outputs}, { activation: "${outputActivation(outputs)}", rng, name: "output"${regOption} }),`);
  const layerImports = ["Dense", ...(config.dropout > 0 ? ["Dropout"] : []), ...(reg ? [config.regularization] : [])].join(", ");
  const dataImports = iris ? "loadIris, trainTestSplit, StandardScaler" : `${generatorCall(config)!.fn}, trainTestSplit, StandardScaler`;
  const testSize = (100 - config.trainRatio) / 100;
  return [
    `// backprop playground run (seed ${config.seed}). npm i @backprop/linalg @backprop/data @backprop/layers @backprop/network`,
    `import { Matrix, RandomState } from "@backprop/linalg";`,
    `import { ${dataImports} } from "@backprop/data";`,
    `import { ${layerImports} } from "@backprop/layers";`,
    `import { sequential, TrainingSession } from "@backprop/network";`,
    "",
    `const SEED = ${config.seed};`,
    "const EPOCHS = 100;",
    "const LOG_EVERY = 10;",
    "",
    `// 1. Data${iris ? ": Fisher's Iris, 150 flowers, 3 species." : "."}`,
    ...dataSection(config, testSize),
    "",
    "// 3. The network: every weight drawn from one generator, layer by layer; shuffles continue from it.",
    "const rng = new RandomState(SEED);",
    ...(reg ? [`const regularizer = ${reg};`] : []),
    "const model = sequential([",
    ...layerLines,
    "], { rng });",
    "",
    "// 4. Training, one epoch at a time (as the playground's Web Worker does).",
    "const session = new TrainingSession(model, xTrain, split.yTrain, {",
    `  loss: "${loss}", optimizer: "${config.optimizer}", learningRate: ${config.learningRate}, batchSize: ${config.batchSize}, epochs: EPOCHS,`,
    "});",
    "for (let epoch = 1; epoch <= EPOCHS; epoch++) {",
    "  session.runEpoch();",
    "  if (epoch % LOG_EVERY !== 0) continue;",
    `  const train = model.evaluate(xTrain, split.yTrain, { loss: "${loss}" }).loss;`,
    `  const test = model.evaluate(xTest, split.yTest, { loss: "${loss}" }).loss;`,
    "  console.log(`epoch ${epoch}: training loss ${train.toFixed(4)}, test loss ${test.toFixed(4)}`);",
    "}",
    ...helpers(config),
    "",
  ].join("\n");
}
