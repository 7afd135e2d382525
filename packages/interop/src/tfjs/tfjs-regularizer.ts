/** backprop's weight penalty, `l1·Σ|W| + (l2/2)·ΣW²` (see `@backprop/layers`' regularizers). */
export interface PenaltyView {
  l1: number;
  l2: number;
}

/**
 * A Dense layer's penalty in Keras' form, `kernel_regularizer: { class_name: "L1L2", config:
 * { l1, l2 } }`. Keras' `L1L2` is `l1·Σ|W| + l2·ΣW²`, without backprop's ½ on the square, so
 * its `l2` is half of backprop's: the same penalty, the same gradient.
 */
export function kerasRegularizer(r: PenaltyView): { class_name: "L1L2"; config: { l1: number; l2: number } } {
  return { class_name: "L1L2", config: { l1: r.l1, l2: r.l2 / 2 } };
}

const KERAS_CLASSES = ["L1L2", "L1", "L2"];

/**
 * A Keras `kernel_regularizer` (`L1L2`, `L1` or `L2`, as Keras and TF.js write them) as
 * backprop's penalty; `undefined` for none (absent or `null`).
 * @throws TypeError naming the layer for another regularizer or a setting that is not a number ≥ 0.
 */
export function penaltyFromKeras(value: unknown, at: string): PenaltyView | undefined {
  if (value === undefined || value === null) return undefined;
  const v = value as { class_name?: unknown; config?: Record<string, unknown> | null };
  const cls = v.class_name;
  const bad = (): TypeError =>
    new TypeError(`fromTfjs: ${at}.kernel_regularizer must be one of ${KERAS_CLASSES.join(", ")} with l1, l2 ≥ 0. Received: ${JSON.stringify(value)?.slice(0, 80)}.`);
  if (typeof v !== "object" || typeof cls !== "string" || !KERAS_CLASSES.includes(cls) || (v.config !== undefined && (v.config === null || typeof v.config !== "object"))) throw bad();
  const config = v.config ?? {};
  const read = (key: "l1" | "l2"): number => {
    // Keras' own defaults: L1L2() is 0 and 0; L1() and L2() are 0.01.
    const fallback = cls === "L1L2" ? 0 : 0.01;
    const x = (cls === "L1L2" || cls.toLowerCase() === key) ? (config[key] ?? fallback) : 0;
    if (typeof x !== "number" || !Number.isFinite(x) || x < 0) throw bad();
    return x;
  };
  return { l1: read("l1"), l2: 2 * read("l2") };
}
