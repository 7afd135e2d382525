import { StandardScaler, trainTestSplit } from "@backprop/data";
import { loadBreastCancer } from "@backprop/data/breast-cancer";
import { loadDiabetes } from "@backprop/data/diabetes";
import { loadDigits } from "@backprop/data/digits";
import { Matrix, RandomState } from "@backprop/linalg";
import { recallScore } from "@backprop/metrics";
import { loadFixture } from "@backprop/testing";
import { describe, expect, it } from "vitest";
import { buildModel } from "../spec/build.js";
import { crossValidate } from "./cross-validate.js";

// scikit-learn 1.2.1's splits and scores (scripts/make-real-data-fixtures.py); ours are computed
// here with the settings of examples/real-data.mjs, whose output the README shows.
interface Fixture {
  digits: { train: number[]; test: number[]; mlpClassifier: { accuracy: number } };
  diabetes: { train: number[]; test: number[]; mlpRegressor: { r2: number }; linearRegression: { r2: number; trainR2: number; coef: number[]; intercept: number } };
  breastCancer: {
    rows: number[]; keptMalignant: number[]; train: number[]; test: number[]; crossValFolds: number[][];
    logisticRegression: { recall: number }; logisticRegressionBalanced: { recall: number };
  };
}
const sk = loadFixture<Fixture>(import.meta.url, "real-data.json");
const ints = (a: Int32Array): number[] => Array.from(a);

/** train_test_split(test_size=0.25, random_state=0), then StandardScaler fitted on the training rows. */
function split<Y extends Int32Array | Float64Array>(x: Matrix, y: Y, stratify?: Int32Array) {
  const s = trainTestSplit(x, y, { testSize: 0.25, randomState: 0, ...(stratify ? { stratify } : {}) });
  const scaler = new StandardScaler().fit(s.xTrain);
  return { ...s, xTrain: scaler.transform(s.xTrain), xTest: scaler.transform(s.xTest) };
}

describe("against scikit-learn on real data", () => {
  it("digits: the same split, and a 64-32-10 network within reach of MLPClassifier's accuracy", () => {
    const { x, y } = loadDigits();
    const d = split(x, y);
    expect([ints(d.trainIndices), ints(d.testIndices)]).toEqual([sk.digits.train, sk.digits.test]);
    const model = buildModel({ inputSize: 64, hidden: [{ units: 32, activation: "relu" }], task: "multiclass", outputs: 10, seed: 0, compile: { optimizer: "adam", learningRate: 0.001 } });
    model.fit(d.xTrain, d.yTrain, { epochs: 50, batchSize: 200 });
    const accuracy = model.score(d.xTest, d.yTest);
    expect(sk.digits.mlpClassifier.accuracy).toBeGreaterThan(0.95);
    expect(accuracy).toBeGreaterThan(0.95);
  });

  it("diabetes: with no hidden layer, gradient descent reaches least squares (LinearRegression's R² within 0.01, never above its training R²)", () => {
    const { x, y } = loadDiabetes();
    const r = split(x, y);
    expect([ints(r.trainIndices), ints(r.testIndices)]).toEqual([sk.diabetes.train, sk.diabetes.test]);
    const linear = buildModel({ inputSize: 10, task: "regression", outputs: 1, seed: 0, compile: { optimizer: "sgd", learningRate: 0.05 } });
    linear.fit(r.xTrain, r.yTrain, { epochs: 5000 });
    const lr = sk.diabetes.linearRegression;
    expect(Math.abs(linear.score(r.xTest, r.yTest) - lr.r2)).toBeLessThan(0.01);
    // LinearRegression minimises the training squared error, so no linear model scores higher there.
    const trainR2 = linear.score(r.xTrain, r.yTrain);
    expect(trainR2).toBeLessThanOrEqual(lr.trainR2 + 1e-12);
    expect(trainR2).toBeGreaterThan(lr.trainR2 - 1e-3);
    const [w, b] = linear.params().map((p) => Array.from(p.value.data));
    w!.forEach((v, j) => expect(Math.abs(v - lr.coef[j]!)).toBeLessThan(1));
    expect(b![0]).toBeCloseTo(lr.intercept, 2);
    // A 10-32-1 network learns something too (MLPRegressor's R² beside it in the README).
    const mlp = buildModel({ inputSize: 10, hidden: [{ units: 32, activation: "relu" }], task: "regression", outputs: 1, seed: 0, compile: { optimizer: "adam", learningRate: 0.005 } });
    mlp.fit(r.xTrain, r.yTrain, { epochs: 300, batchSize: 16 });
    expect(mlp.score(r.xTest, r.yTest)).toBeGreaterThan(0.25);
  });

  it("breast cancer, imbalanced: the same rows, split and cross-validation folds; balanced class weights raise the minority's recall", () => {
    const cancer = loadBreastCancer();
    const malignant = Int32Array.from(cancer.y.keys()).filter((i) => cancer.y[i] === 0);
    new RandomState(0).shuffle(malignant); // np.random.RandomState(0).permutation(malignant)
    const kept = malignant.slice(0, Math.floor(malignant.length / 5)).sort();
    expect(ints(kept)).toEqual(sk.breastCancer.keptMalignant);
    const rows = Int32Array.from(cancer.y.keys()).filter((i) => cancer.y[i] === 1 || kept.includes(i));
    expect(ints(rows)).toEqual(sk.breastCancer.rows);
    const ys = Int32Array.from(rows, (i) => cancer.y[i]!);
    const b = split(Matrix.from(Array.from(rows, (i) => cancer.x.row(i))), ys, ys);
    expect([ints(b.trainIndices), ints(b.testIndices)]).toEqual([sk.breastCancer.train, sk.breastCancer.test]);

    const logistic = () => buildModel({ inputSize: 30, task: "binary", seed: 0, compile: { optimizer: "adam", learningRate: 0.01 } });
    // crossValidate's default folds for a classifier are cross_val_score's (StratifiedKFold(5)).
    const cv = crossValidate(logistic, b.xTrain, b.yTrain, { fit: { epochs: 1 } });
    expect(cv.folds.map((f) => ints(f.test))).toEqual(sk.breastCancer.crossValFolds);

    const malignantTest = Int32Array.from(b.yTest.keys()).filter((i) => b.yTest[i] === 0);
    const runs = [undefined, "balanced" as const].map((classWeight) => {
      const model = logistic();
      model.fit(b.xTrain, b.yTrain, { epochs: 100, batchSize: 32, ...(classWeight ? { classWeight } : {}) });
      const p = model.predict(b.xTest).data; // P(benign)
      return {
        recall: recallScore(b.yTest, model.predictClasses(b.xTest), { posLabel: 0 }),
        meanMalignantP: malignantTest.reduce((a, i) => a + (1 - p[i]!), 0) / malignantTest.length,
      };
    });
    const [plain, balanced] = runs as [{ recall: number; meanMalignantP: number }, { recall: number; meanMalignantP: number }];
    expect(balanced.recall).toBeGreaterThan(plain.recall);
    expect(balanced.meanMalignantP).toBeGreaterThan(plain.meanMalignantP);
    // scikit-learn's LogisticRegression shows the same direction on the same rows.
    expect(sk.breastCancer.logisticRegressionBalanced.recall).toBeGreaterThan(sk.breastCancer.logisticRegression.recall);
  });
});
