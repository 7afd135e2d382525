/**
 * Thrown when operands have shapes an operation cannot combine.
 * The message names the operation and every shape involved, e.g.
 * `matmul: inner dimensions must match. Received: a.shape=[3,4], b.shape=[5,2].`
 */
export class ShapeError extends RangeError {
  override name = "ShapeError";
}

/** `[rows,cols]` as it appears in error messages. */
export function formatShape(m: { rows: number; cols: number }): string {
  return `[${m.rows},${m.cols}]`;
}
