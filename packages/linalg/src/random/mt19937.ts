const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/**
 * The Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998), seeded as NumPy's legacy
 * `RandomState(seed)` does for an integer seed (`init_genrand`).
 */
export class MT19937 {
  private readonly state = new Uint32Array(N);
  private position = N;

  constructor(seed: number) {
    const mt = this.state;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] as number;
      // mt[i] = 1812433253 · (mt[i−1] ⊕ (mt[i−1] >> 30)) + i   (mod 2³²)
      mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
    }
  }

  /** A copy of the 624-word key and the position in it (NumPy's `get_state()[1:3]`). */
  getState(): { key: Uint32Array; pos: number } {
    return { key: this.state.slice(), pos: this.position };
  }

  /** Continues from a state {@link getState} returned (checked by the caller). */
  setState(key: ArrayLike<number>, pos: number): void {
    this.state.set(key);
    this.position = pos;
  }

  /** The next 32-bit output, as an unsigned integer in `[0, 2³²)`. */
  nextUint32(): number {
    if (this.position >= N) this.twist();
    let y = this.state[this.position++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /**
   * The next N words of the recurrence x[i+N] = x[i+M] ⊕ ((x[i]ᵘ | x[i+1]ˡ)·A), in place. Three
   * loops instead of indices mod N (a division each), and the conditional ⊕ A as a mask
   * (−(y & 1) is all ones when y is odd): the low bit of y is a coin toss, a mispredicted branch
   * half the time. The same words as the textbook loop.
   */
  private twist(): void {
    const mt = this.state;
    let i = 0;
    for (; i < N - M; i++) mt[i] = mixed(mt[i] as number, mt[i + 1] as number, mt[i + M] as number);
    for (; i < N - 1; i++) mt[i] = mixed(mt[i] as number, mt[i + 1] as number, mt[i + M - N] as number);
    mt[N - 1] = mixed(mt[N - 1] as number, mt[0] as number, mt[M - 1] as number);
    this.position = 0;
  }
}

/** One step of the twist: `far ⊕ (y >>> 1) ⊕ (A when y is odd)`, with `y` the top bit of `word` and the other 31 of `next`. */
function mixed(word: number, next: number, far: number): number {
  const y = (word & UPPER_MASK) | (next & LOWER_MASK);
  return (far ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A)) >>> 0;
}
