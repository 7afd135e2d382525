import { modelSpec } from "../model/build-model.js";
import { BUMP_RADIUS, BUMPS, featuresFor } from "../model/regression-data.js";
import { PLANE_EXTENT, SAMPLES } from "../model/datasets.js";
import { regressionDatasetOf, type PlaygroundConfig } from "../state/config.js";
import { changeImports, withDropoutLayers } from "./changes-code.js";
import { changesWithin, constantLines, expandFunction, installLine, literal, scaledInputLines, specLines, trainingSection } from "./code-parts.js";

/** The data generator as printed: the same draws, in the same order, as `generateRegressionData`. */
function generatorLines(config: PlaygroundConfig): string[] {
  const set = regressionDatasetOf(config);
  const body = set === "sine"
    ? ["    x.set(i, 0, x1);", "    y[i] = Math.sin(x1) + noise * rng.standardNormal();"]
    : [
      `    const x2 = rng.uniform(-${PLANE_EXTENT}, ${PLANE_EXTENT});`,
      `    const n1 = rng.uniform(-${PLANE_EXTENT}, ${PLANE_EXTENT}) * noise;`,
      `    const n2 = rng.uniform(-${PLANE_EXTENT}, ${PLANE_EXTENT}) * noise;`,
      "    x.set(i, 0, x1);",
      "    x.set(i, 1, x2);",
      "    y[i] = target(x1 + n1, x2 + n2);",
    ];
  const target = set === "plane"
    ? ["/** The tilted plane: x1 + x2 in [-10, 10] maps to [-1, 1]. */", "function target(a: number, b: number): number {", "  return (a + b) / 10;", "}"]
    : set === "multiGauss"
      ? [
        `/** Six signed bumps, each falling from 1 at its centre to 0 at distance ${BUMP_RADIUS}. */`,
        "function target(a: number, b: number): number {",
        `  const bumps = ${literal(BUMPS)};`,
        "  let sum = 0;",
        `  for (const [cx, cy, sign] of bumps) sum += sign * Math.max(0, 1 - Math.hypot(a - cx, b - cy) / ${BUMP_RADIUS});`,
        "  return sum;",
        "}",
      ]
      : [];
  return [
    "",
    `/** The playground's ${set} set: ${SAMPLES} points drawn from one generator seeded with \`seed\`. */`,
    "function makeData(seed: number, noise: number): { x: Matrix; y: Float64Array } {",
    "  const rng = new RandomState(seed);",
    `  const x = new Matrix(${SAMPLES}, 2);`,
    `  const y = new Float64Array(${SAMPLES});`,
    `  for (let i = 0; i < ${SAMPLES}; i++) {`,
    `    const x1 = rng.uniform(-${PLANE_EXTENT}, ${PLANE_EXTENT});`,
    ...body,
    "  }",
    "  return { x, y };",
    "}",
    ...(target.length > 0 ? ["", ...target] : []),
  ];
}

/**
 * "Copy as code" for a regression run: the same data (the generator printed in full), the random
 * split, features and scaling, the page's model spec (a linear head, the chosen mse/mae/huber) and
 * `fit`, logging the losses as the page shows them, epoch for epoch.
 */
export function generateRegressionCode(config: PlaygroundConfig, epochs = 0): string {
  const features = featuresFor(config.features, regressionDatasetOf(config) === "sine");
  const changes = changesWithin(config, epochs);
  const spec = withDropoutLayers(modelSpec(config, features.length, 1), config, changes);
  return [
    installLine(`regression run (seed ${config.seed})`, ["@backprop/linalg", "@backprop/data"], changes),
    `import { Matrix, RandomState } from "@backprop/linalg";`,
    `import { trainTestSplit, StandardScaler } from "@backprop/data";`,
    ...changeImports(changes),
    ...constantLines(config.seed, epochs),
    "// 1. Data, split at random (a continuous target has no classes to stratify by).",
    `const raw = makeData(SEED, ${config.noise / 100});`,
    `const split = trainTestSplit(raw.x, raw.y, { testSize: ${(100 - config.trainRatio) / 100}, randomState: SEED });`,
    "",
    "// 2. Input features, standardized with the training set's mean and deviation; targets as generated.",
    ...scaledInputLines(true),
    "",
    "// 3. The network as data: a linear output and the chosen regression loss.",
    ...specLines(spec),
    "",
    ...trainingSection(config, changes),
    "",
    ...expandFunction(features),
    ...generatorLines(config),
    "",
  ].join("\n");
}
