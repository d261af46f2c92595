import type { FieldBatch } from "./byte-csv-scanner.ts";
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

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const MINUS = 45;
const ZERO = 48;
const POINT = 46;

/**
 * Integers in `[low, high]` written as `-?\d{1,9}` (as `readShortInteger` reads them), not quoted and
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
  let passed = 0;
  let other = 0;
  // Every record of the batch is a row: record `k` is row `k`, its fields `width` apart.
  const uniform = rowCount === batch.records;
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  for (let k = 0; k < rowCount; k++) {
    const r = uniform ? k : (rows[k] as number);
    const f = uniform ? first + k * width : (firstField[r] as number) + position;
    const start = starts[f] as number;
    const end = ends[f] as number;
    let plain = start >= 0 && end > start && end - start <= 10 && (!marked || marks[r] === 0);
    // The first byte, read once: a minus or the first digit.
    const lead = plain ? (bytes[start] as number) - ZERO : 0;
    const negative = lead === MINUS - ZERO;
    let value = negative ? 0 : lead;
    plain &&= negative ? end - start > 1 : lead >= 0 && lead <= 9 && end - start <= 9;
    for (let i = start + 1; plain && i < end; i++) {
      const code = (bytes[i] as number) - ZERO;
      plain = code >= 0 && code <= 9;
      value = value * 10 + code;
    }
    if (negative) value = -value;
    if (plain && value >= low && value <= high) passed++;
    else others[other++] = r;
  }
  return passed;
}

/**
 * Numbers in `[low, high]` written as `[-]digits[.digits]` with at most 15 digits (as `readShortNumber`
 * reads them, to the same value), not quoted and not in a marked record.
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
  let passed = 0;
  let other = 0;
  const uniform = rowCount === batch.records;
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  for (let k = 0; k < rowCount; k++) {
    const r = uniform ? k : (rows[k] as number);
    const f = uniform ? first + k * width : (firstField[r] as number) + position;
    const start = starts[f] as number;
    const end = ends[f] as number;
    const negative = start >= 0 && start < end && bytes[start] === MINUS;
    const from = negative ? start + 1 : start;
    // Nothing is read of a quoted field (its offsets are not bytes) or a marked record.
    const stop = start >= 0 && (!marked || marks[r] === 0) ? end : from;
    let i = from;
    let mantissa = 0;
    let code = 0;
    for (; i < stop; i++) {
      code = (bytes[i] as number) - ZERO;
      if (code < 0 || code > 9) break;
      mantissa = mantissa * 10 + code;
    }
    let digits = i - from;
    let scale = 0;
    if (i < stop && code === POINT - ZERO) {
      const point = ++i;
      for (; i < stop; i++) {
        code = (bytes[i] as number) - ZERO;
        if (code < 0 || code > 9) break;
        mantissa = mantissa * 10 + code;
      }
      scale = i - point;
      digits += scale;
    }
    const magnitude = scale === 0 ? mantissa : mantissa / (POWERS_OF_TEN[scale] as number);
    const value = negative ? -magnitude : magnitude;
    const plain = start >= 0 && i === stop && stop === end && digits > 0 && digits <= 15;
    if (plain && value >= low && value <= high) passed++;
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

/** Room for the other records of a batch of `rowCount` rows (one array a thread: loops do not nest). */
export function othersFor(rowCount: number): Int32Array {
  if (scratch.length < rowCount) scratch = new Int32Array(Math.max(rowCount, scratch.length * 2));
  return scratch;
}

let scratch = new Int32Array(1024);
