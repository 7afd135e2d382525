/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units, as 8 hex digits:
 * `h = (h ⊕ c) · 16777619 mod 2³²` from `h = 2166136261`.
 * @example
 * fnv1a(""); // "811c9dc5"
 */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
