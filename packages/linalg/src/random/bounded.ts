import type { MT19937 } from "./mt19937.js";

/** The smallest all-ones bit mask covering `max` (NumPy's `gen_mask`). */
function maskFor(max: number): number {
  let mask = max;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  return mask >>> 0;
}

function nextUint64(mt: MT19937): bigint {
  const hi = BigInt(mt.nextUint32());
  return (hi << 32n) | BigInt(mt.nextUint32());
}

/** Masked rejection for ranges wider than 32 bits, on 64-bit draws as NumPy does. */
function boundedUint64(mt: MT19937, max: number): number {
  const limit = BigInt(max);
  let mask = limit;
  for (const shift of [1n, 2n, 4n, 8n, 16n, 32n]) mask |= mask >> shift;
  let value: bigint;
  do value = nextUint64(mt) & mask;
  while (value > limit);
  return Number(value);
}

/**
 * A uniform integer in `[0, max]` by masked rejection: NumPy's legacy `randint`
 * (`random_bounded_uint64_fill` with `use_masked`) and `random_interval` (behind `shuffle`) both
 * draw this way, on 32-bit outputs while `max < 2³²` and on 64-bit ones above.
 */
export function boundedUint(mt: MT19937, max: number): number {
  if (max === 0) return 0;
  if (max > 0xffffffff) return boundedUint64(mt, max);
  const mask = maskFor(max);
  let value: number;
  do value = (mt.nextUint32() & mask) >>> 0;
  while (value > max);
  return value;
}
