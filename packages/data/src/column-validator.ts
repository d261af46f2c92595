import { Moments } from "@mlops-actions/stats";
import { type CheckResult, describeCount, Tally, tallyFields } from "./check-result.ts";
import { DistinctValues } from "./distinct-values.ts";
import { NumberBuffer, quantileSorted } from "./quantile.ts";
import type { Row } from "./reader-types.ts";
import type { ColumnSpec, Range } from "./schema.ts";
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
  private nulls = 0;
  private rows = 0;

  constructor(spec: ColumnSpec, maxExamples: number) {
    this.spec = spec;
    this.typeTally = new Tally(maxExamples);
    this.nullTally = new Tally(maxExamples);
    if (spec.unique) this.uniqueTally = new Tally(maxExamples);
    if (spec.unique || spec.stats.distinct) this.seen = new DistinctValues();
    if (spec.stats.median || spec.stats.quantiles.length > 0) this.numbers = new NumberBuffer();
    if (spec.stats.mean || spec.stats.std) this.moments = new Moments();
    this.rules = valueRules(spec, maxExamples);
    this.convert = converter(spec.type ?? "string", spec.dateFormat);
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
  const add = (check: string, expected: string, test: (value: TypedValue) => boolean) =>
    rules.push({ check, expected, test, tally: new Tally(maxExamples) });
  const show = (value: TypedValue) => formatTyped(value, type);
  const { min, max, pattern, length, format } = spec;
  if (min !== undefined) add("min", `>= ${show(min)}`, (value) => value >= min);
  if (max !== undefined) add("max", `<= ${show(max)}`, (value) => value <= max);
  if (spec.in) {
    const allowed = new Set(spec.in);
    add("in", `in [${spec.in.map(show).join(", ")}]`, (value) => allowed.has(value));
  }
  if (spec.notIn) {
    const forbidden = new Set(spec.notIn);
    add("not-in", `not in [${spec.notIn.map(show).join(", ")}]`, (value) => !forbidden.has(value));
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
