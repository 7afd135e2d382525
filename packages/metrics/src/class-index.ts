import type { Label } from "./labels.js";

/** Maps each label in `labels` to its position; labels outside the list map to -1. */
export function labelIndex(labels: readonly Label[]): (v: Label) => number {
  const index = new Map<Label, number>(labels.map((l, i) => [l, i]));
  return (v) => index.get(v) ?? -1;
}
