/** How deep a model file may nest (its own structure needs 5 levels; preprocessing a few more). */
export const MAX_DEPTH = 32;

/**
 * Throws a RangeError naming the first non-finite number (JSON would silently write `null`) or a
 * value nested deeper than {@link MAX_DEPTH}; walks with an explicit stack, so a hostile value
 * cannot overflow the call stack.
 */
export function assertJSONSafe(where: string, path: string, root: unknown): void {
  const stack: [string, unknown, number][] = [[path, root, 0]];
  while (stack.length > 0) {
    const [at, value, depth] = stack.pop() as [string, unknown, number];
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new RangeError(`${where}: ${at} is ${String(value)}; model JSON holds finite numbers only. Received: ${at}=${String(value)}.`);
      continue;
    }
    if (typeof value !== "object" || value === null) continue;
    if (depth >= MAX_DEPTH) throw new RangeError(`${where}: ${at} is nested more than ${MAX_DEPTH} levels deep. Received: a deeper value.`);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push([`${at}[${i}]`, v, depth + 1]));
    else for (const [k, v] of Object.entries(value)) stack.push([`${at}.${k}`, v, depth + 1]);
  }
}

/** The text parsed as JSON (a leading UTF-8 byte-order mark is dropped), or the value itself. */
export function readJSON(where: string, input: unknown): unknown {
  if (typeof input !== "string") return input;
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : "it nests too deeply";
    throw new TypeError(`${where}: the text is not valid JSON (${reason}).`);
  }
}
