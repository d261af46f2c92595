/**
 * The end of a worker's byte range, shared with the thread that started it: the worker claims the bytes
 * it reads (a frontier that only grows) and the other thread, done with its own range early, may take
 * over the rest by lowering a limit, never below the frontier. Both change the pair under a spin lock
 * held for a few loads and stores, so a byte is never both claimed and taken.
 */
export class RangeHandoff {
  readonly buffer: SharedArrayBuffer;
  /** [0]: the lock; [1]: 1 while the worker must wait before its first read (tests). */
  private readonly flags: Int32Array;
  /** [0]: the frontier; [1]: the limit (infinity: none). Offsets below 2^53 are exact. */
  private readonly offsets: Float64Array;

  /** `hold`: the worker waits before its first read until `release` (tests use it). */
  static create(from: number, hold = false): RangeHandoff {
    const handoff = new RangeHandoff(new SharedArrayBuffer(24));
    handoff.offsets[0] = from;
    handoff.offsets[1] = Number.POSITIVE_INFINITY;
    handoff.flags[1] = hold ? 1 : 0;
    return handoff;
  }

  constructor(buffer: SharedArrayBuffer) {
    this.buffer = buffer;
    this.flags = new Int32Array(buffer, 0, 2);
    this.offsets = new Float64Array(buffer, 8, 2);
  }

  /**
   * The worker's side, once per buffer read (see `RangeOptions.claim`): claims the bytes up to `reach`
   * and returns the limit (the worker stops at the first record boundary at or after it).
   */
  claim(reach: number): number {
    Atomics.wait(this.flags, 1, 1);
    return this.locked(() => {
      this.offsets[0] = Math.max(this.offsets[0] as number, reach);
      return this.offsets[1] as number;
    });
  }

  /**
   * The other thread's side: `choose` picks a new limit from the worker's frontier and the current
   * limit (at or past the one, before the other; undefined: none). Returns the limit set, if any.
   */
  takeOver(choose: (frontier: number, limit: number) => number | undefined): number | undefined {
    for (;;) {
      const [frontier, limit] = this.locked(() => [this.offsets[0] as number, this.offsets[1] as number]);
      const chosen = choose(frontier, limit);
      if (chosen === undefined) return undefined;
      const set = this.locked(() => {
        const ok = chosen >= (this.offsets[0] as number) && chosen < (this.offsets[1] as number);
        if (ok) this.offsets[1] = chosen;
        return ok;
      });
      if (set) return chosen;
    }
  }

  /** Lets a held worker read. */
  release(): void {
    Atomics.store(this.flags, 1, 0);
    Atomics.notify(this.flags, 1);
  }

  private locked<T>(critical: () => T): T {
    while (Atomics.compareExchange(this.flags, 0, 0, 1) !== 0) {
      // Held for a few loads and stores by the other thread.
    }
    try {
      return critical();
    } finally {
      Atomics.store(this.flags, 0, 0);
    }
  }
}
