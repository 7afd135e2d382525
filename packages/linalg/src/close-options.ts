import type { CloseOptions } from "./matrix.js";
import { describeValue, formatScalar } from "./describe-value.js";

const CLOSE_KEYS = ["rtol", "atol"];

/** `allClose`'s options with their defaults, checked (known keys, tolerances ≥ 0). */
export function closeOptions(options: CloseOptions): Required<CloseOptions> {
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`allClose: options must be an object. Received: ${describeValue(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!CLOSE_KEYS.includes(key)) throw new TypeError(`allClose: unknown option "${key}". Expected one of: rtol, atol.`);
  }
  const { rtol = 1e-9, atol = 1e-12 } = options;
  for (const [name, value] of [["rtol", rtol], ["atol", atol]] as const) {
    if (typeof value !== "number" || !(value >= 0)) {
      const ErrorType = typeof value === "number" ? RangeError : TypeError;
      throw new ErrorType(`allClose: ${name} must be a number ≥ 0. Received: ${name}=${formatScalar(value)}.`);
    }
  }
  return { rtol, atol };
}
