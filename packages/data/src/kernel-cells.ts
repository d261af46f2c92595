/** The exports of packages/data/wasm/csv-cells.c (addresses are byte offsets into `memory`). */
export interface CellExports {
  memory: { buffer: ArrayBuffer };
  cell_others(): number;
  cell_values(): number;
  cell_tables(): number;
  cell_table_words(): number;
  read_integers(base: number, first: number, width: number, count: number): number;
  read_decimals(base: number, first: number, width: number, count: number): number;
  plain_integers(
    base: number,
    first: number,
    width: number,
    count: number,
    low: number,
    high: number,
  ): number;
  plain_decimals(
    base: number,
    first: number,
    width: number,
    count: number,
    low: number,
    high: number,
  ): number;
  plain_dfa(
    base: number,
    first: number,
    width: number,
    count: number,
    table: number,
    start: number,
    accepting: number,
  ): number;
  plain_fixed(
    base: number,
    first: number,
    width: number,
    count: number,
    classes: number,
    length: number,
    table: number,
    start: number,
    accepting: number,
  ): number;
}

/**
 * The first passes of batch-plain-cells.ts run in the WebAssembly kernel, on a batch whose records one
 * kernel call read (`FieldBatch.cells`): its bytes and field offsets are still there, so nothing is
 * copied, and the loops need no warming up (V8 compiles WebAssembly ahead; the JavaScript loops ran
 * interpreted, then half-optimized, for their first ~50 batches: ~50 ms of the 200 of a 1M-row file).
 *
 * Each takes the batch's first field of the column, the fields a record and the records (every record
 * a row), and returns the cells that plainly pass, the other records being the first `count - passes` of
 * `others`; or -1 when the batch does not fit the kernel's arrays (the caller then checks it itself).
 */
export class KernelCells {
  /** The other records of the last first pass, in order. */
  readonly others: Int32Array;
  /** The numbers `readIntegers` or `readDecimals` read last, a row each (NaN: a cell not read). */
  readonly values: Float64Array;
  private readonly exports: CellExports;
  private readonly tables: Int32Array;
  private tablesUsed = 0;

  /** `maxRecords`: the most records a kernel call reads (the room in `others`). */
  constructor(exports: CellExports, maxRecords: number) {
    this.exports = exports;
    const memory = exports.memory.buffer;
    this.others = new Int32Array(memory, exports.cell_others(), maxRecords);
    this.values = new Float64Array(memory, exports.cell_values(), maxRecords);
    this.tables = new Int32Array(memory, exports.cell_tables(), exports.cell_table_words());
  }

  /** Copies `words` into the kernel's table space for good: their word offset, or undefined when full. */
  place(words: Int32Array): number | undefined {
    const at = this.tablesUsed;
    if (at + words.length > this.tables.length) return undefined;
    this.tables.set(words, at);
    this.tablesUsed = at + words.length;
    return at;
  }

  /** `plainIntegers` (the bytes at field offsets less `base`). */
  plainIntegers(
    base: number,
    first: number,
    width: number,
    count: number,
    low: number,
    high: number,
  ): number {
    return this.exports.plain_integers(base, first, width, count, low, high);
  }

  /** `plainDecimals`. */
  plainDecimals(
    base: number,
    first: number,
    width: number,
    count: number,
    low: number,
    high: number,
  ): number {
    return this.exports.plain_decimals(base, first, width, count, low, high);
  }

  /** The column's integers as `readShortInteger` reads them, into `values`: 0, or -1 (as above). */
  readIntegers(base: number, first: number, width: number, count: number): number {
    return this.exports.read_integers(base, first, width, count);
  }

  /** The column's numbers as `readShortNumber` reads them, into `values`: 0, or -1. */
  readDecimals(base: number, first: number, width: number, count: number): number {
    return this.exports.read_decimals(base, first, width, count);
  }

  /** `plainMatches` with an automaton placed at `table` (start row premultiplied, a word a row at `accepting`). */
  plainDfa(
    base: number,
    first: number,
    width: number,
    count: number,
    table: number,
    start: number,
    accepting: number,
  ): number {
    return this.exports.plain_dfa(base, first, width, count, table, start, accepting);
  }

  /** `plainMatches` with a fixed-length pattern: its byte classes at `classes`, then its automaton. */
  plainFixed(
    base: number,
    first: number,
    width: number,
    count: number,
    classes: number,
    length: number,
    dfa: { table: number; start: number; accepting: number },
  ): number {
    return this.exports.plain_fixed(
      base,
      first,
      width,
      count,
      classes,
      length,
      dfa.table,
      dfa.start,
      dfa.accepting,
    );
  }
}
