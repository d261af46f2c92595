import { Moments } from "@mlops-actions/stats";
import { type FieldBatch, fieldText } from "./byte-csv-scanner.ts";
import { ByteTexts } from "./byte-texts.ts";
import {
  type CheckResult,
  describeCount,
  type Example,
  exampleText,
  Tally,
  type TallyState,
  tallyFields,
  tallyState,
} from "./check-result.ts";
import { type DistinctState, DistinctValues } from "./distinct-values.ts";
import { NumberBuffer, quantileSorted } from "./quantile.ts";
import type { Row } from "./reader-types.ts";
import type { ColumnSpec, Range } from "./schema.ts";
import { NOT_SHORT, shortDecimalBytes } from "./short-decimal.ts";
import { matchesFormat } from "./string-formats.ts";
import {
  type ColumnType,
  type DateFormat,
  formatTyped,
  parseDate,
  parseDecimal,
  parseInteger,
  type TypedValue,
  toTyped,
} from "./value.ts";

interface ValueRule {
  check: string;
  expected: string;
  test: (value: TypedValue) => boolean;
  tally: Tally;
  /** The same test on a cell's UTF-8 bytes, for `in`/`not-in` on text columns. */
  testBytes?: (bytes: Uint8Array, start: number, end: number) => boolean;
  /** The same test on a number, as inclusive bounds (`min`/`max` of numeric columns): no call a cell. */
  bounds?: [number, number];
}

/**
 * How cells of a byte batch are read: `number` parses integer/number columns from the bytes; `bytes`
 * serves text columns whose checks need no string (null counts, `in`/`not-in`); `text` decodes each
 * cell and takes the same path as a row.
 */
type BatchMode = "integer" | "decimal" | "bytes" | "text";

/** What a worker sends back of a validator, to be merged into the one that saw the rows before. */
export interface ColumnState {
  rows: number;
  nulls: number;
  tallies: TallyState[];
  moments?: { count: number; mean: number; m2: number; min: number; max: number };
  numbers?: Float64Array;
  distinct?: DistinctState;
}

/** Takes a column's cells from byte batches (a validator, or a search through them). */
export interface BatchColumn {
  acceptBatch(
    batch: FieldBatch,
    rows: Int32Array,
    rowCount: number,
    position: number,
    nullBytes: ByteTexts | undefined,
    nulls: ReadonlySet<string> | undefined,
    file: string,
  ): void;
}

/**
 * Checks one column's values as rows stream by, keeping counters and examples; memory is constant
 * except for `unique` and `stats.distinct` (a set of distinct values) and `stats.median`/`quantiles`
 * (8 bytes a value).
 */
export class ColumnValidator {
  readonly spec: ColumnSpec;
  readonly typeTally: Tally;
  readonly nullTally: Tally;
  private readonly rules: ValueRule[] = [];
  private readonly uniqueTally: Tally | undefined;
  private readonly seen: DistinctValues | undefined;
  /** Only when a check needs the mean or the standard deviation. */
  private readonly moments: Moments | undefined;
  private readonly convert: (value: string | number | boolean) => TypedValue | undefined;
  private readonly numbers: NumberBuffer | undefined;
  private readonly batchMode: BatchMode;
  /**
   * A number in `[low, high]` passes every value check (all are bounds); when a check is not a bound
   * the range is empty, and each check runs.
   */
  private readonly low: number;
  private readonly high: number;
  private readonly maxExamples: number;
  private nulls = 0;
  private rows = 0;
  /** Scratch space of `acceptAsciiText`. */
  private gathered = Buffer.allocUnsafe(0);
  private textEnds = new Int32Array(0);

  constructor(spec: ColumnSpec, maxExamples: number) {
    this.spec = spec;
    this.maxExamples = maxExamples;
    this.typeTally = new Tally(maxExamples);
    this.nullTally = new Tally(maxExamples);
    if (spec.unique) this.uniqueTally = new Tally(maxExamples);
    if (spec.unique || spec.stats.distinct) this.seen = new DistinctValues();
    if (spec.stats.median || spec.stats.quantiles.length > 0) this.numbers = new NumberBuffer();
    if (spec.stats.mean || spec.stats.std) this.moments = new Moments();
    this.rules = valueRules(spec, maxExamples);
    this.convert = converter(spec.type ?? "string", spec.dateFormat);
    this.batchMode = batchMode(spec, this.rules, this.seen !== undefined);
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
    const { bytes, starts, ends, firstField, lines, marks, texts } = batch;
    const mode = this.batchMode;
    if (mode === "text" && batch.ascii) {
      this.acceptAsciiText(batch, rows, rowCount, position, nullBytes, nulls, file);
      return;
    }
    if (mode === "integer" || mode === "decimal") {
      this.acceptNumbers(batch, rows, rowCount, position, nullBytes, nulls, file);
      return;
    }
    // Cells that passed every check with nothing to remember: counted, and their passes added at the end.
    let passed = 0;
    for (let k = 0; k < rowCount; k++) {
      const r = rows[k] as number;
      const f = (firstField[r] as number) + position;
      const start = starts[f] as number;
      if (start < 0) {
        const text = texts[-1 - start] as string;
        this.accept(nulls?.has(text) ? null : text, file, lines[r] as number);
        continue;
      }
      const end = ends[f] as number;
      if (start === end || nullBytes?.has(bytes, start, end)) {
        this.accept(null, file, lines[r] as number);
      } else if (mode === "text" || marks[r] !== 0) {
        this.accept(bytes.toString("utf8", start, end), file, lines[r] as number);
      } else if (this.acceptBytes(bytes, start, end, file, lines[r] as number)) passed++;
    }
    this.countPassed(passed);
  }

  /** Adds the passes of `passed` cells that passed every value check (their rows, type and rules). */
  private countPassed(passed: number): void {
    if (passed === 0) return;
    this.rows += passed;
    this.nullTally.evaluated += passed;
    this.typeTally.evaluated += passed;
    for (const rule of this.rules) rule.tally.evaluated += passed;
  }

  /** `acceptBatch` for integer and number columns: one loop, numbers read from the bytes. */
  private acceptNumbers(
    batch: FieldBatch,
    rows: Int32Array,
    rowCount: number,
    position: number,
    nullBytes: ByteTexts | undefined,
    nulls: ReadonlySet<string> | undefined,
    file: string,
  ): void {
    const { bytes, starts, ends, firstField, lines, marks, texts } = batch;
    const fraction = this.batchMode === "decimal";
    const { low, high, moments, numbers } = this;
    // Only bounds to check, and nothing to remember of each value: the loop needs no call a cell.
    const simple = this.seen === undefined;
    let passed = 0;
    for (let k = 0; k < rowCount; k++) {
      const r = rows[k] as number;
      const f = (firstField[r] as number) + position;
      const start = starts[f] as number;
      if (start < 0) {
        const text = texts[-1 - start] as string;
        this.accept(nulls?.has(text) ? null : text, file, lines[r] as number);
        continue;
      }
      const end = ends[f] as number;
      if (start === end || nullBytes?.has(bytes, start, end)) {
        this.accept(null, file, lines[r] as number);
        continue;
      }
      if (marks[r] !== 0) {
        this.accept(bytes.toString("utf8", start, end), file, lines[r] as number);
        continue;
      }
      if (simple) {
        const value = shortDecimalBytes(bytes, start, end, fraction);
        if (value !== undefined && value !== NOT_SHORT && value >= low && value <= high) {
          passed++;
          if (moments !== undefined) moments.update(value);
          if (numbers !== undefined) numbers.push(value);
          continue;
        }
      }
      if (this.acceptNumberBytes(bytes, start, end, fraction, file, lines[r] as number)) passed++;
    }
    this.countPassed(passed);
  }

  /**
   * `acceptBatch` for a column whose checks need each cell's text, in an ASCII batch: the column's
   * bytes are gathered into one buffer and decoded at once, and each cell is a slice of that text (one
   * decode a cell costs several times more).
   */
  private acceptAsciiText(
    batch: FieldBatch,
    rows: Int32Array,
    rowCount: number,
    position: number,
    nullBytes: ByteTexts | undefined,
    nulls: ReadonlySet<string> | undefined,
    file: string,
  ): void {
    const { bytes, starts, ends, firstField, lines, texts } = batch;
    if (this.textEnds.length < rowCount) this.textEnds = new Int32Array(rowCount * 2);
    const textEnds = this.textEnds;
    let gathered = this.gathered;
    let length = 0;
    for (let k = 0; k < rowCount; k++) {
      const f = (firstField[rows[k] as number] as number) + position;
      const start = starts[f] as number;
      if (start >= 0) {
        const end = ends[f] as number;
        if (length + end - start > gathered.length) {
          const grown = Buffer.allocUnsafe(Math.max(gathered.length * 2, length + end - start));
          gathered.copy(grown, 0, 0, length);
          gathered = grown;
          this.gathered = grown;
        }
        for (let b = start; b < end; b++) gathered[length++] = bytes[b] as number;
      }
      textEnds[k] = length;
    }
    const text = gathered.toString("latin1", 0, length);
    let from = 0;
    for (let k = 0; k < rowCount; k++) {
      const r = rows[k] as number;
      const f = (firstField[r] as number) + position;
      const start = starts[f] as number;
      const to = textEnds[k] as number;
      let value: string | null;
      if (start < 0) value = texts[-1 - start] as string;
      else if (to === from) value = null;
      else if (nullBytes?.has(bytes, start, ends[f] as number)) value = null;
      else value = text.slice(from, to);
      from = to;
      this.accept(value !== null && nulls?.has(value) ? null : value, file, lines[r] as number);
    }
  }

  /**
   * A non-null cell of a text column whose checks all read bytes. True when it passed them all: the
   * caller counts it (rows, passes) in bulk.
   */
  private acceptBytes(bytes: Buffer, start: number, end: number, file: string, line: number): boolean {
    const rules = this.rules;
    let ok = true;
    for (let i = 0; i < rules.length && ok; i++) {
      const test = (rules[i] as ValueRule).testBytes as NonNullable<ValueRule["testBytes"]>;
      ok = test(bytes, start, end);
    }
    if (ok) return true;
    this.rows++;
    this.nullTally.pass();
    this.typeTally.pass();
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i] as ValueRule;
      if ((rule.testBytes as NonNullable<ValueRule["testBytes"]>)(bytes, start, end)) rule.tally.pass();
      else rule.tally.fail(bytes.toString("utf8", start, end), file, line);
    }
    return false;
  }

  /**
   * A non-null cell of a numeric column: read from the bytes, or from the text when they cannot tell.
   * True when it passed its value checks within `low`/`high` (counted in bulk by the caller).
   */
  private acceptNumberBytes(
    bytes: Buffer,
    start: number,
    end: number,
    fraction: boolean,
    file: string,
    line: number,
  ): boolean {
    const value = shortDecimalBytes(bytes, start, end, fraction);
    if (value === NOT_SHORT) {
      this.accept(bytes.toString("utf8", start, end), file, line);
      return false;
    }
    if (value === undefined) {
      this.rows++;
      this.nullTally.pass();
      this.typeTally.fail(bytes.toString("utf8", start, end), file, line);
      return false;
    }
    if (this.moments) this.moments.update(value);
    if (this.numbers) this.numbers.push(value);
    if (this.seen) {
      if (this.seen.add(value)) this.uniqueTally?.pass();
      else this.uniqueTally?.fail(bytes.toString("utf8", start, end), file, line);
    }
    if (value >= this.low && value <= this.high) return true;
    this.rows++;
    this.nullTally.pass();
    this.typeTally.pass();
    const rules = this.rules;
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i] as ValueRule;
      if (rule.test(value)) rule.tally.pass();
      else rule.tally.fail(bytes.toString("utf8", start, end), file, line);
    }
    return false;
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
   * `finish` the merge. Only a failing `unique` check costs that second reading.
   */
  merge(state: ColumnState, lineOffset: number): RepeatSearch | undefined {
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
      tally.absorb(unique, lineOffset, shifted, count);
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
    const { spec } = this;
    const base = { scope: "column" as const, column: spec.name, severity: spec.severity };
    const results: CheckResult[] = [];
    const tallied = (check: string, expected: string, tally: Tally, mostly: number): CheckResult => {
      const ok = tally.passes(mostly);
      const counted = describeCount(tally.unexpected, tally.evaluated);
      const allowance = mostly < 1 ? ` (at most ${+((1 - mostly) * 100).toFixed(4)}% allowed)` : "";
      return {
        ...base,
        id: `column.${spec.name}.${check}`,
        check,
        expected,
        status: ok ? "pass" : "fail",
        message: `${spec.name}: ${counted} fail ${expected}${allowance}`,
        ...tallyFields(tally),
        rule:
          spec.keyLocations[check.startsWith("stats.") ? check : (check.split(".")[0] ?? check)] ??
          spec.location,
      };
    };
    if (spec.type) results.push(tallied("type", `type ${describeType(spec)}`, this.typeTally, spec.mostly));
    if (!spec.nullable) results.push(tallied("nullable", "not null", this.nullTally, spec.mostly));
    for (const rule of this.rules) results.push(tallied(rule.check, rule.expected, rule.tally, spec.mostly));
    if (this.uniqueTally) results.push(tallied("unique", "unique values", this.uniqueTally, 1));
    results.push(...this.statsResults());
    return results;
  }

  private statsResults(): CheckResult[] {
    const { spec } = this;
    const stats = spec.stats;
    const observed: { check: string; value: number; range: Range }[] = [];
    if (stats.mean)
      observed.push({
        check: "stats.mean",
        value: this.moments?.count ? this.moments.mean : Number.NaN,
        range: stats.mean,
      });
    if (stats.std)
      observed.push({ check: "stats.std", value: this.moments?.std(1) ?? Number.NaN, range: stats.std });
    if (stats.missing)
      observed.push({
        check: "stats.missing",
        value: this.rows ? this.nulls / this.rows : 0,
        range: stats.missing,
      });
    if (stats.distinct)
      observed.push({ check: "stats.distinct", value: this.seen?.size ?? 0, range: stats.distinct });
    if (this.numbers) {
      const sorted = this.numbers.sorted();
      if (stats.median)
        observed.push({ check: "stats.median", value: quantileSorted(sorted, 0.5), range: stats.median });
      for (const { quantile, range } of stats.quantiles) {
        observed.push({
          check: `stats.quantile-${quantile}`,
          value: quantileSorted(sorted, quantile),
          range,
        });
      }
    }
    return observed.map(({ check, value, range }) => {
      const ok = !Number.isNaN(value) && inRange(value, range);
      const label = check.replace("stats.", "").replace("quantile-", "quantile ");
      return {
        scope: "column",
        column: spec.name,
        severity: spec.severity,
        id: `column.${spec.name}.${check}`,
        check,
        expected: `${label} ${describeRange(range)}`,
        status: ok ? "pass" : "fail",
        message: `${spec.name}: ${label} is ${Number.isNaN(value) ? "undefined (no values)" : formatNumber(value)}; expected ${describeRange(range)}`,
        observed: Number.isNaN(value) ? null : value,
        examples: [],
        rule:
          spec.keyLocations[check.startsWith("stats.quantile") ? "stats.quantiles" : check] ?? spec.location,
      };
    });
  }
}

function valueRules(spec: ColumnSpec, maxExamples: number): ValueRule[] {
  const type = spec.type ?? "string";
  const rules: ValueRule[] = [];
  const add = (
    check: string,
    expected: string,
    test: (value: TypedValue) => boolean,
    extra: Pick<ValueRule, "testBytes" | "bounds"> = {},
  ) => rules.push({ check, expected, test, tally: new Tally(maxExamples), ...extra });
  // A text cell is never equal to a number or a boolean in the list: only the texts can match bytes.
  const textsOf = (values: TypedValue[]) =>
    new ByteTexts(values.filter((value): value is string => typeof value === "string"));
  const show = (value: TypedValue) => formatTyped(value, type);
  const { min, max, pattern, length, format } = spec;
  const numeric = type === "integer" || type === "number";
  if (min !== undefined) {
    const bounds: [number, number] | undefined =
      numeric && typeof min === "number" ? [min, Number.POSITIVE_INFINITY] : undefined;
    add("min", `>= ${show(min)}`, (value) => value >= min, bounds && { bounds });
  }
  if (max !== undefined) {
    const bounds: [number, number] | undefined =
      numeric && typeof max === "number" ? [Number.NEGATIVE_INFINITY, max] : undefined;
    add("max", `<= ${show(max)}`, (value) => value <= max, bounds && { bounds });
  }
  if (spec.in) {
    const allowed = new Set(spec.in);
    const allowedBytes = textsOf(spec.in);
    add("in", `in [${spec.in.map(show).join(", ")}]`, (value) => allowed.has(value), {
      testBytes: (bytes, start, end) => allowedBytes.has(bytes, start, end),
    });
  }
  if (spec.notIn) {
    const forbidden = new Set(spec.notIn);
    const forbiddenBytes = textsOf(spec.notIn);
    add("not-in", `not in [${spec.notIn.map(show).join(", ")}]`, (value) => !forbidden.has(value), {
      testBytes: (bytes, start, end) => !forbiddenBytes.has(bytes, start, end),
    });
  }
  if (pattern)
    add("pattern", `matching /${pattern.source.slice(4, -2)}/`, (value) => pattern.test(String(value)));
  if (length)
    add("length", `of length ${describeRange(length)}`, (value) =>
      inRange(codePoints(String(value)), length),
    );
  if (format) add("format", `in ${format} format`, (value) => matchesFormat(String(value), format));
  const dateFormat = spec.dateFormat;
  if (dateFormat && type !== "date") {
    add(
      "format",
      `in ${dateFormat} date format`,
      (value) => parseDate(String(value), dateFormat) !== undefined,
    );
  }
  return rules;
}

/**
 * Finds, in a segment read again, where each of `repeated` (values an earlier part of the file had too)
 * first shows up: the examples, in line order, of the duplicates found when segments were merged.
 */
export class RepeatSearch implements BatchColumn {
  private readonly repeated: Set<TypedValue>;
  private readonly count: number;
  private readonly convert: (value: string) => TypedValue | undefined;
  private readonly maxExamples: number;
  private readonly done: (examples: Example[], count: number) => void;
  private readonly examples: Example[] = [];

  constructor(
    repeated: Set<TypedValue>,
    convert: (value: string) => TypedValue | undefined,
    maxExamples: number,
    done: (examples: Example[], count: number) => void,
  ) {
    this.repeated = repeated;
    this.count = repeated.size;
    this.convert = convert;
    this.maxExamples = maxExamples;
    this.done = done;
  }

  acceptBatch(
    batch: FieldBatch,
    rows: Int32Array,
    rowCount: number,
    position: number,
    _nullBytes: ByteTexts | undefined,
    nulls: ReadonlySet<string> | undefined,
    file: string,
  ): void {
    for (let k = 0; k < rowCount && this.examples.length < this.maxExamples; k++) {
      const r = rows[k] as number;
      const text = fieldText(batch, (batch.firstField[r] as number) + position);
      if (text === "" || nulls?.has(text)) continue;
      const typed = this.convert(text);
      if (typed === undefined || !this.repeated.delete(typed)) continue;
      this.examples.push({ value: exampleText(text), file, line: batch.lines[r] as number });
    }
  }

  /** Ends the merge, with the examples' lines shifted as the segment's. */
  finish(): void {
    this.done(this.examples, this.count);
  }
}

function batchMode(spec: ColumnSpec, rules: ValueRule[], seen: boolean): BatchMode {
  const type = spec.type ?? "string";
  if (type === "integer") return "integer";
  if (type === "number") return "decimal";
  const textType = type === "string" || type === "category";
  return textType && !seen && rules.every((rule) => rule.testBytes) ? "bytes" : "text";
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

function describeType(spec: ColumnSpec): string {
  return spec.type === "date" && spec.dateFormat ? `date (${spec.dateFormat})` : (spec.type ?? "string");
}

export function inRange(value: number, range: Range): boolean {
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

export function describeRange(range: Range): string {
  if (range.min !== undefined && range.max !== undefined) {
    return range.min === range.max ? `= ${range.min}` : `in [${range.min}, ${range.max}]`;
  }
  if (range.min !== undefined) return `>= ${range.min}`;
  if (range.max !== undefined) return `<= ${range.max}`;
  return "any";
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(+value.toPrecision(6));
}

/** Length in Unicode code points (a surrogate pair is one character), without allocating. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) count--;
  }
  return count;
}
