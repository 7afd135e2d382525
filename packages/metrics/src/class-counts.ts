import { labelIndex } from "./class-index.js";
import type { Label } from "./labels.js";

/** Per-label sums behind precision and recall (scikit-learn's `multilabel_confusion_matrix`). */
export interface ClassCounts {
  /** Weighted count of samples labelled and predicted as the label. */
  tp: Float64Array;
  /** Weighted count predicted as the label. */
  pred: Float64Array;
  /** Weighted count labelled as the label (the support). */
  true: Float64Array;
}

/** Counts, per label of `labels`, in sample order (as `np.bincount`); other labels are skipped. */
export function classCounts(t: Label[], p: Label[], labels: Label[], w: Float64Array | undefined): ClassCounts {
  const k = labels.length;
  const counts: ClassCounts = { tp: new Float64Array(k), pred: new Float64Array(k), true: new Float64Array(k) };
  const index = labelIndex(labels);
  t.forEach((v, s) => {
    const weight = w === undefined ? 1 : (w[s] as number);
    const i = index(v);
    const j = index(p[s] as Label);
    if (i >= 0) (counts.true[i] as number) += weight;
    if (j >= 0) (counts.pred[j] as number) += weight;
    if (i >= 0 && v === p[s]) (counts.tp[i] as number) += weight;
  });
  return counts;
}
