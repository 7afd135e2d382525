import { Matrix } from "../matrix.js";
import { MT19937 } from "./mt19937.js";
import { boundedUint } from "./bounded.js";
import { correctlyRoundedLog } from "./log.js";
import { weightedChoice } from "./weighted-choice.js";

/**
 * A generator's full state, as NumPy's `RandomState.get_state()` gives it: the MT19937 key (624
 * words), the position in it, and the polar method's cached normal. Plain numbers, so it is
 * JSON-safe.
 */
export interface RandomStateJSON {
  /** The seed the generator was built from (kept for reference; the key is what counts). */
  seed: number;
  key: number[];
  pos: number;
  hasGauss: boolean;
  gauss: number;
}

export interface ChoiceOptions {
  /** Draw with replacement (default `true`, as NumPy). */
  replace?: boolean;
  /** Probability of each of the `n` items; must be non-negative and sum to 1. */
  p?: ArrayLike<number>;
}

/**
 * NumPy's legacy `np.random.RandomState`, draw for draw: the same seed gives the same uniforms,
 * integers and permutations to the last bit. Normals use a correctly rounded `log`, so they are
 * bit-identical to NumPy's except where glibc's `log` itself is one ulp off (about 1 draw in
 * 2,800 then differs, by at most two ulps); the stream never falls out of step.
 *
 * @example
 * const rng = new RandomState(42);
 * rng.randomSample(); // 0.3745401188473625  (np.random.RandomState(42).random_sample())
 */
export class RandomState {
  readonly seed: number;
  private readonly mt: MT19937;
  // The polar method's cached second value. A flag plus a plain number (not `number | null`) keeps
  // the field an unboxed double, so drawing a normal allocates nothing.
  private hasGauss = false;
  private gauss = 0;

  /** @throws RangeError unless `seed` is an integer in `[0, 2³² − 1]` (NumPy's rule). */
  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`RandomState: seed must be an integer between 0 and 2**32 - 1. Received: seed=${seed}.`);
    }
    this.seed = seed;
    this.mt = new MT19937(seed);
  }

  /**
   * The generator's full state; {@link RandomState.fromState} continues from it draw for draw.
   * @example
   * const rng = new RandomState(42); rng.randn(3);
   * RandomState.fromState(rng.getState()).randomSample() === rng.randomSample(); // true
   */
  getState(): RandomStateJSON {
    const { key, pos } = this.mt.getState();
    return { seed: this.seed, key: Array.from(key), pos, hasGauss: this.hasGauss, gauss: this.hasGauss ? this.gauss : 0 };
  }

  /**
   * A generator that continues from `state` (what {@link getState}, or NumPy's `get_state()`
   * rearranged, gives).
   * @throws TypeError/RangeError naming the field that is wrong.
   */
  static fromState(state: RandomStateJSON): RandomState {
    const where = "RandomState.fromState";
    if (typeof state !== "object" || state === null) throw new TypeError(`${where}: state must be an object. Received: ${String(state)}.`);
    const { seed, key, pos, hasGauss, gauss } = state;
    if (!Array.isArray(key) || key.length !== 624) {
      throw new RangeError(`${where}: state.key must be an array of 624 integers. Received: ${Array.isArray(key) ? `an array of length ${key.length}` : String(key)}.`);
    }
    const bad = key.findIndex((w) => !Number.isInteger(w) || w < 0 || w > 0xffffffff);
    if (bad >= 0) throw new RangeError(`${where}: state.key[${bad}] must be an integer in [0, 2**32 - 1]. Received: ${String(key[bad])}.`);
    if (!Number.isInteger(pos) || pos < 0 || pos > 624) throw new RangeError(`${where}: state.pos must be an integer in [0, 624]. Received: ${String(pos)}.`);
    if (typeof hasGauss !== "boolean") throw new TypeError(`${where}: state.hasGauss must be true or false. Received: ${String(hasGauss)}.`);
    if (typeof gauss !== "number" || !Number.isFinite(gauss)) throw new RangeError(`${where}: state.gauss must be a finite number. Received: ${String(gauss)}.`);
    if (key.every((w) => w === 0)) throw new RangeError(`${where}: state.key must not be all zeros (the generator would only return zeros). Received: 624 zeros.`);
    const rng = new RandomState(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff ? seed : 0);
    rng.mt.setState(key, pos);
    rng.hasGauss = hasGauss;
    rng.gauss = hasGauss ? gauss : 0;
    return rng;
  }

  /** One raw 32-bit output of the generator. */
  nextUint32(): number {
    return this.mt.nextUint32();
  }

  /** A float64 in `[0, 1)` built from 53 random bits: `(a·2²⁶ + b) / 2⁵³` with `a = x>>5`, `b = y>>6`. */
  nextDouble(): number {
    const a = this.mt.nextUint32() >>> 5;
    const b = this.mt.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /**
   * A standard normal draw by the legacy polar (Marsaglia) method: each accepted pair yields two
   * values; the second is cached and returned by the next call.
   */
  nextGaussian(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      return this.gauss;
    }
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2 * this.nextDouble() - 1;
      x2 = 2 * this.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    // NumPy calls the C library's log, which is (nearly always) correctly rounded; Math.log is not.
    const f = Math.sqrt((-2 * correctlyRoundedLog(r2)) / r2);
    this.gauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  /** `random_sample`: uniforms in `[0, 1)`; one number, or `size` of them. */
  randomSample(): number;
  randomSample(size: number): Float64Array;
  randomSample(size?: number): number | Float64Array {
    return size === undefined ? this.nextDouble() : this.fillWith("randomSample", size, () => this.nextDouble());
  }

  /** `rand(rows, cols)`: a matrix of uniforms in `[0, 1)`, drawn row by row; `rand(n)`: `n` of them. */
  rand(n: number): Float64Array;
  rand(rows: number, cols: number): Matrix;
  rand(rows: number, cols?: number): Float64Array | Matrix {
    if (cols === undefined) return this.fillWith("rand", rows, () => this.nextDouble());
    return new Matrix(rows, cols, this.fillWith("rand", this.count("rand", rows, cols), () => this.nextDouble()));
  }

  /** `standard_normal`: N(0, 1) draws; one number, or `size` of them. */
  standardNormal(): number;
  standardNormal(size: number): Float64Array;
  standardNormal(size?: number): number | Float64Array {
    return size === undefined ? this.nextGaussian() : this.normals("standardNormal", size);
  }

  /** `randn(rows, cols)`: a matrix of N(0, 1) draws, row by row; `randn(n)`: `n` of them. */
  randn(n: number): Float64Array;
  randn(rows: number, cols: number): Matrix;
  randn(rows: number, cols?: number): Float64Array | Matrix {
    if (cols === undefined) return this.normals("randn", rows);
    return new Matrix(rows, cols, this.normals("randn", this.count("randn", rows, cols)));
  }

  /** `uniform(low, high)`: `low + (high − low)·u`. */
  uniform(low: number, high: number): number;
  uniform(low: number, high: number, size: number): Float64Array;
  uniform(low: number, high: number, size?: number): number | Float64Array {
    this.finite("uniform", { low, high });
    const draw = (): number => low + (high - low) * this.nextDouble();
    return size === undefined ? draw() : this.fillWith("uniform", size, draw);
  }

  /** `normal(loc, scale)`: `loc + scale·z` with `z` standard normal. */
  normal(loc: number, scale: number): number;
  normal(loc: number, scale: number, size: number): Float64Array;
  normal(loc: number, scale: number, size?: number): number | Float64Array {
    this.finite("normal", { loc, scale });
    if (scale < 0) throw new RangeError(`normal: scale must be ≥ 0. Received: scale=${scale}.`);
    const draw = (): number => loc + scale * this.nextGaussian();
    return size === undefined ? draw() : this.fillWith("normal", size, draw);
  }

  /**
   * `randint(low, high)`: integers in `[low, high)` by NumPy's masked rejection sampling.
   * @throws RangeError when `low ≥ high` or the bounds are not safe integers.
   */
  randint(low: number, high: number): number;
  randint(low: number, high: number, size: number): Float64Array;
  randint(low: number, high: number, size?: number): number | Float64Array {
    if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high) || low >= high) {
      throw new RangeError(`randint: need integers with low < high. Received: low=${low}, high=${high}.`);
    }
    if (high - low > Number.MAX_SAFE_INTEGER) {
      throw new RangeError(`randint: high − low must be at most 2**53 − 1. Received: low=${low}, high=${high}.`);
    }
    const range = high - low - 1;
    const draw = (): number => low + boundedUint(this.mt, range);
    return size === undefined ? draw() : this.fillWith("randint", size, draw);
  }

  /** Shuffles `array` in place by NumPy's legacy Fisher–Yates (from the last index down). */
  shuffle<T>(array: { length: number; [i: number]: T }): void {
    for (let i = array.length - 1; i > 0; i--) {
      const j = boundedUint(this.mt, i);
      const tmp = array[i] as T;
      array[i] = array[j] as T;
      array[j] = tmp;
    }
  }

  /** Shuffles the rows of `m` in place, drawing exactly as {@link shuffle} does for `m.rows` items. */
  shuffleRows(m: Matrix): void {
    const tmp = new Float64Array(m.cols);
    for (let i = m.rows - 1; i > 0; i--) {
      const j = boundedUint(this.mt, i);
      if (i === j) continue;
      tmp.set(m.row(i));
      m.data.copyWithin(i * m.cols, j * m.cols, (j + 1) * m.cols);
      m.data.set(tmp, j * m.cols);
    }
  }

  /**
   * `permutation(n)`: a shuffled `0 … n−1`, written into `out` when given (so a training loop can
   * draw one per epoch without allocating); the draws are the same either way.
   * @throws RangeError unless `n` is an integer ≥ 0 and `out` (when given) has length `n`.
   */
  permutation(n: number, out?: Int32Array): Int32Array {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`permutation: n must be an integer ≥ 0. Received: n=${n}.`);
    if (out !== undefined && out.length !== n) {
      throw new RangeError(`permutation: out must have length n. Received: out.length=${out.length}, n=${n}.`);
    }
    const order = out ?? new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    this.shuffle(order);
    return order;
  }

  /**
   * `choice(n, size, { replace, p })`: indices drawn from `0 … n−1`, as NumPy's legacy `choice`
   * (without replacement: the first `size` entries of `permutation(n)`; with `p`: see
   * {@link weightedChoice}).
   * @throws RangeError for `n < 1`, a bad `size`, `size > n` without replacement, or a bad `p`.
   * @example
   * new RandomState(0).choice(10, 3, { replace: false }); // Int32Array [2, 8, 4] (np.random.RandomState(0).choice(10, 3, replace=False))
   */
  choice(n: number, size: number, { replace = true, p }: ChoiceOptions = {}): Int32Array {
    if (!Number.isInteger(n) || n <= 0) throw new RangeError(`choice: n must be a positive integer. Received: n=${n}.`);
    if (!Number.isInteger(size) || size < 0) throw new RangeError(`choice: size must be an integer ≥ 0. Received: size=${size}.`);
    if (!replace && size > n) {
      throw new RangeError(`choice: cannot take a larger sample than the population without replacement. Received: size=${size}, n=${n}.`);
    }
    if (p !== undefined) return weightedChoice(this, n, size, replace, p);
    if (!replace) return this.permutation(n).slice(0, size);
    return Int32Array.from(this.randint(0, n, size));
  }

  private normals(op: string, size: number): Float64Array {
    // A direct loop rather than fillWith: randn is the hot path of weight initialisation.
    const out = new Float64Array(this.count(op, size));
    for (let i = 0; i < out.length; i++) out[i] = this.nextGaussian();
    return out;
  }

  private fillWith(op: string, size: number, draw: () => number): Float64Array {
    const out = new Float64Array(this.count(op, size));
    for (let i = 0; i < out.length; i++) out[i] = draw();
    return out;
  }

  /** `rows · cols` after checking both are integers ≥ 0; without `cols`, `rows` is a plain `size`. */
  private count(op: string, rows: number, cols?: number): number {
    if (cols === undefined) {
      if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`${op}: size must be an integer ≥ 0. Received: size=${rows}.`);
      return rows;
    }
    if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(cols) || cols < 0) {
      throw new RangeError(`${op}: rows and cols must be integers ≥ 0. Received: rows=${rows}, cols=${cols}.`);
    }
    return rows * cols;
  }

  private finite(op: string, args: Record<string, number>): void {
    for (const [name, value] of Object.entries(args)) {
      if (!Number.isFinite(value)) throw new RangeError(`${op}: ${name} must be finite. Received: ${name}=${value}.`);
    }
  }
}
