import { othersFor, plainMatches } from "./batch-plain-cells.ts";
import type { FieldBatch } from "./byte-csv-scanner.ts";
import type { ByteTexts } from "./byte-texts.ts";
import type { ColumnValidator } from "./column-validator.ts";
import type { ByteTest } from "./value-rules.ts";

/**
 * The batch loop of a text column whose checks all have a byte test (`in`, `not-in`, `length`, most
 * `pattern`s), or of a boolean column without value checks: each cell is tested on its bytes (its type,
 * then its checks, then whether it was seen before), and only a failing one is decoded (for its example).
 * A column with one check and nothing else to keep or look for takes a first pass that only counts the
 * plain passes (batch-plain-cells.ts), then the other cells one by one.
 */
export function acceptByteRuleCells(
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): void {
  const tests = column.byteTests as ByteTest[];
  const only = tests.length === 1 ? (tests[0] as ByteTest) : undefined;
  if (only === undefined || nullBytes !== undefined || column.seen !== undefined || column.typeBytes) {
    column.countPassed(
      byteRuleCells(column, tests, only, batch, rows, rowCount, position, nullBytes, nulls, file),
    );
    return;
  }
  const others = othersFor(rowCount);
  let passed = plainMatches(only, batch, rows, rowCount, position, others);
  const count = rowCount - passed;
  for (let j = 0; j < count; j++) {
    const r = others[j] as number;
    const f = (batch.firstField[r] as number) + position;
    passed += acceptTextCell(column, tests, only, batch, r, f, undefined, nulls, file);
  }
  column.countPassed(passed);
}

/**
 * `acceptByteRuleCells`' loop over every cell; returns the passes for the caller to count (see
 * batch-numbers.ts: code after a hot loop is best kept out of the loop's function).
 */
function byteRuleCells(
  column: ColumnValidator,
  tests: ByteTest[],
  only: ByteTest | undefined,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): number {
  const { firstField } = batch;
  let passed = 0;
  // Every record of the batch is a row: record `k` is row `k`, its fields `width` apart.
  const uniform = rowCount === batch.records;
  const width = (firstField[1] as number) - (firstField[0] as number);
  const first = (firstField[0] as number) + position;
  for (let k = 0; k < rowCount; k++) {
    const r = uniform ? k : (rows[k] as number);
    const f = uniform ? first + k * width : (firstField[r] as number) + position;
    passed += acceptTextCell(column, tests, only, batch, r, f, nullBytes, nulls, file);
  }
  return passed;
}

/**
 * The cell of record `r` (field `f`): its type, then its checks, then whether it was seen before; 1
 * when it passed its checks (for the caller to count), else 0. Its first sighting is counted here.
 */
function acceptTextCell(
  column: ColumnValidator,
  tests: ByteTest[],
  only: ByteTest | undefined,
  batch: FieldBatch,
  r: number,
  f: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): number {
  const { bytes, starts, ends, lines, marks, texts } = batch;
  const start = starts[f] as number;
  if (start < 0) {
    const text = texts[-1 - start] as string;
    column.accept(nulls?.has(text) ? null : text, file, lines[r] as number);
    return 0;
  }
  const end = ends[f] as number;
  if (start === end || nullBytes?.has(bytes, start, end)) {
    column.accept(null, file, lines[r] as number);
    return 0;
  }
  // Invalid UTF-8 or a NUL: the bytes are not the text the row reader sees. A type failure is counted
  // the general way.
  const { typeBytes } = column;
  if (marks[r] !== 0 || (typeBytes !== undefined && !typeBytes.matches(bytes, start, end))) {
    column.accept(bytes.toString("utf8", start, end), file, lines[r] as number);
    return 0;
  }
  const outcome = checkValueBytes(column, tests, only, bytes, start, end, file, lines[r] as number);
  if (outcome >= FIRST_SEEN && column.uniqueTally !== undefined) column.uniqueTally.evaluated++;
  return outcome & PASSED;
}

/** `checkValueBytes`' answer: bit 0, the value passed its checks; bit 1, it was not seen before. */
export const PASSED = 1;
const FIRST_SEEN = 2;

/**
 * One non-null value of a column whose checks all have a byte test, as UTF-8 bytes on `line`: its
 * checks (`only`, when there is one, else each of `tests`), then whether it was seen before (`unique`).
 * A failure is counted, and decoded only for an example; a pass and a first sighting are answered in
 * bits (`PASSED`, `FIRST_SEEN`) for the caller to count in bulk.
 */
export function checkValueBytes(
  column: ColumnValidator,
  tests: ByteTest[],
  only: ByteTest | undefined,
  bytes: Buffer,
  start: number,
  end: number,
  file: string,
  line: number,
): number {
  let ok: boolean;
  if (only !== undefined) ok = only.matches(bytes, start, end);
  else {
    ok = true;
    for (let i = 0; i < tests.length && ok; i++) ok = (tests[i] as ByteTest).matches(bytes, start, end);
  }
  if (!ok) column.acceptByteFailure(bytes, start, end, file, line);
  const { seen } = column;
  if (seen === undefined) return ok ? PASSED : 0;
  if (seen.addBytes(bytes, start, end)) return ok ? PASSED | FIRST_SEEN : FIRST_SEEN;
  column.uniqueTally?.failBytes(bytes, start, end, file, line);
  return ok ? PASSED : 0;
}
