/**
 * A mistake in what the user typed or pointed us at (a flag, a value, a file). The CLI prints
 * its message as one line and exits with code 2, without a stack trace.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Exit codes: 0 success, 1 an internal failure, 2 a user error, 130 stopped by Ctrl-C. */
export const EXIT = { ok: 0, internal: 1, usage: 2, interrupted: 130 } as const;

const USER_FS_CODES = new Set(["ENOENT", "EACCES", "EISDIR", "ENOTDIR", "EPERM", "EEXIST", "EROFS", "ENOSPC", "EDQUOT", "EIO"]);

/**
 * Whether an error was caused by the user's input rather than by a bug: usage errors, the
 * libraries' argument checks (`TypeError`, `RangeError` and its `ShapeError` subclass), JSON
 * syntax errors in a model file, and file-system errors on paths the user gave.
 */
export function isUserError(error: unknown): boolean {
  if (error instanceof UsageError || error instanceof RangeError || error instanceof TypeError) return true;
  if (error instanceof SyntaxError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && USER_FS_CODES.has(code);
}

/** The one line printed for an error: `backprop: <message>`, whitespace folded onto one line. */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `backprop: ${message.replace(/\s*\n\s*/g, " ").trim()}`;
}
