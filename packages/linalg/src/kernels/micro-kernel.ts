/** Holds an edge tile's sums so that clipping it allocates nothing. */
const EDGE = /* @__PURE__ */ new Float64Array(16);

/**
 * The 4×4 micro-kernel: `C[i0:i0+4, j0:j0+4] += Ap·Bp` over `kc` steps, where `Ap` is a packed
 * 4-row strip at `aOff` and `Bp` a packed 4-column strip at `bOff` (see pack.ts). The sixteen
 * sums stay in locals (registers) for the whole loop; `rows`/`cols` (≤ 4) clip the edge tiles.
 */
export function microKernel4x4(
  ap: Float64Array,
  aOff: number,
  bp: Float64Array,
  bOff: number,
  kc: number,
  c: Float64Array,
  cOff: number,
  ldc: number,
  rows: number,
  cols: number,
): void {
  let c00 = 0, c01 = 0, c02 = 0, c03 = 0;
  let c10 = 0, c11 = 0, c12 = 0, c13 = 0;
  let c20 = 0, c21 = 0, c22 = 0, c23 = 0;
  let c30 = 0, c31 = 0, c32 = 0, c33 = 0;
  let ai = aOff, bi = bOff;
  for (let p = 0; p < kc; p++) {
    const b0 = bp[bi] as number, b1 = bp[bi + 1] as number, b2 = bp[bi + 2] as number, b3 = bp[bi + 3] as number;
    let a = ap[ai] as number;
    c00 += a * b0; c01 += a * b1; c02 += a * b2; c03 += a * b3;
    a = ap[ai + 1] as number;
    c10 += a * b0; c11 += a * b1; c12 += a * b2; c13 += a * b3;
    a = ap[ai + 2] as number;
    c20 += a * b0; c21 += a * b1; c22 += a * b2; c23 += a * b3;
    a = ap[ai + 3] as number;
    c30 += a * b0; c31 += a * b1; c32 += a * b2; c33 += a * b3;
    ai += 4;
    bi += 4;
  }
  if (rows === 4 && cols === 4) {
    let o = cOff;
    c[o] = (c[o] as number) + c00; c[o + 1] = (c[o + 1] as number) + c01; c[o + 2] = (c[o + 2] as number) + c02; c[o + 3] = (c[o + 3] as number) + c03;
    o += ldc;
    c[o] = (c[o] as number) + c10; c[o + 1] = (c[o + 1] as number) + c11; c[o + 2] = (c[o + 2] as number) + c12; c[o + 3] = (c[o + 3] as number) + c13;
    o += ldc;
    c[o] = (c[o] as number) + c20; c[o + 1] = (c[o + 1] as number) + c21; c[o + 2] = (c[o + 2] as number) + c22; c[o + 3] = (c[o + 3] as number) + c23;
    o += ldc;
    c[o] = (c[o] as number) + c30; c[o + 1] = (c[o + 1] as number) + c31; c[o + 2] = (c[o + 2] as number) + c32; c[o + 3] = (c[o + 3] as number) + c33;
    return;
  }
  const t = EDGE;
  t[0] = c00; t[1] = c01; t[2] = c02; t[3] = c03;
  t[4] = c10; t[5] = c11; t[6] = c12; t[7] = c13;
  t[8] = c20; t[9] = c21; t[10] = c22; t[11] = c23;
  t[12] = c30; t[13] = c31; t[14] = c32; t[15] = c33;
  for (let r = 0; r < rows; r++) {
    for (let q = 0; q < cols; q++) c[cOff + r * ldc + q] = (c[cOff + r * ldc + q] as number) + (t[4 * r + q] as number);
  }
}
