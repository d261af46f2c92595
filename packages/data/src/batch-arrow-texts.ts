import type { ArrowTexts } from "./arrow-texts.ts";
import { checkValueBytes, PASSED } from "./batch-byte-rules.ts";
import type { ByteTexts } from "./byte-texts.ts";
import type { ColumnValidator } from "./column-validator.ts";
import type { ByteTest } from "./value-rules.ts";

/**
 * `acceptByteRuleCells` (batch-byte-rules.ts) on a decoded Arrow text column of a string or category
 * column whose checks all have a byte test: each value is tested on its UTF-8 bytes (then whether it was
 * seen before) and only a failing one is decoded, for its example. The first value is on row `line`;
 * `nullBytes` are the texts that mean a missing value (an empty text is a value, as in a Parquet row).
 */
export function acceptArrowTexts(
  column: ColumnValidator,
  texts: ArrowTexts,
  count: number,
  line: number,
  nullBytes: ByteTexts | undefined,
  file: string,
): void {
  const passed = arrowTextCells(column, texts, count, line, nullBytes, file);
  column.countPassed(passed, firstSightings);
}

/**
 * `acceptArrowTexts`' loop: its passes, and its first sightings in `firstSightings`. The counting after
 * the loop is kept out of its function: one call runs the loop over a whole chunk, so V8 optimizes it
 * inside the loop (on-stack replacement), and code after the loop that had not run yet threw that code
 * away at the loop's end, once a chunk (16 times on the 1M-row Parquet bench).
 */
function arrowTextCells(
  column: ColumnValidator,
  texts: ArrowTexts,
  count: number,
  line: number,
  nullBytes: ByteTexts | undefined,
  file: string,
): number {
  const { bytes, starts, ends, present } = texts;
  const tests = column.byteTests as ByteTest[];
  const only = tests.length === 1 ? (tests[0] as ByteTest) : undefined;
  // Held in a local for the loop: bundled, another module's function is read through a getter at each
  // call, which the optimizing compiler does not inline (see "Bundled calls" in the package README).
  const check = checkValueBytes;
  let passed = 0;
  let unique = 0;
  for (let k = 0; k < count; k++) {
    const start = starts[k] as number;
    const end = ends[k] as number;
    if ((present !== undefined && present[k] === 0) || nullBytes?.has(bytes, start, end)) {
      column.accept(null, file, line + k);
      continue;
    }
    const outcome = check(column, tests, only, bytes, start, end, file, line + k);
    passed += outcome & PASSED;
    unique += outcome >> 1;
  }
  firstSightings = unique;
  return passed;
}

/** The first sightings of the loop that ran last (see `countLoop` in batch-numbers.ts). */
let firstSightings = 0;

/**
 * A column whose every non-null value passes (a string column with no check): only the nulls are looked
 * at, `present[k] === 0` for a null on row `line + k`.
 */
export function acceptPresence(
  column: ColumnValidator,
  present: Uint8Array | undefined,
  count: number,
  line: number,
  file: string,
): void {
  if (present === undefined) {
    column.countPassed(count);
    return;
  }
  let passed = 0;
  for (let k = 0; k < count; k++) {
    if (present[k] === 0) column.accept(null, file, line + k);
    else passed++;
  }
  column.countPassed(passed);
}
