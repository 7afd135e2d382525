// Everything every library package exports, under the same names. No two packages export the same
// name today (src/index.test.ts fails if that changes, so a clash gets resolved here explicitly).
export * from "@backprop/linalg";
export * from "@backprop/activations";
export * from "@backprop/layers";
export * from "@backprop/losses";
export * from "@backprop/optimizers";
export * from "@backprop/network";
export * from "@backprop/data";
export * from "@backprop/viz";
