// Run by release:verify in an empty npm project after `npm install backprop-nn`: the umbrella must
// load from CommonJS, hold one export of each library package, and expose the same names as
// from ESM (umbrella.mjs).
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file proves CommonJS users can require it
const backprop = require("backprop-nn");

const names = Object.keys(backprop).filter((name) => name !== "default" && name !== "__esModule");
for (const name of ["Matrix", "relu", "Dense", "mse", "adam", "sequential", "loadIris", "lossCurve"]) {
  if (!(name in backprop)) throw new Error(`backprop (CommonJS) does not export ${name}`);
}
console.log(JSON.stringify({ exports: names.length }));
