/** A training history: `{ loss, valLoss? }` as `fit` records it, named series, or one array. */
export type LossHistory = { loss: ArrayLike<number>; valLoss?: ArrayLike<number> } | Record<string, ArrayLike<number>> | ArrayLike<number>;

/** One line of a loss plot. */
export interface LossSeries {
  key: string;
  label: string;
  values: ArrayLike<number>;
}

const LABELS: Record<string, string> = { loss: "train", valLoss: "validation", val_loss: "validation" };

/**
 * Picks the series to draw from a history: the keys in `series` (in that order) or every array
 * of numbers it holds; `loss` is labelled "train" and `valLoss` "validation". Empty series are
 * left out, so `{ loss: [0.7, 0.5], valLoss: [] }` draws the training loss alone.
 * @throws TypeError when a requested key is missing or no series is found; RangeError when a value
 * is not finite, or not positive on a log scale.
 * @example
 * lossSeries({ loss: [1, 0.5] }).map((s) => s.label); // ["train"]
 */
export function lossSeries(history: LossHistory, series?: readonly string[], logScale = false): LossSeries[] {
  const record: Record<string, unknown> = isNumberArray(history) ? { loss: history } : (history as Record<string, unknown>);
  const keys = series ?? Object.keys(record).filter((key) => isNumberArray(record[key]));
  const out = keys.map((key) => {
    const values = record[key];
    if (!isNumberArray(values)) {
      throw new TypeError(`lossCurve: history has no series "${key}". Expected one of: ${Object.keys(record).join(", ")}.`);
    }
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (!Number.isFinite(v) || (logScale && v <= 0)) {
        const rule = logScale ? "positive finite numbers on a log scale" : "finite numbers";
        throw new RangeError(`lossCurve: loss values must be ${rule}. Received: history.${key}[${i}]=${v}.`);
      }
    }
    return { key, label: LABELS[key] ?? key, values };
  });
  if (out.length === 0 || out.every((s) => s.values.length === 0)) {
    throw new TypeError(`lossCurve: history must hold at least one non-empty array of losses. Received: keys=[${Object.keys(record).join(",")}].`);
  }
  // An empty series beside others (a live plot before the first validation loss) is left out.
  return out.filter((s) => s.values.length > 0);
}

function isNumberArray(value: unknown): value is ArrayLike<number> {
  if (Array.isArray(value)) return value.every((v) => typeof v === "number");
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}
