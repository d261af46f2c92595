import type { ColumnValidator } from "./column-validator.ts";
import { plainCsvKernel } from "./csv-scan-kernel.ts";
import { type KernelCells, takeLeftValues } from "./kernel-cells.ts";
import type { ValueRule } from "./value-rules.ts";

/**
 * `acceptNumberCells` (batch-numbers.ts) on numbers already decoded: the values of an integer or number
 * column as doubles (a Parquet column's), `present[k] === 0` where a value is null, the first on row `line`.
 * A value of the column's type is counted in the statistics and distinct values the column keeps and
 * passes when it is within the column's bounds, passes counted in bulk; a null, a value not of the type
 * (a fraction in an integer column, an infinity, NaN) or one out of bounds takes the path of a row's cell.
 */
export function acceptDoubles(
  column: ColumnValidator,
  values: Float64Array,
  present: Uint8Array | undefined,
  line: number,
  file: string,
): void {
  const cells = present === undefined && column.numbers === undefined ? plainCsvKernel()?.cells : undefined;
  if (cells !== undefined) {
    doublesInKernel(column, cells, values, line, file);
    return;
  }
  const passed = doubleCells(column, values, present, line, file);
  column.countPassed(passed, firstSightings);
}

/**
 * `acceptDoubles` on a column with no nulls that keeps no list of its values, `KERNEL_CHUNK` values at
 * a time in the CSV kernel (`KernelCells.countValues`: moments, a page of distinct integers and bounds
 * in one loop), the values it leaves taken here in order; a chunk with a value not of the column's
 * type, or distinct values with no page to mark, goes through `doubleCells`. The same results: each
 * value meets the same steps in the same order.
 */
function doublesInKernel(
  column: ColumnValidator,
  cells: KernelCells,
  values: Float64Array,
  line: number,
  file: string,
): void {
  const { fraction, low, high, moments, seen, uniqueTally } = column;
  let passed = 0;
  let unique = 0;
  for (let from = 0; from < values.length; from += KERNEL_CHUNK) {
    const chunk = values.subarray(from, Math.min(values.length, from + KERNEL_CHUNK));
    const page = seen?.firstPage();
    let counted: ReturnType<KernelCells["countValues"]>;
    if (seen === undefined || page !== undefined) {
      cells.values.set(chunk);
      counted = cells.countValues(chunk.length, low, high, page, moments, fraction ? "finite" : "integer");
    }
    if (counted === undefined) {
      passed += doubleCells(column, chunk, undefined, line + from, file);
      unique += firstSightings;
      continue;
    }
    seen?.countMarked(counted.firstSightings);
    passed += counted.passes;
    unique +=
      counted.firstSightings +
      takeLeftValues(
        cells,
        counted.others,
        seen,
        (k, value) => uniqueTally?.fail(value, file, line + from + k),
        (k, value) => acceptOutOfBounds(column, value, file, line + from + k),
      );
  }
  column.countPassed(passed, unique);
}

/** Values a call into the kernel takes: its arrays hold 4,096 records. */
const KERNEL_CHUNK = 4096;

/**
 * `acceptDoubles`' loop: its passes, and its first sightings in `firstSightings`; the counting after it
 * is kept out, as in `arrowTextCells` (batch-arrow-texts.ts).
 */
function doubleCells(
  column: ColumnValidator,
  values: Float64Array,
  present: Uint8Array | undefined,
  line: number,
  file: string,
): number {
  const { fraction, low, high, moments, numbers, seen, uniqueTally } = column;
  let passed = 0;
  let unique = 0;
  for (let k = 0; k < values.length; k++) {
    if (present !== undefined && present[k] === 0) {
      column.accept(null, file, line + k);
      continue;
    }
    const value = values[k] as number;
    // What `parseDecimal`/`parseInteger` take of a number cell.
    if (fraction ? !Number.isFinite(value) : !Number.isInteger(value)) {
      column.accept(value, file, line + k);
      continue;
    }
    if (moments !== undefined) moments.update(value);
    if (numbers !== undefined) numbers.push(value);
    if (seen !== undefined) {
      if (seen.addNumber(value)) unique++;
      else uniqueTally?.fail(value, file, line + k);
    }
    if (value >= low && value <= high) passed++;
    else acceptOutOfBounds(column, value, file, line + k);
  }
  firstSightings = unique;
  return passed;
}

/** The first sightings of the loop that ran last (see `countLoop` in batch-numbers.ts). */
let firstSightings = 0;

/** A number of the column's type (its statistics and distinct values counted) outside its bounds. */
function acceptOutOfBounds(column: ColumnValidator, value: number, file: string, line: number): void {
  column.rows++;
  column.nullTally.pass();
  column.typeTally.pass();
  const rules = column.rules;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as ValueRule;
    if (rule.test(value)) rule.tally.pass();
    else rule.tally.fail(value, file, line);
  }
}
