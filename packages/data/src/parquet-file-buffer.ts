import { type FileHandle, open } from "node:fs/promises";
import type { AsyncBuffer } from "hyparquet";

/**
 * A local file as hyparquet's `AsyncBuffer`, read with positional reads. Byte ranges read since the last
 * `forget()` are kept, so reading one row group in several row ranges reads its column chunks from disk
 * once: hyparquet asks for the same ranges for every row range of a group.
 */
export class ParquetFileBuffer implements AsyncBuffer {
  readonly byteLength: number;
  private readonly handle: FileHandle;
  private readonly kept = new Map<string, Promise<ArrayBuffer>>();

  private constructor(handle: FileHandle, byteLength: number) {
    this.handle = handle;
    this.byteLength = byteLength;
  }

  static async open(file: string): Promise<ParquetFileBuffer> {
    const handle = await open(file, "r");
    try {
      return new ParquetFileBuffer(handle, (await handle.stat()).size);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  slice(start: number, end: number = this.byteLength): Promise<ArrayBuffer> {
    const key = `${start}-${end}`;
    let bytes = this.kept.get(key);
    if (!bytes) {
      bytes = this.read(start, end);
      this.kept.set(key, bytes);
    }
    return bytes;
  }

  /** Drops the kept ranges (call it between row groups). */
  forget(): void {
    this.kept.clear();
  }

  close(): Promise<void> {
    this.kept.clear();
    return this.handle.close();
  }

  private async read(start: number, end: number): Promise<ArrayBuffer> {
    const length = Math.max(0, Math.min(end, this.byteLength) - start);
    const bytes = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await this.handle.read(bytes, filled, length - filled, start + filled);
      if (bytesRead === 0) throw new Error(`the file ended at byte ${start + filled} of ${end}`);
      filled += bytesRead;
    }
    return bytes.buffer;
  }
}
