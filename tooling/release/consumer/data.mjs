// Run by release:verify in an empty npm project after `npm install @backprop/data` (and nothing
// else): Iris loads and StandardScaler centres every column, checked against the definition.
import { loadIris, StandardScaler } from "@backprop/data";

const { x, featureNames } = loadIris();
const scaled = new StandardScaler().fitTransform(x);
const columns = [];
for (let j = 0; j < scaled.cols; j++) {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < scaled.rows; i++) {
    const v = scaled.data[i * scaled.cols + j];
    sum += v;
    squares += v * v;
  }
  columns.push({ mean: sum / scaled.rows, variance: squares / scaled.rows });
}
const centred = columns.every((c) => Math.abs(c.mean) < 1e-12 && Math.abs(c.variance - 1) < 1e-12);
console.log(JSON.stringify({ rows: x.rows, cols: x.cols, features: featureNames.length, centred }));
