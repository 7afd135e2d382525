/**
 * The most elements a matrix may allocate: `2²⁸ = 268,435,456` float64 values, 2 GiB.
 *
 * A shape past it is nearly always a mistake (sizes swapped, or multiplied by accident), and the
 * engine would answer it with a bare `Invalid typed array length: …` (Node 20 stops at 2³²
 * elements) or `Array buffer allocation failed`, or, worse, succeed and push a browser tab or a
 * Node process out of memory. 2 GiB still holds the largest data sets this library is meant for
 * (10⁷ samples of 20 features are 2·10⁸ values, 1.5 GiB).
 *
 * The limit applies where linalg allocates. To go past it on purpose, allocate the storage
 * yourself and wrap it (`new Matrix(rows, cols, data)`), and pass `out` to the ops.
 */
export const MAX_ELEMENTS = 2 ** 28;

/**
 * Throws a RangeError naming `op` and the shape when `rows × cols` exceeds {@link MAX_ELEMENTS}.
 * `remedy` says how to go past the limit from where the caller stands.
 */
export function assertElementCount(op: string, rows: number, cols: number, remedy: string): void {
  if (rows * cols > MAX_ELEMENTS) {
    throw new RangeError(
      `${op}: rows × cols must be ≤ MAX_ELEMENTS (2^28 = ${MAX_ELEMENTS} values, 2 GiB). Received: shape=[${rows},${cols}] (${rows * cols} values); to go past the limit, ${remedy}.`,
    );
  }
}

/** Allocates `n` zeros; an allocation the engine refuses becomes a RangeError naming `op` and the shape. */
export function allocate(op: string, rows: number, cols: number): Float64Array {
  try {
    return new Float64Array(rows * cols);
  } catch (cause) {
    const gib = ((rows * cols * 8) / 2 ** 30).toPrecision(3);
    throw new RangeError(`${op}: out of memory allocating shape=[${rows},${cols}] (${gib} GiB). Received: shape=[${rows},${cols}].`, { cause });
  }
}
