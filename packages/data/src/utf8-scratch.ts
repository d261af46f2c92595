/** A reused buffer that a text is written into as UTF-8, to be looked up by its bytes (`DistinctValues.add`). */
export class Utf8Scratch {
  bytes = Buffer.allocUnsafe(256);

  /** Writes `text` (well-formed) at the start of `bytes`; its length in bytes. */
  write(text: string): number {
    const most = text.length * 3;
    if (this.bytes.length < most) this.bytes = Buffer.allocUnsafe(Math.max(most, this.bytes.length * 2));
    return this.bytes.write(text, 0, "utf8");
  }
}
