/** Whether the columns of a decoded range still hold its values: until the next range is decoded. */
export interface RangeLease {
  readonly current: boolean;
}

/**
 * The memory of the columns of one decoded range, handed out again for the next range instead of new
 * buffers for each: fresh memory costs page faults and collections, several times the copy into it. The
 * previous range's columns then lose their values, so starting a range ends the lease they were made with.
 */
export class RangeBuffers {
  private readonly buffers: ArrayBuffer[] = [];
  private taken = 0;
  private current = { current: true };

  /** Starts a range: its lease, the previous one's ended, and every buffer free again. */
  startRange(): RangeLease {
    this.current.current = false;
    this.current = { current: true };
    this.taken = 0;
    return this.current;
  }

  /** A buffer of at least `bytes` bytes, not handed out since the range started. */
  take(bytes: number): ArrayBuffer {
    const index = this.taken++;
    const kept = this.buffers[index];
    if (kept !== undefined && kept.byteLength >= bytes) return kept;
    // Room to grow: the texts of the next range are rarely exactly as long.
    const made = new ArrayBuffer(bytes + (bytes >> 2));
    this.buffers[index] = made;
    return made;
  }
}
