/** An RGB colour, channels 0–255. */
export type Rgb = readonly [number, number, number];

/**
 * `#rrggbb` for an RGB triple (channels rounded and clamped to 0–255).
 * @example
 * toHex([255, 128, 0]); // "#ff8000"
 */
export function toHex(rgb: Rgb): string {
  return "#" + rgb.map((c) => Math.max(0, Math.min(255, Math.round(c))).toString(16).padStart(2, "0")).join("");
}

/**
 * Parses `#rrggbb`.
 * @example
 * fromHex("#ff8000"); // [255, 128, 0]
 */
export function fromHex(hex: string): Rgb {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/**
 * Linear blend `a + t·(b − a)` per channel, `t ∈ [0, 1]`.
 * @example
 * mix([0, 0, 0], [255, 255, 255], 0.5); // [127.5, 127.5, 127.5]
 */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** Relative luminance-ish brightness `(0.299 r + 0.587 g + 0.114 b) / 255`, for picking text colour. */
export function brightness(rgb: Rgb): number {
  return (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) / 255;
}
