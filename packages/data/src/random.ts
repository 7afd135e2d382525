import { RandomState } from "@backprop/linalg";

/** A seed (`0 … 2³² − 1`) or a generator to draw from, as scikit-learn's `random_state`. */
export type RandomStateLike = number | RandomState;

/**
 * scikit-learn's `check_random_state`: a number seeds a new `RandomState`, a `RandomState` is used
 * (and advanced) as is, and `undefined` seeds a new one from `Math.random` (scikit-learn's `None`).
 * @throws TypeError when `randomState` is neither; RangeError for a seed outside `[0, 2³² − 1]`.
 */
export function toRandomState(op: string, randomState: RandomStateLike | undefined): RandomState {
  if (randomState === undefined) return new RandomState(Math.floor(Math.random() * 0x100000000));
  if (randomState instanceof RandomState) return randomState;
  if (typeof randomState === "number") {
    if (!Number.isInteger(randomState) || randomState < 0 || randomState > 0xffffffff) {
      throw new RangeError(`${op}: randomState must be an integer between 0 and 2**32 - 1 or a RandomState. Received: randomState=${randomState}.`);
    }
    return new RandomState(randomState);
  }
  throw new TypeError(`${op}: randomState must be a number or a RandomState. Received: randomState=${String(randomState)}.`);
}
