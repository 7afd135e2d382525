/** Veltkamp's splitting constant 2²⁷ + 1: `t − (t − a)` with `t = SPLITTER·a` keeps a's top 26 bits. */
const SPLITTER = 134217729;

/**
 * The rounding error of a product: `a·b = p + productError(a, b, p)` exactly, where `p` is the
 * rounded product `a * b` (Dekker's two-product: each factor split into halves whose products are
 * exact). Valid while no intermediate overflows or underflows.
 */
export function productError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const aHi = t - (t - a), aLo = a - aHi;
  t = SPLITTER * b;
  const bHi = t - (t - b), bLo = b - bHi;
  return aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo;
}
