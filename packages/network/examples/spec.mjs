import { loadIris, StandardScaler, trainTestSplit } from "@backprop/data";
import { buildModel, outputHead, parameterCount, Sequential } from "@backprop/network";

// A model as plain data: the CLI, the playground and "Copy as code" all describe theirs this way.
const spec = {
  inputSize: 4,
  hidden: [{ units: 16, activation: "relu" }, { units: 8, activation: "relu", dropout: 0.1 }],
  task: "multiclass",
  outputs: 3,
  seed: 42,
  compile: { optimizer: "adam", learningRate: 0.01, metrics: ["accuracy"] },
};
console.log("head:", JSON.stringify(outputHead(spec.task, spec.outputs)), "parameters:", parameterCount(spec));

const { x, y } = loadIris();
const split = trainTestSplit(x, y, { testSize: 0.2, stratify: y, randomState: 42 });
const scaler = new StandardScaler().fit(split.xTrain);
const [xTrain, xTest] = [scaler.transform(split.xTrain), scaler.transform(split.xTest)];

const model = buildModel(spec);
console.log("layers:", model.layers.map((l) => l.name).join(" → "));
const history = model.fit(xTrain, split.yTrain, { epochs: 100, batchSize: 16 });
console.log(`epoch 100: loss ${history.loss[99].toFixed(4)}, accuracy ${history.accuracy[99].toFixed(3)}; test accuracy ${model.accuracy(xTest, split.yTest).toFixed(3)}`);

// The spec survives JSON and builds the same weights; the trained model's file reloads and trains on.
const again = buildModel(JSON.parse(JSON.stringify(spec)));
console.log("same initial weights from the JSON text:", again.params().every((p, i) => p.value.equals(buildModel(spec).params()[i].value)));
const copy = Sequential.fromJSON(JSON.stringify(model.toJSON()));
console.log("reloaded:", copy.loss.name, copy.optimizer.getConfig().name, "predicts identically:", copy.predict(xTest).equals(model.predict(xTest)));

// Mistakes are named before anything is allocated.
for (const bad of [{ ...spec, hidden: [{ units: 16 }, { units: 0 }] }, { ...spec, task: "binary" }, { ...spec, inputSize: 1e6, hidden: [{ units: 1e3 }] }]) {
  try {
    buildModel(bad);
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
  }
}
