// Run by release:verify in an empty npm project after `npm install backprop-nn`: the umbrella must
// load from ESM, hold one export of each library package, and expose the same names as from
// CommonJS (umbrella.cjs).
import * as backprop from "backprop-nn";

const names = Object.keys(backprop).filter((name) => name !== "default");
for (const name of ["Matrix", "relu", "Dense", "mse", "adam", "sequential", "loadIris", "lossCurve"]) {
  if (!(name in backprop)) throw new Error(`backprop (ESM) does not export ${name}`);
}
console.log(JSON.stringify({ exports: names.length }));
