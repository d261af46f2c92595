import { Moments } from "@mlops-actions/stats/moments";
import { acceptByteRuleCells } from "./batch-byte-rules.ts";
import type { BatchColumn } from "./batch-column.ts";
import { acceptNullsOnly } from "./batch-nulls-only.ts";
import { acceptDateCells, acceptDecimalCells, acceptIntegerCells } from "./batch-numbers.ts";
import { acceptTextCells } from "./batch-text.ts";
import { BooleanBytes } from "./byte-boolean.ts";
import type { FieldBatch } from "./byte-csv-scanner.ts";
import type { ByteTexts } from "./byte-texts.ts";
import { type CheckResult, Tally, type TallyState, tallyState } from "./check-result.ts";
import { columnResults, reportsAnything } from "./column-results.ts";
import { type DistinctState, DistinctValues } from "./distinct-values.ts";
import { NumberBuffer } from "./quantile.ts";
import type { Row } from "./reader-types.ts";
import { RepeatSearch } from "./repeat-search.ts";
import type { ColumnSpec } from "./schema.ts";
import { NOT_SHORT, shortDecimalBytes } from "./short-decimal.ts";
import {
  type ColumnType,
  DATE_LAYOUTS,
  type DateFormat,
  type DateLayout,
  parseDecimal,
  parseInteger,
  type TypedValue,
  toTyped,
} from "./value.ts";
import { type ByteTest, type ValueRule, valueRules } from "./value-rules.ts";

export type { BatchColumn } from "./batch-column.ts";
export { RepeatSearch } from "./repeat-search.ts";
export { describeRange, inRange } from "./value-rules.ts";

/** How a validator takes a byte batch: the loop picked once for its column's type and checks. */
export type BatchPath = (
  column: ColumnValidator,
  batch: FieldBatch,
  rows: Int32Array,
  rowCount: number,
  position: number,
  nullBytes: ByteTexts | undefined,
  nulls: ReadonlySet<string> | undefined,
  file: string,
) => void;

/** What a worker sends back of a validator, to be merged into the one that saw the rows before. */
export interface ColumnState {
  rows: number;
  nulls: number;
  tallies: TallyState[];
  moments?: { count: number; mean: number; m2: number; min: number; max: number };
  numbers?: Float64Array;
  distinct?: DistinctState;
}

/**
 * Checks one column's values as rows stream by, keeping counters and examples; memory is constant
 * except for `unique` and `stats.distinct` (a set of distinct values) and `stats.median`/`quantiles`
 * (8 bytes a value). Its fields are read and counted by the batch loops (batch-*.ts) too.
 */
export class ColumnValidator implements BatchColumn {
  readonly spec: ColumnSpec;
  readonly typeTally: Tally;
  readonly nullTally: Tally;
  readonly rules: ValueRule[];
  /** Each rule's byte test, when every rule has one (text columns), in the order of `rules`. */
  readonly byteTests: ByteTest[] | undefined;
  readonly uniqueTally: Tally | undefined;
  readonly seen: DistinctValues | undefined;
  /** Only when a check needs the mean, the standard deviation, the smallest or the largest value. */
  readonly moments: Moments | undefined;
  readonly numbers: NumberBuffer | undefined;
  /** Numbers of this column may have a fraction (a `number` column, not an `integer` one). */
  readonly fraction: boolean;
  /** The layout of a date column's cells, read from the bytes as day numbers. */
  readonly dateLayout: DateLayout | undefined;
  /** The type check on bytes of a text-like column read by its byte tests (booleans). */
  readonly typeBytes: ByteTest | undefined;
  /**
   * A number in `[low, high]` passes every value check (all are bounds); when a check is not a bound
   * the range is empty, and each check runs.
   */
  readonly low: number;
  readonly high: number;
  rows = 0;
  nulls = 0;
  private readonly convert: (value: string | number | boolean) => TypedValue | undefined;
  private readonly batchPath: BatchPath;
  private readonly maxExamples: number;

  constructor(spec: ColumnSpec, maxExamples: number) {
    this.spec = spec;
    this.maxExamples = maxExamples;
    this.typeTally = new Tally(maxExamples);
    this.nullTally = new Tally(maxExamples);
    this.uniqueTally = spec.unique ? new Tally(maxExamples) : undefined;
    const { stats } = spec;
    this.seen = spec.unique || stats.distinct ? new DistinctValues() : undefined;
    this.numbers = stats.median || stats.quantiles.length > 0 ? new NumberBuffer() : undefined;
    this.moments = stats.mean || stats.std || stats.min || stats.max ? new Moments() : undefined;
    this.rules = valueRules(spec, maxExamples);
    const type = spec.type ?? "string";
    this.convert = converter(type, spec.dateFormat);
    this.fraction = type === "number";
    this.dateLayout = type === "date" ? DATE_LAYOUTS[spec.dateFormat ?? "YYYY-MM-DD"] : undefined;
    // Rules on booleans compare typed values, which byte tests do not read: only the type check.
    const byteTyped = type === "boolean" && this.rules.length === 0;
    this.typeBytes = byteTyped ? new BooleanBytes() : undefined;
    const tests = this.rules.map((rule) => rule.byteTest);
    this.byteTests = tests.every((test) => test !== undefined) ? tests : undefined;
    // Distinct texts are kept as bytes; distinct booleans are not.
    const byBytes = type === "string" || type === "category" || (byteTyped && this.seen === undefined);
    this.batchPath = reportsAnything(spec, this.rules)
      ? pickBatchPath(type, byBytes, this.seen !== undefined, this.byteTests)
      : skipCells;
    const bounded = this.rules.every((rule) => rule.bounds);
    this.low = bounded ? Math.max(...this.rules.map((rule) => rule.bounds?.[0] ?? 0)) : 1;
    this.high = bounded ? Math.min(...this.rules.map((rule) => rule.bounds?.[1] ?? 0)) : 0;
  }

  /**
   * Takes this column's cells (field `position`) from the records `rows[0, rowCount)` of a byte batch;
   * `nullBytes`/`nulls` are the texts that mean a missing value. The same outcome as `acceptColumn` on
   * the decoded rows, without a string per cell where the checks need none.
   */
  acceptBatch(
    batch: FieldBatch,
    rows: Int32Array,
    rowCount: number,
    position: number,
    nullBytes: ByteTexts | undefined,
    nulls: ReadonlySet<string> | undefined,
    file: string,
  ): void {
    this.batchPath(this, batch, rows, rowCount, position, nullBytes, nulls, file);
  }

  /**
   * Adds the passes of `passed` non-null cells that passed every value check (rows, type and rules), and
   * `firstSightings` values seen for the first time (passes of `unique`, whatever the other checks said).
   */
  countPassed(passed: number, firstSightings = 0): void {
    if (firstSightings > 0 && this.uniqueTally !== undefined) this.uniqueTally.evaluated += firstSightings;
    if (passed === 0) return;
    this.rows += passed;
    this.nullTally.evaluated += passed;
    this.typeTally.evaluated += passed;
    for (const rule of this.rules) rule.tally.evaluated += passed;
  }

  /**
   * A non-null cell of a numeric column: read from the bytes, or from the text when they cannot tell.
   * True when it passed its value checks within `low`/`high` (for the caller to count in bulk).
   */
  acceptNumberBytes(bytes: Buffer, start: number, end: number, file: string, line: number): boolean {
    const value = shortDecimalBytes(bytes, start, end, this.fraction);
    if (value === NOT_SHORT) {
      this.accept(bytes.toString("utf8", start, end), file, line);
      return false;
    }
    if (value === undefined) {
      this.rows++;
      this.nullTally.pass();
      this.typeTally.failBytes(bytes, start, end, file, line);
      return false;
    }
    if (this.moments) this.moments.update(value);
    if (this.numbers) this.numbers.push(value);
    if (this.seen) {
      if (this.seen.add(value)) this.uniqueTally?.pass();
      else this.uniqueTally?.failBytes(bytes, start, end, file, line);
    }
    if (value >= this.low && value <= this.high) return true;
    this.acceptOutOfBounds(value, bytes, start, end, file, line);
    return false;
  }

  /** A number of this column (its distinct values and statistics counted) outside `low`/`high`. */
  acceptOutOfBounds(
    value: number,
    bytes: Buffer,
    start: number,
    end: number,
    file: string,
    line: number,
  ): void {
    this.rows++;
    this.nullTally.pass();
    this.typeTally.pass();
    const rules = this.rules;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i] as ValueRule;
      if (rule.test(value)) rule.tally.pass();
      else rule.tally.failBytes(bytes, start, end, file, line);
    }
  }

  /** A non-null text cell that failed one of the byte tests: each rule counted on its own. */
  acceptByteFailure(bytes: Buffer, start: number, end: number, file: string, line: number): void {
    this.rows++;
    this.nullTally.pass();
    this.typeTally.pass();
    const rules = this.rules;
    const tests = this.byteTests as ByteTest[];
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i] as ValueRule;
      if ((tests[i] as ByteTest).matches(bytes, start, end)) rule.tally.pass();
      else rule.tally.failBytes(bytes, start, end, file, line);
    }
  }

  /** This validator's counts, examples and values, for `merge` in another thread. */
  state(): ColumnState {
    const tallies = [this.typeTally, this.nullTally, ...this.rules.map((rule) => rule.tally)];
    if (this.uniqueTally) tallies.push(this.uniqueTally);
    const state: ColumnState = { rows: this.rows, nulls: this.nulls, tallies: tallies.map(tallyState) };
    if (this.moments) {
      const { count, mean, m2, min, max } = this.moments;
      state.moments = { count, mean, m2, min, max };
    }
    if (this.numbers) state.numbers = this.numbers.values();
    if (this.seen) state.distinct = this.seen.state();
    return state;
  }

  /**
   * Adds what a validator of the same spec saw in the rows right after this one's (a segment of the
   * same file, whose lines are shifted by `lineOffset`), as if this one had seen them. Values both saw are
   * duplicates on the line where the segment first has them: when there are any, the segment's lines
   * are not known here, and the returned search must read the segment again (`acceptBatch`) and then
   * `finish` the merge. Only a failing `unique` check costs that second reading. `files`: the files the
   * later rows came from, in order, when they are several whole files (`lineOffset` 0).
   */
  merge(state: ColumnState, lineOffset: number, files: readonly string[] = []): RepeatSearch | undefined {
    this.rows += state.rows;
    this.nulls += state.nulls;
    const [type, nulls, ...rest] = state.tallies as [TallyState, TallyState, ...TallyState[]];
    this.typeTally.absorb(type, lineOffset);
    this.nullTally.absorb(nulls, lineOffset);
    this.rules.forEach((rule, i) => {
      rule.tally.absorb(rest[i] as TallyState, lineOffset);
    });
    if (this.moments && state.moments) this.moments.merge(Object.assign(new Moments(), state.moments));
    if (this.numbers && state.numbers) for (const value of state.numbers) this.numbers.push(value);
    if (!this.seen || !state.distinct) return undefined;
    const repeated = new Set<TypedValue>();
    this.seen.merge(state.distinct, (value) => repeated.add(value));
    const unique = rest[this.rules.length];
    if (!this.uniqueTally || !unique) return undefined;
    if (repeated.size === 0) {
      this.uniqueTally.absorb(unique, lineOffset);
      return undefined;
    }
    const tally = this.uniqueTally;
    return new RepeatSearch(repeated, this.convert, this.maxExamples, (examples, count) => {
      const shifted = examples.map((example) => ({ ...example, line: (example.line ?? 0) + lineOffset }));
      tally.absorb(unique, lineOffset, shifted, count, files);
    });
  }

  /**
   * Takes this column's cells from a batch of rows (at `position`; texts in `nulls` are missing values).
   * A column at a time rather than a row at a time: the loop and this validator's state stay hot.
   */
  acceptColumn(
    rows: readonly Row[],
    position: number,
    nulls: ReadonlySet<string> | undefined,
    file: string,
  ): void {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as Row;
      let value = row.values[position] ?? null;
      if (nulls !== undefined && typeof value === "string" && nulls.has(value)) value = null;
      this.accept(value, file, row.line);
    }
  }

  /** Whether a non-null cell is of the column's type and passes every value check; nothing is counted. */
  passesChecks(value: string | number | boolean): boolean {
    const typed = this.convert(value);
    if (typed === undefined) return false;
    for (const rule of this.rules) if (!rule.test(typed)) return false;
    return true;
  }

  /** Takes one cell; `value` is null when the cell is missing. Runs once per cell: kept lean. */
  accept(value: string | number | boolean | null, file: string, line: number): void {
    this.rows++;
    if (value === null) {
      this.nulls++;
      if (this.spec.nullable) this.nullTally.pass();
      else this.nullTally.fail(null, file, line);
      return;
    }
    this.nullTally.pass();
    const typed = this.convert(value);
    if (typed === undefined) {
      this.typeTally.fail(value, file, line);
      return;
    }
    this.typeTally.pass();
    const rules = this.rules;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i] as ValueRule;
      if (rule.test(typed)) rule.tally.pass();
      else rule.tally.fail(value, file, line);
    }
    if (typeof typed === "number") {
      if (this.moments) this.moments.update(typed);
      if (this.numbers) this.numbers.push(typed);
    }
    if (this.seen) {
      if (this.seen.add(typed)) this.uniqueTally?.pass();
      else this.uniqueTally?.fail(value, file, line);
    }
  }

  results(): CheckResult[] {
    return columnResults(this);
  }
}

/** The batch path of a column that reports nothing (see `reportsAnything`): its cells are not read. */
function skipCells(): void {}

/**
 * The batch loop of a column: numbers read from the bytes for integer, number and date columns; for
 * text columns (and booleans without value checks) read `byBytes`, null counts only when nothing else
 * is checked, the checks on bytes when each has a byte test; otherwise each cell's text.
 */
function pickBatchPath(
  type: ColumnType,
  byBytes: boolean,
  distinct: boolean,
  byteTests: ByteTest[] | undefined,
): BatchPath {
  if (type === "integer") return acceptIntegerCells;
  if (type === "number") return acceptDecimalCells;
  if (type === "date") return acceptDateCells;
  if (byBytes && byteTests?.length === 0 && !distinct && type !== "boolean") return acceptNullsOnly;
  if (byBytes && byteTests !== undefined) return acceptByteRuleCells;
  return acceptTextCells;
}

/** The conversion of a non-null cell to the column's type, picked once per column, not per cell. */
function converter(
  type: ColumnType,
  dateFormat: DateFormat | undefined,
): (value: string | number | boolean) => TypedValue | undefined {
  switch (type) {
    case "integer":
      return parseInteger;
    case "number":
      return parseDecimal;
    case "string":
    case "category":
      return (value) => (typeof value === "string" ? value : String(value));
    default:
      return (value) => toTyped(value, type, dateFormat);
  }
}
