// Everything every library package exports, under the same names. A name two packages export is
// resolved here explicitly (src/index.test.ts lists each one and fails on any other clash):
// `confusionMatrix` and the types `ConfusionMatrixOptions`, `Labels` are viz's; metrics' counts
// are `confusionMatrix` from @backprop/metrics (or viz's `confusionCounts`).
export * from "@backprop/linalg";
export * from "@backprop/activations";
export * from "@backprop/layers";
export * from "@backprop/losses";
export * from "@backprop/optimizers";
export * from "@backprop/network";
export * from "@backprop/data";
export * from "@backprop/metrics";
export * from "@backprop/viz";
export { confusionMatrix } from "@backprop/viz";
export type { ConfusionMatrixOptions, Labels } from "@backprop/viz";
