/** Which neurons of one diagram column are drawn, and the row slot each one takes. */
export interface ColumnLayout {
  /** The drawn neurons in order: their index in the layer and their row slot. */
  shown: Array<{ neuron: number; slot: number }>;
  /** Neurons left out (0 when the column fits). */
  hidden: number;
  /** The slot of the ellipsis between the first and last neurons, or -1 when none is hidden. */
  ellipsisSlot: number;
  /** Rows the column needs: the drawn neurons, plus one for the ellipsis. */
  slots: number;
}

/**
 * Lays out a column of `n` neurons in at most `max` circles: all of them when `n ≤ max`, else the
 * first `⌈max/2⌉` and the last `⌊max/2⌋`, with an ellipsis slot between (`hidden = n − max`).
 * @example
 * const c = columnLayout(784, 16);
 * [c.shown.length, c.hidden, c.ellipsisSlot, c.shown.at(-1)]; // [16, 768, 8, { neuron: 783, slot: 16 }]
 */
export function columnLayout(n: number, max: number): ColumnLayout {
  if (n <= max) return { shown: Array.from({ length: n }, (_, i) => ({ neuron: i, slot: i })), hidden: 0, ellipsisSlot: -1, slots: n };
  const head = Math.ceil(max / 2);
  const tail = max - head;
  const shown = Array.from({ length: max }, (_, k) => (k < head ? { neuron: k, slot: k } : { neuron: n - max + k, slot: k + 1 }));
  return { shown, hidden: n - max, ellipsisSlot: head, slots: head + 1 + tail };
}
