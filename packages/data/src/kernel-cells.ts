import type { Moments } from "@mlops-actions/stats/moments";
import type { DistinctValues } from "./distinct-values.ts";

/** The exports of packages/data/wasm/csv-cells.c (addresses are byte offsets into `memory`). */
export interface CellExports {
  memory: { buffer: ArrayBuffer };
  cell_others(): number;
  cell_values(): number;
  cell_moments(): number;
  cell_page(): number;
  cell_other_kinds(): number;
  cell_first_sightings(): number;
  cell_other_count(): number;
  count_values(
    count: number,
    low: number,
    high: number,
    paging: number,
    pageFirst: number,
    keepMoments: number,
    require: number,
  ): number;
  cell_tables(): number;
  cell_table_words(): number;
  read_integers(base: number, first: number, width: number, count: number, keepMoments: number): number;
  read_decimals(base: number, first: number, width: number, count: number, keepMoments: number): number;
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

/** `countValues`' kinds of records left: an integer outside the page, a repeat, a value out of bounds. */
const OUTSIDE_PAGE = 1;
const REPEATED = 2;
const OUT_OF_BOUNDS = 4;
/** 32-bit words in a page of `DistinctValues` (32,768 integers). */
const PAGE_WORDS = 1024;

/**
 * Per-cell checks run in the WebAssembly kernel: the first passes of batch-plain-cells.ts and the
 * number reading of batch-numbers.ts on a batch whose records one kernel call read (`FieldBatch.cells`:
 * its bytes and field offsets are still there, so nothing is copied), and the moments, distinct-integer
 * page and bounds of numbers read (`countValues`, also for Parquet's decoded doubles). The loops need no
 * warming up (V8 compiles WebAssembly ahead; the JavaScript loops ran interpreted, then half-optimized,
 * for their first ~50 batches: ~50 ms of the 200 of a 1M-row file).
 *
 * The first passes take the batch's first field of the column, the fields a record and the records
 * (every record a row), and return the cells that plainly pass, the other records being the first
 * `count - passes` of `others`; or -1 when the batch does not fit the kernel's arrays (the caller then
 * checks it itself).
 */
export class KernelCells {
  /** The other records of the last first pass, in order. */
  readonly others: Int32Array;
  /** The numbers `readNumbers` read last, a row each (NaN: a cell not read). */
  readonly values: Float64Array;
  /** What `countValues` left of each of its `others`: bits `OUTSIDE_PAGE`, `REPEATED`, `OUT_OF_BOUNDS`. */
  readonly otherKinds: Uint8Array;
  private readonly moments: Float64Array;
  private readonly page: Uint32Array;
  private readonly exports: CellExports;
  private readonly tables: Int32Array;
  private tablesUsed = 0;

  /** `maxRecords`: the most records a kernel call reads (the room in `others`). */
  constructor(exports: CellExports, maxRecords: number) {
    this.exports = exports;
    const memory = exports.memory.buffer;
    this.others = new Int32Array(memory, exports.cell_others(), maxRecords);
    this.values = new Float64Array(memory, exports.cell_values(), maxRecords);
    this.otherKinds = new Uint8Array(memory, exports.cell_other_kinds(), maxRecords);
    this.moments = new Float64Array(memory, exports.cell_moments(), 5);
    this.page = new Uint32Array(memory, exports.cell_page(), PAGE_WORDS);
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

  /**
   * The column's numbers as `readShortInteger` (`fraction` false) or `readShortNumber` reads them, into
   * `values`; with `moments`, each added to them in order, as `Moments.update` adds it. Returns 0; 1
   * when a cell was not read (NaN), with `moments` untouched; -1 (as above).
   */
  readNumbers(
    base: number,
    first: number,
    width: number,
    count: number,
    fraction: boolean,
    moments: Moments | undefined,
  ): number {
    if (moments !== undefined) this.holdMoments(moments);
    const keep = moments === undefined ? 0 : 1;
    const read = fraction
      ? this.exports.read_decimals(base, first, width, count, keep)
      : this.exports.read_integers(base, first, width, count, keep);
    if (read === 0 && moments !== undefined) this.takeMoments(moments);
    return read;
  }

  /**
   * The rest of what `valueCells` (or `doubleCells`) does with each of `values[0, count)`, in order:
   * added to `moments` when given (the CSV path adds them as it reads), marked in `page` (a
   * `DistinctValues.firstPage`; integers outside it are left, as `OUTSIDE_PAGE`), and counted when in
   * `[low, high]`. The records left for the caller (`others` of them) are in `others`, with what in
   * `otherKinds`. `require`: each value must be finite (`"finite"`) or an integer (`"integer"`), else
   * nothing changes and undefined is returned. Returns the passes, the integers seen first and the
   * count of others.
   */
  countValues(
    count: number,
    low: number,
    high: number,
    page: { bits: Uint32Array; first: number } | undefined,
    moments?: Moments,
    require?: "finite" | "integer",
  ): { passes: number; firstSightings: number; others: number } | undefined {
    if (page !== undefined) this.page.set(page.bits);
    if (moments !== undefined) this.holdMoments(moments);
    const passes = this.exports.count_values(
      count,
      low,
      high,
      page === undefined ? 0 : 1,
      page?.first ?? 0,
      moments === undefined ? 0 : 1,
      require === undefined ? 0 : require === "finite" ? 1 : 2,
    );
    if (passes < 0) return undefined;
    if (page !== undefined) page.bits.set(this.page);
    if (moments !== undefined) this.takeMoments(moments);
    return {
      passes,
      firstSightings: this.exports.cell_first_sightings(),
      others: this.exports.cell_other_count(),
    };
  }

  private holdMoments(moments: Moments): void {
    const state = this.moments;
    state[0] = moments.count;
    state[1] = moments.mean;
    state[2] = moments.m2;
    state[3] = moments.min;
    state[4] = moments.max;
  }

  private takeMoments(moments: Moments): void {
    const state = this.moments;
    moments.count = state[0] as number;
    moments.mean = state[1] as number;
    moments.m2 = state[2] as number;
    moments.min = state[3] as number;
    moments.max = state[4] as number;
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

/**
 * Takes, in order, the `count` records `countValues` left in `cells.others`: an integer outside the
 * page is added to `seen` (its repeat told to `repeated`), a repeat is told to `repeated`, a value out
 * of bounds to `outOfBounds`, each with the record's index and value. Returns the integers added first.
 */
export function takeLeftValues(
  cells: KernelCells,
  count: number,
  seen: DistinctValues | undefined,
  repeated: (k: number, value: number) => void,
  outOfBounds: (k: number, value: number) => void,
): number {
  const { others, otherKinds, values } = cells;
  let added = 0;
  for (let j = 0; j < count; j++) {
    const k = others[j] as number;
    const kinds = otherKinds[j] as number;
    const value = values[k] as number;
    if ((kinds & OUTSIDE_PAGE) !== 0) {
      if ((seen as DistinctValues).addNumber(value)) added++;
      else repeated(k, value);
    }
    if ((kinds & REPEATED) !== 0) repeated(k, value);
    if ((kinds & OUT_OF_BOUNDS) !== 0) outOfBounds(k, value);
  }
  return added;
}
