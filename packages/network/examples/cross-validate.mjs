// k-fold cross-validation: a fresh model per fold, fitted on its training rows, scored on the rest.
import { loadIris, StandardScaler } from "@backprop/data";
import { buildModel, crossValidate, crossValScore } from "@backprop/network";

const { x, y } = loadIris();
const xs = new StandardScaler().fitTransform(x); // (a scaler inside each fold would be stricter)
const spec = { inputSize: 4, hidden: [{ units: 8, activation: "relu" }], task: "multiclass", outputs: 3, seed: 0, compile: { optimizer: "adam", learningRate: 0.05 } };

// A classifier gets stratified folds by default, as scikit-learn's cross_val_score.
const result = crossValidate(() => buildModel(spec), xs, y, { cv: 5, fit: { epochs: 30, batchSize: 16 }, metrics: ["score", "f1", "loss"] });
for (const [i, fold] of result.folds.entries()) {
  const { score, f1, loss } = fold.metrics;
  console.log(`fold ${i}: train ${fold.train.length}, test ${fold.test.length} (first ${Array.from(fold.test.slice(0, 3)).join(", ")}) accuracy ${score.toFixed(4)}, f1 ${f1.toFixed(4)}, loss ${loss.toFixed(4)}`);
}
console.log(`accuracy ${result.mean.score.toFixed(4)} ± ${result.std.score.toFixed(4)} (mean ± population std)`);

// Shuffled folds, and one metric per fold.
const scores = crossValScore(() => buildModel(spec), xs, y, { cv: { nSplits: 3, shuffle: true, randomState: 42 }, fit: { epochs: 30, batchSize: 16 }, metric: "balancedAccuracy" });
console.log("balanced accuracy per fold:", scores.map((s) => s.toFixed(4)).join(", "));

try {
  crossValidate(() => buildModel(spec), xs, y, { cv: 1 });
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
