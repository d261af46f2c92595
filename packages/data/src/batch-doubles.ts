import type { ColumnValidator } from "./column-validator.ts";
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
  const passed = doubleCells(column, values, present, line, file);
  column.countPassed(passed, firstSightings);
}

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
