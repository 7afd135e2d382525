import { classCount, generatorCall, PLANE_RADIUS } from "../model/datasets.js";
import { modelSpec } from "../model/build-model.js";
import { generateRegressionCode } from "./generate-regression-code.js";
import { problemOf, type PlaygroundConfig } from "../state/config.js";
import { changeImports, withDropoutLayers } from "./changes-code.js";
import { changesWithin, constantLines, DEFAULT_EPOCHS, expandFunction, installLine, literal, scaledInputLines, specLines, trainingSection } from "./code-parts.js";

export { DEFAULT_EPOCHS };

function dataSection(config: PlaygroundConfig, testSize: number): string[] {
  const call = generatorCall(config);
  if (call === null) {
    return [
      "const raw = loadIris();",
      `const split = trainTestSplit(raw.x, raw.y, { testSize: ${testSize}, stratify: raw.y, randomState: SEED });`,
      "",
      "// 2. All four measurements, standardized with the training set's mean and deviation.",
      ...scaledInputLines(false),
    ];
  }
  const options = literal(call.options).replace(/ }$/, ", randomState: SEED }");
  return [
    `const raw = ${call.fn}(${options});`,
    `const points = toPlane(raw.x); // centred, farthest coordinate at ±${PLANE_RADIUS}`,
    `const split = trainTestSplit(points, raw.y, { testSize: ${testSize}, stratify: raw.y, randomState: SEED });`,
    "",
    "// 2. Input features, standardized with the training set's mean and deviation.",
    ...scaledInputLines(true),
  ];
}

function helpers(config: PlaygroundConfig): string[] {
  if (config.dataset === "iris") return [];
  return [
    "",
    ...expandFunction(config.features),
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
 * same data, split, features and scaling, then the page's own model spec (see `modelSpec`) given
 * to `buildModel` as a literal — the same initial weights, shuffles, dropout masks, loss and
 * optimizer — and the `epochs` the page has trained ({@link DEFAULT_EPOCHS} before it trains),
 * logging the losses as the page shows them. Without mid-run changes it calls `fit`; with them a
 * `TrainingSession` loop applies each recorded change at its epoch (see `changes-code.ts`).
 * @example
 * generateCode(defaultConfig(), 250).includes("const EPOCHS = 250;"); // true
 */
export function generateCode(config: PlaygroundConfig, epochs = 0): string {
  if (problemOf(config) === "regression") return generateRegressionCode(config, epochs);
  const iris = config.dataset === "iris";
  const classes = classCount(config);
  const changes = changesWithin(config, epochs);
  const built = modelSpec(config, iris ? 4 : config.features.length, classes > 2 ? classes : 1);
  const spec = withDropoutLayers(built, config, changes);
  const dataImports = iris ? "loadIris, trainTestSplit, StandardScaler" : `${generatorCall(config)!.fn}, trainTestSplit, StandardScaler`;
  const testSize = (100 - config.trainRatio) / 100;
  return [
    installLine(`run (seed ${config.seed})`, iris ? ["@backprop/data"] : ["@backprop/linalg", "@backprop/data"], changes),
    ...(iris ? [] : [`import { Matrix } from "@backprop/linalg";`]),
    `import { ${dataImports} } from "@backprop/data";`,
    ...changeImports(changes),
    ...constantLines(config.seed, epochs),
    `// 1. Data${iris ? ": Fisher's Iris, 150 flowers, 3 species." : "."}`,
    ...dataSection(config, testSize),
    "",
    "// 3. The network as data: every weight drawn from one generator seeded with SEED, layer by layer;",
    "//    the head (sigmoid for two classes, softmax for more) and its loss follow from the task.",
    ...specLines(spec),
    "",
    ...trainingSection(config, changes),
    ...helpers(config),
    "",
  ].join("\n");
}
