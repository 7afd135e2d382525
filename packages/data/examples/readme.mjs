// The README's example: seed 001's Iris preparation, then a noisy two-moons set.
import { loadIris, makeMoons, OneHotEncoder, StandardScaler, trainTestSplit } from "@backprop/data";

const { x, y, targetNames } = loadIris();
const scaler = new StandardScaler();
const xScaled = scaler.fitTransform(x);
const yOneHot = new OneHotEncoder().fitTransform(y);
const { xTrain, xTest, yTest, testIndices } = trainTestSplit(xScaled, yOneHot, { testSize: 0.2, randomState: 42 });

const show = (values) => JSON.stringify(Array.from(values));
console.log("train", show(xTrain.shape), "test", show(xTest.shape));
console.log("first test rows", show(testIndices.slice(0, 5)), "->", targetNames[y[testIndices[0]]]);
console.log("xTrain[0]", show(xTrain.row(0)));
console.log("yTest[0]", show(yTest.row(0)));
console.log("scaler mean", show(scaler.mean));

const moons = makeMoons({ nSamples: 200, noise: 0.1, randomState: 0 });
console.log("moons", show(moons.x.shape), show(moons.x.row(0)), moons.y[0]);
