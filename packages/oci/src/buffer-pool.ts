/**
 * Read buffers handed out again once their bytes have been written, so that copying a large file does
 * not allocate a fresh buffer per read (V8 then collects garbage every few megabytes). A buffer that is
 * never given back is simply not reused: releasing is an optimisation, never a requirement.
 */
export class BufferPool {
  private readonly size: number;
  private readonly free: Buffer[] = [];
  private readonly lent = new Map<ArrayBufferLike, Buffer>();

  constructor(size: number) {
    this.size = size;
  }

  acquire(): Buffer {
    const buffer = this.free.pop() ?? Buffer.allocUnsafeSlow(this.size);
    this.lent.set(buffer.buffer, buffer);
    return buffer;
  }

  /** Gives back the buffer `chunk` was cut from, if it is one of ours; its bytes must be used up. */
  release(chunk: Buffer): void {
    const buffer = this.lent.get(chunk.buffer);
    if (!buffer) return;
    this.lent.delete(chunk.buffer);
    this.free.push(buffer);
  }
}
