/** The largest seed: `RandomState` takes 0 … 2³² − 1, as NumPy does. */
export const MAX_SEED = 2 ** 32 - 1;

/**
 * The seed typed in the Seed field, or why it cannot be one: a whole number from 0 to
 * {@link MAX_SEED} (what `RandomState` and the URL's `seed` accept).
 * @example
 * parseSeed("42"); // { seed: 42 }
 * parseSeed("-5"); // { error: "Seed: must be a whole number from 0 to 4294967295. Received: -5." }
 */
export function parseSeed(text: string): { seed: number } | { error: string } {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) <= MAX_SEED) return { seed: Number(trimmed) };
  const shown = trimmed === "" ? "nothing (or text that is not a number)" : trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
  return { error: `Seed: must be a whole number from 0 to ${MAX_SEED}. Received: ${shown}.` };
}

/** The seed after `seed` (what Regenerate picks): one more, wrapping from {@link MAX_SEED} to 0. */
export function nextSeed(seed: number): number {
  return seed >= MAX_SEED ? 0 : seed + 1;
}
