import type { Moments } from "@mlops-actions/stats";
import { type CheckResult, describeCount, type Tally, tallyFields } from "./check-result.ts";
import type { DistinctValues } from "./distinct-values.ts";
import { type NumberBuffer, quantileSorted } from "./quantile.ts";
import type { ColumnSpec, MostlyCheck, Range } from "./schema.ts";
import { describeRange, inRange, type ValueRule } from "./value-rules.ts";

/** What a column validator has counted and kept, as its results read it. */
export interface ColumnCounts {
  spec: ColumnSpec;
  typeTally: Tally;
  nullTally: Tally;
  rules: readonly ValueRule[];
  uniqueTally: Tally | undefined;
  seen: DistinctValues | undefined;
  moments: Moments | undefined;
  numbers: NumberBuffer | undefined;
  rows: number;
  nulls: number;
}

/** The value checks `columnResults` reports for a column of `spec` with value rules `rules`, in order. */
export function valueChecks(spec: ColumnSpec, rules: readonly Pick<ValueRule, "check">[]): MostlyCheck[] {
  return [
    ...(spec.type !== undefined ? (["type"] as const) : []),
    ...(spec.nullable ? [] : (["nullable"] as const)),
    ...rules.map((rule) => rule.check),
    ...(spec.unique ? (["unique"] as const) : []),
  ];
}

/**
 * Whether `columnResults` reports anything for a column of `spec` with value rules `rules`: a column with
 * no type, nullable, with no check and no statistic (`note: {}`, a column named only for the column set)
 * reports nothing, and its cells need not be read.
 */
export function reportsAnything(spec: ColumnSpec, rules: readonly Pick<ValueRule, "check">[]): boolean {
  const asked = Object.entries(spec.stats).some(([key, value]) =>
    key === "quantiles" ? (value as unknown[]).length > 0 : value !== undefined,
  );
  return valueChecks(spec, rules).length > 0 || asked;
}

/** The report's results of one column: its value checks, then its statistics. */
export function columnResults(counts: ColumnCounts): CheckResult[] {
  const { spec } = counts;
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
  const { mostly } = spec;
  if (spec.type) results.push(tallied("type", `type ${describeType(spec)}`, counts.typeTally, mostly.type));
  if (!spec.nullable) results.push(tallied("nullable", "not null", counts.nullTally, mostly.nullable));
  for (const rule of counts.rules) {
    results.push(tallied(rule.check, rule.expected, rule.tally, mostly[rule.check]));
  }
  if (counts.uniqueTally) results.push(tallied("unique", "unique values", counts.uniqueTally, mostly.unique));
  results.push(...statsResults(counts));
  return results;
}

function statsResults(counts: ColumnCounts): CheckResult[] {
  const { spec, moments } = counts;
  const stats = spec.stats;
  const observed: { check: string; value: number; range: Range }[] = [];
  const counted = moments !== undefined && moments.count > 0;
  if (stats.min)
    observed.push({ check: "stats.min", value: counted ? moments.min : Number.NaN, range: stats.min });
  if (stats.max)
    observed.push({ check: "stats.max", value: counted ? moments.max : Number.NaN, range: stats.max });
  if (stats.mean)
    observed.push({
      check: "stats.mean",
      value: moments?.count ? moments.mean : Number.NaN,
      range: stats.mean,
    });
  if (stats.std)
    observed.push({ check: "stats.std", value: moments?.std(1) ?? Number.NaN, range: stats.std });
  if (stats.missing)
    observed.push({
      check: "stats.missing",
      value: counts.rows ? counts.nulls / counts.rows : 0,
      range: stats.missing,
    });
  if (stats.distinct)
    observed.push({ check: "stats.distinct", value: counts.seen?.size ?? 0, range: stats.distinct });
  if (counts.numbers) {
    const sorted = counts.numbers.sorted();
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
      message: `${spec.name}: ${label} is ${Number.isNaN(value) ? "undefined (no values)" : formatObserved(value, range, ok)}; expected ${describeRange(range)}`,
      observed: Number.isNaN(value) ? null : value,
      examples: [],
      rule:
        spec.keyLocations[check.startsWith("stats.quantile") ? "stats.quantiles" : check] ?? spec.location,
    };
  });
}

function describeType(spec: ColumnSpec): string {
  return spec.type === "date" && spec.dateFormat ? `date (${spec.dateFormat})` : (spec.type ?? "string");
}

/**
 * A statistic for its message: six significant digits, or every digit when those six would show a
 * failing value equal to a bound (a mean of 1.0500000000000003 against `mean: 1.05`).
 */
function formatObserved(value: number, range: Range, ok: boolean): string {
  const short = formatNumber(value);
  const bounds = [range.min, range.max].filter((bound) => bound !== undefined).map(String);
  return !ok && bounds.includes(short) ? String(value) : short;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(+value.toPrecision(6));
}
