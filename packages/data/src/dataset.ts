import type { Matrix } from "@backprop/linalg";

/** What every generator returns: features `x` (one sample per row) and integer labels `y`. */
export interface Dataset {
  x: Matrix;
  y: Int32Array;
}
