// The README's second example: the real data sets behind their own entry points, and a
// regression problem with its true coefficients.
import { loadDigits } from "@backprop/data/digits";
import { loadWine } from "@backprop/data/wine";
import { loadBreastCancer } from "@backprop/data/breast-cancer";
import { loadDiabetes } from "@backprop/data/diabetes";
import { makeFriedman1, makeRegression } from "@backprop/data";

const show = (values) => JSON.stringify(Array.from(values));

const digits = loadDigits();
console.log("digits", show(digits.x.shape), "image 0, top row", show(digits.x.row(0).slice(0, 8)), "->", digits.targetNames[digits.y[0]]);
const wine = loadWine();
console.log("wine", show(wine.x.shape), wine.featureNames[12], wine.x.get(0, 12), "->", wine.targetNames[wine.y[0]]);
const cancer = loadBreastCancer();
console.log("breast cancer", show(cancer.x.shape), cancer.featureNames[0], cancer.x.get(0, 0), "->", cancer.targetNames[cancer.y[0]]);
const diabetes = loadDiabetes();
console.log("diabetes", show(diabetes.x.shape), "x[0][0..2]", show(diabetes.x.row(0).slice(0, 3)), "y[0]", diabetes.y[0]);

const { x, y, coef } = makeRegression({ nSamples: 100, nFeatures: 4, nInformative: 2, noise: 1, randomState: 0 });
console.log("regression", show(x.shape), "coef", show(coef), "y[0]", y[0]);
const friedman = makeFriedman1({ nSamples: 100, noise: 1, randomState: 0 });
console.log("friedman1", show(friedman.x.shape), "y[0]", friedman.y[0]);
