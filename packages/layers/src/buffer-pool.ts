/**
 * Holds one set of work buffers per batch size, so that once every batch size of an epoch has
 * been seen (usually the full batches and the last, smaller one) a training step allocates
 * nothing.
 */
export class BufferPool<T> {
  private readonly sets = new Map<number, T>();

  constructor(private readonly create: (rows: number) => T) {}

  /** The buffers for a batch of `rows` rows, created on first use. */
  get(rows: number): T {
    let set = this.sets.get(rows);
    if (set === undefined) {
      set = this.create(rows);
      this.sets.set(rows, set);
    }
    return set;
  }

  /** Drops every buffer (after the weights change shape or a model is rebuilt). */
  clear(): void {
    this.sets.clear();
  }
}
