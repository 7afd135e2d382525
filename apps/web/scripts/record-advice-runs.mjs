// Records real playground runs for the advice rules' tests: every epoch's training and test loss,
// the guessing loss, and the gradient health every CHECK epochs, from the page's own session
// code (loaded through Vite, so it is the TypeScript the worker runs). Writes
// src/model/__fixtures__/advice-runs.json. Run: node apps/web/scripts/record-advice-runs.mjs
import { writeFileSync } from "node:fs";
import { createServer } from "vite";

const CHECK = 25;
/** [name, config patch, epochs, the rule expected to speak at the end (null: quiet throughout)] */
const RUNS = [
  ["circles, Adam at rate 3 (diverging)", { learningRate: 3 }, 150, "diverging"],
  ["the tilted plane, Adam at rate 3 (diverging)", { problem: "regression", learningRate: 3 }, 150, "diverging"],
  ["Iris, ReLU 8,8,8, Adam 0.1, 30 % training data (overfitting)", { dataset: "iris", hidden: [8, 8, 8], activation: "relu", learningRate: 0.1, trainRatio: 30 }, 200, "overfitting"],
  ["spiral, ReLU 4,4, SGD at rate 3, batch 1 (dead ReLUs)", { dataset: "spiral", activation: "relu", optimizer: "sgd", learningRate: 3, batchSize: 1 }, 150, "deadRelu"],
  ["a sigmoid stack on SGD (plateau)", { activation: "sigmoid", hidden: [4, 4, 4], optimizer: "sgd" }, 800, "plateau"],
  ["the default circles run (healthy)", {}, 300, null],
  ["makeClassification at noise 30 (healthy)", { dataset: "classification", noise: 30 }, 300, null],
  ["the spiral, ReLU 8,8,8, Adam 0.01 (healthy)", { dataset: "spiral", activation: "relu", hidden: [8, 8, 8], learningRate: 0.01 }, 300, null],
  ["the multi-Gaussian, default network (healthy regression)", { problem: "regression", regressionDataset: "multiGauss" }, 300, null],
  ["the noisy sine, MAE (healthy regression)", { problem: "regression", regressionDataset: "sine", regressionLoss: "mae", noise: 20 }, 300, null],
];

const root = new URL("..", import.meta.url).pathname;
const server = await createServer({ root, server: { middlewareMode: true, hmr: false }, appType: "custom", logLevel: "error" });
try {
  const { createSession } = await server.ssrLoadModule("/src/model/session.ts");
  const { defaultConfig } = await server.ssrLoadModule("/src/state/config.ts");
  const { prepareData } = await server.ssrLoadModule("/src/model/prepare-data.ts");
  const { lossName } = await server.ssrLoadModule("/src/model/build-model.ts");
  const { guessingLoss } = await server.ssrLoadModule("/src/model/plateau.ts");
  const { baselineLoss } = await server.ssrLoadModule("/src/model/regression-scores.ts");
  const round = (v) => Number(v.toPrecision(7));
  const runs = RUNS.map(([name, patch, epochs, expected]) => {
    const config = { ...defaultConfig(), ...patch };
    const data = prepareData(config);
    const classes = data.view.classNames.length;
    const loss = lossName(config, classes > 2 ? classes : 1);
    const guessing = data.targets ? baselineLoss(data.targets.train.data, loss) : guessingLoss(data.yTrain, classes, loss);
    const session = createSession(config);
    const first = session.snapshot([]);
    const train = [first.trainLoss];
    const test = [first.testLoss];
    const checks = [];
    for (let e = 1; e <= epochs; e++) {
      const p = session.runEpoch();
      train.push(round(p.train));
      test.push(round(p.test));
      if (e % CHECK === 0) {
        const snap = session.snapshot([]);
        checks.push({ epoch: e, health: snap.health.map((h) => ({ gradMean: h.gradMean, gradMax: h.gradMax, deadShare: h.deadShare, saturatedShare: h.saturatedShare })), warning: snap.warning });
      }
    }
    console.log(`${name}: loss ${train.at(-1)} / ${test.at(-1)}, guessing ${guessing.toFixed(4)}; ${checks.at(-1).warning?.slice(0, 70) ?? "no warning"}`);
    return { name, patch, setup: { activation: config.activation, optimizer: config.optimizer, learningRate: config.learningRate, hidden: config.hidden }, regression: !!data.targets, guessing, expected, train, test, checks };
  });
  writeFileSync(new URL("../src/model/__fixtures__/advice-runs.json", import.meta.url), JSON.stringify({ check: CHECK, runs }) + "\n");
} finally {
  await server.close();
}
