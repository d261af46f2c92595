/**
 * The arrays column chunks are read into, one chunk after another (`readParquetColumns` with
 * `byColumn`): each read reuses the memory of the one before, and gives views of it, valid until the
 * next read. Fresh memory costs a page fault a 4 KiB page on its first touch (~0.4 ms a MB on the bench
 * machine), and a chunk of 1M rows is read into 8–30 MB. On the bench's Parquet files, alternated runs
 * against fresh arrays for each chunk: 10 row groups of 1M rows 577 against 677 ms (CPU 970 against
 * 1,210 ms, peak RSS 173 against 356 MiB), 9 of 122,880 rows 205 against 229 ms (116 against 169 MiB),
 * one of 1M rows 195 against 199 ms (129 against 159 MiB).
 */
export class ChunkBuffers {
  private compressed = new Uint8Array(0);
  private numbers = new Float64Array(0);
  private rowStarts = new Int32Array(0);
  private rowEnds = new Int32Array(0);
  private rowIndices = new Int32Array(0);
  private texts = Buffer.alloc(0);

  /** A chunk's bytes as stored in the file. */
  bytes(length: number): Uint8Array<ArrayBuffer> {
    if (this.compressed.length < length) this.compressed = new Uint8Array(length);
    return this.compressed.subarray(0, length);
  }

  /** A row's number each. */
  doubles(rows: number): Float64Array<ArrayBuffer> {
    if (this.numbers.length < rows) this.numbers = new Float64Array(rows);
    return this.numbers.subarray(0, rows);
  }

  /** A row's text's first byte each. */
  starts(rows: number): Int32Array<ArrayBuffer> {
    if (this.rowStarts.length < rows) this.rowStarts = new Int32Array(rows);
    return this.rowStarts.subarray(0, rows);
  }

  /** A row's text's end each. */
  ends(rows: number): Int32Array<ArrayBuffer> {
    if (this.rowEnds.length < rows) this.rowEnds = new Int32Array(rows);
    return this.rowEnds.subarray(0, rows);
  }

  /** A row's dictionary index each. */
  indices(rows: number): Int32Array<ArrayBuffer> {
    if (this.rowIndices.length < rows) this.rowIndices = new Int32Array(rows);
    return this.rowIndices.subarray(0, rows);
  }

  /** A chunk's text bytes, one after the other. */
  joined(length: number): Buffer<ArrayBuffer> {
    if (this.texts.length < length) this.texts = Buffer.allocUnsafe(length);
    return this.texts.subarray(0, length);
  }
}
