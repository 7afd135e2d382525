// A classifier's predictions scored as scikit-learn scores them, then a regression and a metric by name.
import { classificationReport, confusionMatrix, f1Score, getMetric, logLoss, r2Score, rocAucScore } from "@backprop/metrics";

const yTrue = ["cat", "dog", "bird", "dog", "cat", "cat", "bird", "dog"];
const yPred = ["cat", "cat", "bird", "dog", "dog", "cat", "cat", "dog"];
console.log(classificationReport(yTrue, yPred));
console.log("confusion (rows: true bird, cat, dog) =", confusionMatrix(yTrue, yPred));
console.log("f1 per class =", f1Score(yTrue, yPred, { average: null }));

// Probabilities for the classes bird, cat, dog (sorted), one row per sample.
const proba = [
  [0.1, 0.7, 0.2], [0.2, 0.5, 0.3], [0.6, 0.2, 0.2], [0.1, 0.2, 0.7],
  [0.2, 0.3, 0.5], [0.3, 0.6, 0.1], [0.4, 0.5, 0.1], [0.2, 0.2, 0.6],
];
console.log("roc auc (one-vs-rest, macro) =", rocAucScore(yTrue, proba));
console.log("log loss =", logLoss(yTrue, proba));

console.log("r2 =", r2Score([3, -0.5, 2, 7], [2.5, 0, 2, 8]));
const metric = getMetric("mae");
console.log(`${metric.name}: ${metric.task}, greater is better: ${metric.greaterIsBetter}, value ${metric.compute([3, -0.5, 2, 7], [2.5, 0, 2, 8])}`);

try {
  f1Score(yTrue, yPred);
} catch (error) {
  console.log(`${error.name}: ${error.message}`);
}
