import { Matrix, RandomState, ShapeError, formatShape, map, mul, scale, type Param, type RandomStateJSON } from "@backprop/linalg";
import { BufferPool } from "./buffer-pool.js";
import { assertForwardRan, assertGradShape, assertInRange } from "./checks.js";
import { expectKnownKeys, expectNumber, expectObject, field, invalidField, type JSONPath } from "./json-checks.js";
import type { ForwardOptions, Layer, LayerJSON } from "./layer.js";
import { checkOptionKeys, optionOfType, optionWithMethods } from "./option-checks.js";
import type { LayerReadContext } from "./layer-reader.js";

/** Options of {@link Dropout}. */
export interface DropoutOptions {
  /** Draw masks from this generator (kept even inside `fit`); otherwise the model's is used. */
  rng?: RandomState;
  seed?: number;
  name?: string;
}

/** A dropout layer in the model JSON (it has no weights). */
export interface DropoutJSON extends LayerJSON {
  /** `"dropout"`; a subclass may write a type of its own. */
  type: string;
  name?: string;
  rate: number;
  /**
   * Its own generator's state (`RandomState.getState()`), when it was built with `rng` or `seed`:
   * its masks go on from there. Without it, masks come from the model's generator.
   */
  rng?: RandomStateJSON;
}

interface DropoutBuffers {
  mask: Matrix;
  y: Matrix;
  dX: Matrix;
}

/**
 * Inverted dropout: in training, `y = x ⊙ mask` with `mask = binomial(1, 1 − rate) / (1 − rate)`,
 * so the expected output equals the input; at inference `y = x`. Backward: `dX = dY ⊙ mask`. The
 * mask is drawn from the RandomState exactly as seed 001's `np.random.binomial(1, 1 - rate,
 * X.shape)` draws it (one uniform per element, row by row): the same seed gives the same mask.
 * {@link setFixedMask} pins the mask (for gradient checks).
 *
 * @throws RangeError unless `0 ≤ rate < 1`; TypeError for an unknown option or one of the wrong type.
 * @example
 * const drop = new Dropout(0.5, { seed: 0 });
 * drop.forward(Matrix.from([[1, 1, 1, 1]])).toArray(); // [[1, 1, 1, 1]]  (inference: identity)
 * drop.setFixedMask(Matrix.from([[1, 0, 1, 0]]));
 * drop.forward(Matrix.from([[1, 1, 1, 1]]), { training: true }).toArray(); // [[2, 0, 2, 0]]
 */
export class Dropout implements Layer {
  /** `"dropout"`: a subclass may declare a type of its own. */
  readonly type: string = "dropout";
  readonly name: string;
  private currentRate = 0;
  readonly inputSize = null;
  readonly outputSize = null;
  private rng: RandomState | undefined;
  private readonly ownRng: boolean;
  private fixedKeep: Matrix | undefined;
  private readonly pool = new BufferPool<DropoutBuffers>(() => ({ mask: new Matrix(0, 0), y: new Matrix(0, 0), dX: new Matrix(0, 0) }));
  private last: DropoutBuffers | undefined;
  private identity = true;
  private drawMaskValue: () => number = () => 0;

  constructor(rate: number, options: DropoutOptions = {}) {
    assertInRange("Dropout", "rate", rate, 0, 1, true);
    checkOptionKeys("Dropout", options, ["rng", "seed", "name"]);
    optionOfType("Dropout", "name", options.name, "string");
    optionOfType("Dropout", "seed", options.seed, "number");
    optionWithMethods("Dropout", "rng", options.rng, "a RandomState", ["nextDouble"]);
    this.name = options.name ?? "dropout";
    this.rng = options.rng ?? (options.seed !== undefined ? new RandomState(options.seed) : undefined);
    this.ownRng = this.rng !== undefined;
    this.useRate(rate);
  }

  /** The share of elements dropped in training. */
  get rate(): number {
    return this.currentRate;
  }

  /**
   * Changes the rate from the next training `forward` on (a running `fit` picks it up at its next
   * batch); the generator and its position are kept, so masks go on drawing from where they were.
   * A rate of 0 makes the layer the identity, drawing nothing.
   * @throws RangeError unless `0 ≤ rate < 1`.
   * @example
   * const drop = new Dropout(0.5, { seed: 0 });
   * drop.setRate(0.2);
   * drop.rate; // 0.2
   */
  setRate(rate: number): void {
    assertInRange(`${this.name}.setRate`, "rate", rate, 0, 1, true);
    this.useRate(rate);
  }

  private useRate(rate: number): void {
    this.currentRate = rate;
    const keep = 1 - rate;
    const kept = 1 / keep;
    // NumPy's binomial(1, p) inverts the CDF on the smaller of p and q = 1 − p: with p ≤ 0.5 it
    // returns 1 when u > q, otherwise it returns 1 − [u > p] with p rebuilt as 1 − q. The bound is
    // `exp(n·log(q))` with n = 1, computed the same way here so the masks agree draw for draw.
    if (keep <= 0.5) {
      const bound = Math.exp(Math.log(1 - keep));
      this.drawMaskValue = () => ((this.rng as RandomState).nextDouble() > bound ? kept : 0);
    } else {
      const bound = Math.exp(Math.log(1 - (1 - keep)));
      this.drawMaskValue = () => ((this.rng as RandomState).nextDouble() > bound ? 0 : kept);
    }
  }

  /**
   * Rebuilds a dropout layer from {@link toJSON}'s form.
   * @throws TypeError naming the wrong field.
   */
  static fromJSON(this: void, json: unknown, context?: LayerReadContext): Dropout {
    const at: JSONPath = context?.at ?? { where: "Dropout.fromJSON", path: "layer" };
    const obj = expectObject(at, json);
    expectKnownKeys(at, obj, ["type", "name", "rate", "rng"]);
    const [rateAt, rateValue] = field(at, obj, "rate");
    const rate = expectNumber(rateAt, rateValue, 0, 1);
    if (rate >= 1) throw invalidField(rateAt, "a number in [0, 1)", rate);
    const [nameAt, name] = field(at, obj, "name");
    if (name !== undefined && typeof name !== "string") throw invalidField(nameAt, "a string", name);
    const [rngAt, rngValue] = field(at, obj, "rng");
    const rng = rngValue === undefined ? undefined : ownGenerator(rngAt, rngValue);
    return new Dropout(rate, { ...(name === undefined ? {} : { name }), ...(rng === undefined ? {} : { rng }) });
  }

  forward(x: Matrix, { training = false }: ForwardOptions = {}): Matrix {
    this.identity = !training || this.rate === 0;
    if (this.identity) return x;
    const buf = this.buffers(x);
    if (this.fixedKeep !== undefined) {
      if (this.fixedKeep.rows !== x.rows || this.fixedKeep.cols !== x.cols) {
        throw new ShapeError(`${this.name}.forward: the fixed mask must match the input. Received: mask.shape=${formatShape(this.fixedKeep)}, x.shape=${formatShape(x)}.`);
      }
      scale(this.fixedKeep, 1 / (1 - this.rate), buf.mask);
    } else {
      if (this.rng === undefined) {
        // Reached from a gradient check in training mode, where masks must not change between passes.
        throw new Error(`${this.name}.forward: training needs a mask. For gradientCheck({ training: true }) pin one with setFixedMask(keep); to draw masks, pass rng or seed, or train the model with fit (it supplies the model's generator). Received: no fixed mask and no RandomState.`);
      }
      map(buf.mask, this.drawMaskValue, buf.mask);
    }
    this.last = buf;
    return mul(x, buf.mask, buf.y);
  }

  backward(dY: Matrix): Matrix {
    if (this.identity) return dY;
    const buf = this.last;
    assertForwardRan(this.name, "backward", buf);
    assertGradShape(this.name, "backward", dY, buf.y.rows, buf.y.cols);
    return mul(dY, buf.mask, buf.dX);
  }

  /**
   * Uses `keep` (1 keeps an element, 0 drops it; the `1/(1 − rate)` scaling is applied) as the
   * training mask instead of drawing one; `null` goes back to random masks.
   */
  setFixedMask(keep: Matrix | null): void {
    this.fixedKeep = keep ?? undefined;
  }

  /** The generator the layer was built with (`rng`, or one made from `seed`); undefined when its masks come from the model's. */
  get randomState(): RandomState | undefined {
    return this.ownRng ? this.rng : undefined;
  }

  /** Uses `rng` for masks, unless the layer was built with its own `rng` or `seed`. */
  setRandomState(rng: RandomState): void {
    if (!this.ownRng) this.rng = rng;
  }

  params(): Param[] {
    return [];
  }

  regularizationLoss(): number {
    return 0;
  }

  toJSON(): DropoutJSON {
    const json: DropoutJSON = { type: "dropout", name: this.name, rate: this.rate };
    if (this.ownRng) json.rng = (this.rng as RandomState).getState();
    return json;
  }

  private buffers(x: Matrix): DropoutBuffers {
    const buf = this.pool.get(x.rows);
    if (buf.y.cols !== x.cols) {
      buf.mask = new Matrix(x.rows, x.cols);
      buf.y = new Matrix(x.rows, x.cols);
      buf.dX = new Matrix(x.rows, x.cols);
    }
    return buf;
  }
}

/**
 * Factory for {@link Dropout}.
 * @example
 * dropout({ rate: 0.2 }).rate; // 0.2
 */
export function dropout({ rate, ...options }: DropoutOptions & { rate: number }): Dropout {
  return new Dropout(rate, options);
}

/** A saved generator state read back, or an error naming the field. */
function ownGenerator(at: JSONPath, value: unknown): RandomState {
  const state = expectObject(at, value) as unknown as RandomStateJSON;
  try {
    return RandomState.fromState(state);
  } catch (error) {
    throw new TypeError(`${at.where}: ${at.path} is not a generator state: ${(error as Error).message.replace(/^RandomState\.fromState: /, "")}`);
  }
}
