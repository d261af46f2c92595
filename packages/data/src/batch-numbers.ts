import { othersFor, plainDecimals, plainIntegers } from "./batch-plain-cells.ts";
import type { FieldBatch } from "./byte-csv-scanner.ts";
import { readDateBytes } from "./byte-date.ts";
import { readShortInteger, readShortNumber } from "./byte-number.ts";
import type { ByteTexts } from "./byte-texts.ts";
import type { ColumnValidator } from "./column-validator.ts";
import { type KernelCells, takeLeftValues } from "./kernel-cells.ts";
import type { DateLayout } from "./value.ts";

/*
 * The batch loops of integer, number and date columns: each number (a date's day number) is read from
 * the bytes, counted in the statistics and distinct values the column keeps, and passes when it is
 * within the column's bounds; passes are counted in bulk. A cell the loop does not read (quoted, null,
 * in a marked record, or a number the byte reader cannot decide) takes `acceptOtherCell`, the general
 * way. One loop a type: a loop reads one kind of number, and V8 compiles it for that kind only.
 *
 * Each loop returns its passes for a small caller to count: V8 optimizes a hot loop while it runs (on
 * stack), before the code after it has run once, and such code, reached once a call, deoptimized it
 * again and again in some runs.
 *
 * A column that keeps no statistics nor distinct values, with no null texts to look for, takes a first
 * pass that only counts the plain passes (batch-plain-cells.ts), then the other cells one by one.
 */

export function acceptIntegerCells(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): void {
  if (!countsOnly(column, nullBytes)) {
    countLoop(column, keptCells(column, batch, rows, rowCount, position, nullBytes, nulls, file, false));
    return;
  }
  const others = othersFor(rowCount);
  const passed = plainIntegers(batch, rows, rowCount, position, column.low, column.high, others);
  column.countPassed(passed + acceptOthers(column, batch, others, rowCount - passed, position, nulls, file));
}

export function acceptDecimalCells(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): void {
  if (!countsOnly(column, nullBytes)) {
    countLoop(column, keptCells(column, batch, rows, rowCount, position, nullBytes, nulls, file, true));
    return;
  }
  const others = othersFor(rowCount);
  const passed = plainDecimals(batch, rows, rowCount, position, column.low, column.high, others);
  column.countPassed(passed + acceptOthers(column, batch, others, rowCount - passed, position, nulls, file));
}

export function acceptDateCells(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): void {
  countLoop(column, dateCells(column, batch, rows, rowCount, position, nullBytes, nulls, file));
}

function integerCells(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): number {
  const { bytes, starts, ends, firstField, lines, marks } = batch;
  const { low, high, moments, numbers, seen, uniqueTally } = column;
  // Held in a local for the loop: bundled, another module's function is read through a getter at each
  // call, which the optimizing compiler does not inline (see "Bundled calls" in the package README).
  const readInteger = readShortInteger;
  let passed = 0;
  let unique = 0;
  // Every record of the batch is a row: record `k` is row `k`, its fields `width` apart.
  const uniform = rowCount === batch.records;
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  for (let k = 0; k < rowCount; k++) {
    const r = uniform ? k : (rows[k] as number);
    const f = uniform ? first + k * width : (firstField[r] as number) + position;
    const start = starts[f] as number;
    const end = ends[f] as number;
    const value =
      start >= 0 && marks[r] === 0 && (nullBytes === undefined || !nullBytes.has(bytes, start, end))
        ? readInteger(bytes, start, end)
        : Number.NaN;
    if (Number.isNaN(value)) {
      passed += acceptOtherCell(column, batch, r, f, nullBytes, nulls, file);
      continue;
    }
    if (moments !== undefined) moments.update(value);
    if (numbers !== undefined) numbers.push(value);
    if (seen !== undefined) {
      if (seen.addNumber(value)) {
        unique++;
      } else uniqueTally?.failBytes(bytes, start, end, file, lines[r] as number);
    }
    if (value >= low && value <= high) passed++;
    else column.acceptOutOfBounds(value, bytes, start, end, file, lines[r] as number);
  }
  firstSightings = unique;
  return passed;
}

function decimalCells(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): number {
  const { bytes, starts, ends, firstField, lines, marks } = batch;
  const { low, high, moments, numbers, seen, uniqueTally } = column;
  // Held in a local for the loop: bundled, another module's function is read through a getter at each
  // call, which the optimizing compiler does not inline (see "Bundled calls" in the package README).
  const readNumber = readShortNumber;
  let passed = 0;
  let unique = 0;
  const uniform = rowCount === batch.records;
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  for (let k = 0; k < rowCount; k++) {
    const r = uniform ? k : (rows[k] as number);
    const f = uniform ? first + k * width : (firstField[r] as number) + position;
    const start = starts[f] as number;
    const end = ends[f] as number;
    const value =
      start >= 0 && marks[r] === 0 && (nullBytes === undefined || !nullBytes.has(bytes, start, end))
        ? readNumber(bytes, start, end, true)
        : Number.NaN;
    if (Number.isNaN(value)) {
      passed += acceptOtherCell(column, batch, r, f, nullBytes, nulls, file);
      continue;
    }
    if (moments !== undefined) moments.update(value);
    if (numbers !== undefined) numbers.push(value);
    if (seen !== undefined) {
      if (seen.addNumber(value)) {
        unique++;
      } else uniqueTally?.failBytes(bytes, start, end, file, lines[r] as number);
    }
    if (value >= low && value <= high) passed++;
    else column.acceptOutOfBounds(value, bytes, start, end, file, lines[r] as number);
  }
  firstSightings = unique;
  return passed;
}

/**
 * The loop of an integer (`fraction` false) or number column that keeps statistics or distinct values;
 * returns its passes (its first sightings in `firstSightings`). Where the kernel holds the batch (every
 * record a row, none marked, no null texts), the kernel reads the numbers, adding them to the moments as
 * it goes, and marks a page of distinct integers (`countKernelValues`), when that is all the column
 * keeps; else `valueCells` takes the numbers it read. Otherwise `integerCells`/`decimalCells`.
 */
function keptCells(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
  fraction: boolean,
): number {
  const { cells, firstField } = batch;
  const { seen } = column;
  const page = seen === undefined || fraction ? undefined : seen.firstPage();
  const whole = column.numbers === undefined && (seen === undefined || page !== undefined);
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  const held = nullBytes === undefined && cells !== undefined && rowCount === batch.records && !batch.marked;
  const read = held
    ? cells.readNumbers(batch.cellsBase, first, width, rowCount, fraction, whole ? column.moments : undefined)
    : -1;
  if (read < 0) {
    return fraction
      ? decimalCells(column, batch, rows, rowCount, position, nullBytes, nulls, file)
      : integerCells(column, batch, rows, rowCount, position, nullBytes, nulls, file);
  }
  if (whole && read === 0) return countKernelValues(column, batch, rowCount, position, page, file);
  return valueCells(column, batch, (cells as KernelCells).values, rowCount, position, nulls, file);
}

/**
 * The rest of `valueCells` done in the kernel (`KernelCells.countValues`), after it read every cell
 * and added them to the moments: the integers of the page `unique` tries first, and bounds. Here, in
 * order, only what it left (`takeLeftValues`).
 */
function countKernelValues(
  column: ColumnValidator,
  batch: FieldBatch,
  rowCount: number,
  position: number,
  page: { bits: Uint32Array; first: number } | undefined,
  file: string,
): number {
  const { bytes, starts, ends, firstField, lines } = batch;
  const cells = batch.cells as KernelCells;
  const { seen, uniqueTally } = column;
  const counted = cells.countValues(rowCount, column.low, column.high, page);
  if (counted === undefined) throw new Error("a batch the kernel read does not fit it");
  seen?.countMarked(counted.firstSightings);
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  const field = (k: number) => first + k * width;
  const added = takeLeftValues(
    cells,
    counted.others,
    seen,
    (k) =>
      uniqueTally?.failBytes(
        bytes,
        starts[field(k)] as number,
        ends[field(k)] as number,
        file,
        lines[k] as number,
      ),
    (k, value) =>
      column.acceptOutOfBounds(
        value,
        bytes,
        starts[field(k)] as number,
        ends[field(k)] as number,
        file,
        lines[k] as number,
      ),
  );
  firstSightings = counted.firstSightings + added;
  return counted.passes;
}

/**
 * `integerCells` and `decimalCells` on numbers the kernel read (`keptCells`), every record a row: one
 * loop for both, as the values are doubles either way.
 */
function valueCells(
  column: ColumnValidator,
  batch: FieldBatch,
  values: Float64Array,
  rowCount: number,
  position: number,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): number {
  const { bytes, starts, ends, firstField, lines } = batch;
  const { low, high, moments, numbers, seen, uniqueTally } = column;
  let passed = 0;
  let unique = 0;
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  for (let k = 0; k < rowCount; k++) {
    const value = values[k] as number;
    const f = first + k * width;
    if (Number.isNaN(value)) {
      passed += acceptOtherCell(column, batch, k, f, undefined, nulls, file);
      continue;
    }
    if (moments !== undefined) moments.update(value);
    if (numbers !== undefined) numbers.push(value);
    if (seen !== undefined) {
      if (seen.addNumber(value)) {
        unique++;
      } else uniqueTally?.failBytes(bytes, starts[f] as number, ends[f] as number, file, lines[k] as number);
    }
    if (value >= low && value <= high) passed++;
    else
      column.acceptOutOfBounds(
        value,
        bytes,
        starts[f] as number,
        ends[f] as number,
        file,
        lines[k] as number,
      );
  }
  firstSightings = unique;
  return passed;
}

function dateCells(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): number {
  const { bytes, starts, ends, firstField, lines, marks } = batch;
  const { low, high, moments, numbers, seen, uniqueTally } = column;
  const layout = column.dateLayout as DateLayout;
  let passed = 0;
  let unique = 0;
  const uniform = rowCount === batch.records;
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  for (let k = 0; k < rowCount; k++) {
    const r = uniform ? k : (rows[k] as number);
    const f = uniform ? first + k * width : (firstField[r] as number) + position;
    const start = starts[f] as number;
    const end = ends[f] as number;
    const value =
      start >= 0 && marks[r] === 0 && (nullBytes === undefined || !nullBytes.has(bytes, start, end))
        ? readDateBytes(bytes, start, end, layout)
        : Number.NaN;
    if (Number.isNaN(value)) {
      passed += acceptOtherCell(column, batch, r, f, nullBytes, nulls, file);
      continue;
    }
    if (moments !== undefined) moments.update(value);
    if (numbers !== undefined) numbers.push(value);
    if (seen !== undefined) {
      if (seen.addNumber(value)) {
        unique++;
      } else uniqueTally?.failBytes(bytes, start, end, file, lines[r] as number);
    }
    if (value >= low && value <= high) passed++;
    else column.acceptOutOfBounds(value, bytes, start, end, file, lines[r] as number);
  }
  firstSightings = unique;
  return passed;
}

/**
 * The first sightings of the loop that ran last, for `countLoop`: a module variable, which V8 stores
 * without type feedback (see above).
 */
let firstSightings = 0;

/** Counts what a loop found: its passes, and the values it saw first (a pass of `unique`). */
function countLoop(column: ColumnValidator, passed: number): void {
  column.countPassed(passed, firstSightings);
}

/** The column keeps nothing but counts, and no text means a missing value. */
function countsOnly(column: ColumnValidator, nullBytes: ByteTexts | undefined): boolean {
  return (
    nullBytes === undefined &&
    column.moments === undefined &&
    column.numbers === undefined &&
    column.seen === undefined
  );
}

/** The cells of the records `others[0, count)` a first pass left, the general way; their passes. */
function acceptOthers(
  column: ColumnValidator,
  batch: FieldBatch,
  others: Int32Array,
  count: number,
  position: number,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): number {
  let passed = 0;
  for (let j = 0; j < count; j++) {
    const r = others[j] as number;
    const f = (batch.firstField[r] as number) + position;
    passed += acceptOtherCell(column, batch, r, f, undefined, nulls, file);
  }
  return passed;
}

/**
 * A cell of record `r` (field `f`) the loops do not read: quoted (its text rewritten), null, in a marked
 * record, or not a number they can read. Taken the general way; 1 when it passed its checks (counted
 * by the caller), else 0.
 */
function acceptOtherCell(
  column: ColumnValidator,
  batch: FieldBatch,
  r: number,
  f: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): number {
  const { bytes, starts, ends, lines, marks, texts } = batch;
  const line = lines[r] as number;
  const start = starts[f] as number;
  if (start < 0) {
    const text = texts[-1 - start] as string;
    column.accept(nulls?.has(text) ? null : text, file, line);
    return 0;
  }
  const end = ends[f] as number;
  if (start === end || nullBytes?.has(bytes, start, end)) column.accept(null, file, line);
  else if (marks[r] !== 0 || column.dateLayout !== undefined) {
    // The bytes of a marked record are not the text the row reader sees; a date the bytes do not
    // spell is a type failure the general path counts.
    column.accept(bytes.toString("utf8", start, end), file, line);
  } else if (column.acceptNumberBytes(bytes, start, end, file, line)) return 1;
  return 0;
}
