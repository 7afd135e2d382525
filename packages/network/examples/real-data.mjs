// Against scikit-learn on real data: the same splits, our networks beside scikit-learn's models.
// scikit-learn's figures come from src/model-selection/__fixtures__/real-data.json, written by
// scripts/make-real-data-fixtures.py (scikit-learn 1.2.1); ours are computed here.
import { readFileSync } from "node:fs";
import { StandardScaler, trainTestSplit } from "@backprop/data";
import { loadBreastCancer } from "@backprop/data/breast-cancer";
import { loadDiabetes } from "@backprop/data/diabetes";
import { loadDigits } from "@backprop/data/digits";
import { Matrix, RandomState } from "@backprop/linalg";
import { f1Score, recallScore } from "@backprop/metrics";
import { buildModel, crossValScore } from "@backprop/network";

const sk = JSON.parse(readFileSync(new URL("../src/model-selection/__fixtures__/real-data.json", import.meta.url), "utf8"));
const same = (a, b) => a.length === b.length && Array.from(a).every((v, i) => v === b[i]);
const f4 = (v) => v.toFixed(4);
const row = (name, ...cells) => console.log(`  ${name.padEnd(76)}${cells.map((c) => c.padStart(10)).join("")}`);

/** scikit-learn's train_test_split(test_size=0.25, random_state=0), then a StandardScaler fitted on the training rows. */
function split(x, y, options = {}) {
  const s = trainTestSplit(x, y, { testSize: 0.25, randomState: 0, ...options });
  const scaler = new StandardScaler().fit(s.xTrain);
  return { ...s, xTrain: scaler.transform(s.xTrain), xTest: scaler.transform(s.xTest) };
}

// Digits: 64 pixels → 32 relu → 10 softmax, Adam at MLPClassifier's defaults (rate 0.001, batches of 200).
const digits = loadDigits();
const d = split(digits.x, digits.y);
const digitsNet = buildModel({ inputSize: 64, hidden: [{ units: 32, activation: "relu" }], task: "multiclass", outputs: 10, seed: 0, compile: { optimizer: "adam", learningRate: 0.001 } });
digitsNet.fit(d.xTrain, d.yTrain, { epochs: 50, batchSize: 200 });
console.log(`digits: ${d.xTrain.rows} train / ${d.xTest.rows} test rows; same split as scikit-learn: ${same(d.trainIndices, sk.digits.train) && same(d.testIndices, sk.digits.test)}`);
row("", "accuracy");
row("backprop 64-32-10 (relu, softmax, adam 0.001, 50 epochs × 200)", f4(digitsNet.score(d.xTest, d.yTest)));
row(`MLPClassifier(hidden_layer_sizes=(32,), random_state=0)`, f4(sk.digits.mlpClassifier.accuracy));

// Diabetes: a 10-32-1 regression net, and a net with no hidden layer (a linear model) trained by
// full-batch gradient descent until it reaches least squares.
const diabetes = loadDiabetes();
const r = split(diabetes.x, diabetes.y);
const mlp = buildModel({ inputSize: 10, hidden: [{ units: 32, activation: "relu" }], task: "regression", outputs: 1, seed: 0, compile: { optimizer: "adam", learningRate: 0.005 } });
mlp.fit(r.xTrain, r.yTrain, { epochs: 300, batchSize: 16 });
const linear = buildModel({ inputSize: 10, task: "regression", outputs: 1, seed: 0, compile: { optimizer: "sgd", learningRate: 0.05 } });
linear.fit(r.xTrain, r.yTrain, { epochs: 5000 });
console.log(`\ndiabetes: ${r.xTrain.rows} train / ${r.xTest.rows} test rows; same split as scikit-learn: ${same(r.trainIndices, sk.diabetes.train) && same(r.testIndices, sk.diabetes.test)}`);
row("", "test R²", "train R²");
row("backprop 10-32-1 (relu, linear, adam 0.005, 300 epochs × 16)", f4(mlp.score(r.xTest, r.yTest)));
row("MLPRegressor(hidden_layer_sizes=(32,), max_iter=2000, random_state=0)", f4(sk.diabetes.mlpRegressor.r2));
row("backprop 10-1 (linear, sgd 0.05, 5000 full-batch epochs)", f4(linear.score(r.xTest, r.yTest)), f4(linear.score(r.xTrain, r.yTrain)));
row("LinearRegression()", f4(sk.diabetes.linearRegression.r2), f4(sk.diabetes.linearRegression.trainR2));

// Breast cancer, made imbalanced: every benign row and a fifth of the malignant ones
// (np.random.RandomState(0).permutation of their indices), then a stratified split.
const cancer = loadBreastCancer();
const malignant = Int32Array.from(cancer.y.keys()).filter((i) => cancer.y[i] === 0);
new RandomState(0).shuffle(malignant);
const kept = malignant.slice(0, Math.floor(malignant.length / 5)).sort();
const rows = Int32Array.from(cancer.y.keys()).filter((i) => cancer.y[i] === 1 || kept.includes(i));
const xs = Matrix.from(Array.from(rows, (i) => cancer.x.row(i)));
const ys = Int32Array.from(rows, (i) => cancer.y[i]);
const b = split(xs, ys, { stratify: ys });
console.log(`\nbreast cancer: ${ys.filter((v) => v === 0).length} malignant of ${ys.length} rows; same rows and split as scikit-learn: ${same(rows, sk.breastCancer.rows) && same(b.trainIndices, sk.breastCancer.train) && same(b.testIndices, sk.breastCancer.test)}`);
row("", "F1", "recall");
const logistic = () => buildModel({ inputSize: 30, task: "binary", seed: 0, compile: { optimizer: "adam", learningRate: 0.01 } });
for (const classWeight of [undefined, "balanced"]) {
  const model = logistic();
  model.fit(b.xTrain, b.yTrain, { epochs: 100, batchSize: 32, ...(classWeight ? { classWeight } : {}) });
  const predicted = model.predictClasses(b.xTest);
  row(`backprop 30-1 (sigmoid, adam 0.01, 100 epochs × 32)${classWeight ? ', classWeight "balanced"' : ""}`, f4(f1Score(b.yTest, predicted, { posLabel: 0 })), f4(recallScore(b.yTest, predicted, { posLabel: 0 })));
}
for (const [key, name] of [["logisticRegression", "LogisticRegression()"], ["logisticRegressionBalanced", 'LogisticRegression(class_weight="balanced")']]) {
  row(name, f4(sk.breastCancer[key].f1), f4(sk.breastCancer[key].recall));
}

// 5-fold cross-validation on the training rows: stratified folds, as cross_val_score's.
const scores = crossValScore(logistic, b.xTrain, b.yTrain, { cv: 5, fit: { epochs: 100, batchSize: 32, classWeight: "balanced" }, metric: "balancedAccuracy" });
const mean = (v) => v.reduce((a, s) => a + s, 0) / v.length;
const std = (v) => Math.sqrt(mean(v.map((s) => (s - mean(v)) ** 2)));
console.log("\n5-fold balanced accuracy on the training rows (mean ± std):");
row('backprop 30-1, classWeight "balanced"', `${f4(mean(scores))} ± ${f4(std(scores))}`);
row('cross_val_score(LogisticRegression(class_weight="balanced"), cv=5)', `${f4(sk.breastCancer.crossValScore.mean)} ± ${f4(sk.breastCancer.crossValScore.std)}`);
