import type { FieldBatch } from "./byte-csv-scanner.ts";
import { readShortInteger, readShortNumber } from "./byte-number.ts";
import type { KernelCells } from "./kernel-cells.ts";
import type { ByteTest } from "./value-rules.ts";

/*
 * First passes over a batch for columns whose checks keep no state but counts (no statistics, no
 * distinct values): the cells that plainly pass are counted, and the records of all others are listed
 * in `others`, in order, for the caller to take one by one the general way. A pass is only counted, so
 * the order of the two does not change a result. The loops call nothing that V8 does not inline, so
 * it checks the arrays they read once a batch instead of once a cell.
 *
 * Each returns the number of plain passes; `others` then holds the `rowCount - passes` other records.
 */

/**
 * Integers in `[low, high]` as `readShortInteger` (the integer loop's reader) reads them, not quoted and
 * not in a marked record.
 */
export function plainIntegers(
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  low: number,
  high: number,
  others: Int32Array,
): number {
  const { bytes, starts, ends, firstField, marks, marked } = batch;
  // Held in a local for the loop: bundled, another module's function is read through a getter at each
  // call, which the optimizing compiler does not inline (see "Bundled calls" in the package README).
  const readInteger = readShortInteger;
  let passed = 0;
  let other = 0;
  // Every record of the batch is a row: record `k` is row `k`, its fields `width` apart.
  const uniform = rowCount === batch.records;
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  const { cells } = batch;
  if (cells !== undefined && uniform && !marked) {
    const passes = cells.plainIntegers(batch.cellsBase, first, width, rowCount, low, high);
    if (passes >= 0) return othersFromCells(cells, rowCount - passes, others, passes);
  }
  for (let k = 0; k < rowCount; k++) {
    const r = uniform ? k : (rows[k] as number);
    const f = uniform ? first + k * width : (firstField[r] as number) + position;
    const start = starts[f] as number;
    const end = ends[f] as number;
    const value =
      start >= 0 && end > start && (!marked || marks[r] === 0) ? readInteger(bytes, start, end) : Number.NaN;
    // NaN (not read here) is within no bounds.
    if (value >= low && value <= high) passed++;
    else others[other++] = r;
  }
  return passed;
}

/**
 * Numbers in `[low, high]` as `readShortNumber` (the decimal loop's reader) reads them, not quoted and
 * not in a marked record.
 */
export function plainDecimals(
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  low: number,
  high: number,
  others: Int32Array,
): number {
  const { bytes, starts, ends, firstField, marks, marked } = batch;
  // Held in a local for the loop: bundled, another module's function is read through a getter at each
  // call, which the optimizing compiler does not inline (see "Bundled calls" in the package README).
  const readNumber = readShortNumber;
  let passed = 0;
  let other = 0;
  const uniform = rowCount === batch.records;
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  const { cells } = batch;
  if (cells !== undefined && uniform && !marked) {
    const passes = cells.plainDecimals(batch.cellsBase, first, width, rowCount, low, high);
    if (passes >= 0) return othersFromCells(cells, rowCount - passes, others, passes);
  }
  for (let k = 0; k < rowCount; k++) {
    const r = uniform ? k : (rows[k] as number);
    const f = uniform ? first + k * width : (firstField[r] as number) + position;
    const start = starts[f] as number;
    const end = ends[f] as number;
    const value =
      start >= 0 && end > start && (!marked || marks[r] === 0)
        ? readNumber(bytes, start, end, true)
        : Number.NaN;
    // NaN (not read here) is within no bounds.
    if (value >= low && value <= high) passed++;
    else others[other++] = r;
  }
  return passed;
}

/** Texts `test` matches, not empty, not quoted and not in a marked record. */
export function plainMatches(
  test: ByteTest,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  others: Int32Array,
): number {
  const { bytes, starts, ends, firstField, marks, marked } = batch;
  let passed = 0;
  let other = 0;
  const uniform = rowCount === batch.records;
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  const { cells } = batch;
  if (cells !== undefined && uniform && !marked && test.countInKernel !== undefined) {
    const passes = test.countInKernel(cells, batch.cellsBase, first, width, rowCount);
    if (passes >= 0) return othersFromCells(cells, rowCount - passes, others, passes);
  }
  for (let k = 0; k < rowCount; k++) {
    const r = uniform ? k : (rows[k] as number);
    const f = uniform ? first + k * width : (firstField[r] as number) + position;
    const start = starts[f] as number;
    const end = ends[f] as number;
    if (start >= 0 && end > start && (!marked || marks[r] === 0) && test.matches(bytes, start, end)) passed++;
    else others[other++] = r;
  }
  return passed;
}

/** `passes`, with the `count` other records the kernel listed copied to `others`. */
function othersFromCells(cells: KernelCells, count: number, others: Int32Array, passes: number): number {
  if (count > 0) others.set(cells.others.subarray(0, count));
  return passes;
}

/** Room for the other records of a batch of `rowCount` rows (one array a thread: loops do not nest). */
export function othersFor(rowCount: number): Int32Array {
  if (scratch.length < rowCount) scratch = new Int32Array(Math.max(rowCount, scratch.length * 2));
  return scratch;
}

let scratch = new Int32Array(1024);
