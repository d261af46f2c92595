import { isMap, isScalar, type Node } from "yaml";
import { valueChecks } from "./column-results.ts";
import {
  type ColumnSpec,
  type ColumnStatsSpec,
  MOSTLY_CHECKS,
  type MostlyCheck,
  type Range,
  STRING_FORMATS,
  type StringFormat,
} from "./schema.ts";
import {
  type CellValue,
  COLUMN_TYPES,
  type ColumnType,
  DATE_FORMATS,
  type DateFormat,
  parseDate,
  parseDatetime,
  type TypedValue,
  toTyped,
} from "./value.ts";
import { valueRules } from "./value-rules.ts";
import { isEmptyValue, type YamlReader } from "./yaml-nodes.ts";

export const COLUMN_KEYS = [
  "type",
  "nullable",
  "min",
  "max",
  "in",
  "not-in",
  "pattern",
  "length",
  "format",
  "unique",
  "mostly",
  "severity",
  "stats",
  "description",
] as const;
export const STATS_KEYS = [
  "min",
  "max",
  "mean",
  "median",
  "std",
  "quantiles",
  "distinct",
  "missing",
] as const;
const RANGE_KEYS = ["min", "max"] as const;
const ORDERED_TYPES: readonly ColumnType[] = ["integer", "number", "date", "datetime"];

/** Reads one entry of `columns:`; every problem names the schema file, line and column. */
export function parseColumn(reader: YamlReader, name: string, keyNode: Node, node: Node): ColumnSpec {
  const spec: ColumnSpec = {
    name,
    nullable: true,
    unique: false,
    mostly: everyCheck(1),
    severity: "error",
    stats: { quantiles: [] },
    location: reader.at(keyNode),
    keyLocations: {},
  };
  const entries = isEmptyValue(node) ? [] : reader.entries(node, `column '${name}'`, COLUMN_KEYS);
  const entryValue = (key: string) => entries.find((entry) => entry.key === key)?.value;
  const typeNode = entryValue("type");
  if (typeNode) spec.type = reader.oneOf(typeNode, "type", COLUMN_TYPES);
  const formatNode = entryValue("format");
  if (formatNode) {
    const format = reader.oneOf(formatNode, "format", [...STRING_FORMATS, ...DATE_FORMATS]);
    if ((DATE_FORMATS as readonly string[]).includes(format)) spec.dateFormat = format as DateFormat;
    else if (spec.type === "date")
      reader.fail(formatNode, `format of a date column must be one of ${DATE_FORMATS.join(", ")}`);
    else spec.format = format as StringFormat;
  }
  let numberList = false;
  for (const { key, keyNode: at, value } of entries) {
    spec.keyLocations[key] = reader.at(at);
    switch (key) {
      case "nullable":
        spec.nullable = reader.boolean(value, "nullable");
        break;
      case "unique":
        spec.unique = reader.boolean(value, "unique");
        break;
      case "mostly":
        spec.mostly = isMap(value) ? mostlyByCheck(reader, value) : everyCheck(reader.share(value, "mostly"));
        break;
      case "severity":
        spec.severity = reader.oneOf(value, "severity", ["error", "warning"] as const);
        break;
      case "min":
      case "max":
        spec[key] = orderedBound(reader, value, key, spec);
        break;
      case "in":
      case "not-in": {
        const items = reader.list(value, key);
        numberList ||= spec.type === undefined && items.length > 0 && items.every(isYamlNumber);
        spec[key === "in" ? "in" : "notIn"] = items.map((item) => typedItem(reader, item, key, spec));
        break;
      }
      case "pattern":
        spec.pattern = compilePattern(reader, value);
        break;
      case "length":
        spec.length = parseRange(reader, value, "length");
        break;
      case "stats":
        spec.stats = parseStats(reader, value, spec);
        break;
      case "description":
        reader.scalar(value, "description");
        break;
    }
  }
  const { stats } = spec;
  const numeric = spec.min !== undefined || spec.max !== undefined || stats.mean || stats.median || stats.std;
  // Without a declared type, numeric rules mean the values are numbers (else they would be compared as
  // text: `in: [1]` would refuse `1.0`), and so does a list of numbers only.
  if (
    spec.type === undefined &&
    (numeric || stats.min || stats.max || stats.quantiles.length > 0 || numberList)
  ) {
    spec.type = "number";
    if (numberList) {
      if (spec.in) spec.in = spec.in.map(Number);
      if (spec.notIn) spec.notIn = spec.notIn.map(Number);
    }
  }
  const mostlyNode = entryValue("mostly");
  if (mostlyNode && isMap(mostlyNode)) checkMostlyChecks(reader, mostlyNode, spec);
  return spec;
}

/** The same share for every check. */
function everyCheck(share: number): Record<MostlyCheck, number> {
  return Object.fromEntries(MOSTLY_CHECKS.map((check) => [check, share])) as Record<MostlyCheck, number>;
}

/** `mostly` by check (`{ min: 0.95, max: 0.95 }`): a check not named takes 1. */
function mostlyByCheck(reader: YamlReader, node: Node): Record<MostlyCheck, number> {
  const mostly = everyCheck(1);
  for (const { key, value } of reader.entries(node, "mostly", MOSTLY_CHECKS)) {
    mostly[key as MostlyCheck] = reader.share(value, `mostly ${key}`);
  }
  return mostly;
}

/** A `mostly` map names only checks the column has: any other is a typo or a leftover. */
function checkMostlyChecks(reader: YamlReader, node: Node, spec: ColumnSpec): void {
  const checks = new Set<string>(valueChecks(spec, valueRules(spec, 0)));
  for (const { key, keyNode } of reader.entries(node, "mostly", MOSTLY_CHECKS)) {
    if (!checks.has(key)) {
      reader.fail(keyNode, `mostly for '${key}', which column '${spec.name}' does not check`);
    }
  }
}

function isYamlNumber(node: unknown): boolean {
  return isScalar(node) && typeof node.value === "number";
}

/** A range written as `{ min, max }` (either may be left out) or as one number meaning exactly that. */
export function parseRange(reader: YamlReader, node: Node, what: string): Range {
  if (!isMap(node)) {
    const value = reader.number(node, what);
    return { min: value, max: value };
  }
  const range: Range = {};
  for (const { key, value } of reader.entries(node, what, RANGE_KEYS)) {
    range[key as "min" | "max"] = reader.number(value, `${what} ${key}`);
  }
  if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
    reader.fail(node, `${what} has min ${range.min} above max ${range.max}`);
  }
  return range;
}

function parseStats(reader: YamlReader, node: Node, spec: ColumnSpec): ColumnStatsSpec {
  const stats: ColumnStatsSpec = { quantiles: [] };
  for (const { key, keyNode, value } of reader.entries(node, "stats", STATS_KEYS)) {
    spec.keyLocations[`stats.${key}`] = reader.at(keyNode);
    const numericOnly = key !== "distinct" && key !== "missing";
    if (numericOnly && spec.type !== undefined && spec.type !== "integer" && spec.type !== "number") {
      reader.fail(keyNode, `stats ${key} needs a column of type integer or number, not ${spec.type}`);
    }
    if (key === "quantiles") {
      for (const entry of reader.entries(value, "quantiles")) {
        const quantile = Number(entry.key);
        if (!Number.isFinite(quantile) || quantile < 0 || quantile > 1) {
          reader.fail(entry.keyNode, `a quantile must be between 0 and 1, not '${entry.key}'`);
        }
        stats.quantiles.push({ quantile, range: parseRange(reader, entry.value, `quantile ${entry.key}`) });
      }
    } else {
      stats[key as Exclude<(typeof STATS_KEYS)[number], "quantiles">] = parseRange(reader, value, key);
    }
  }
  return stats;
}

function orderedBound(reader: YamlReader, node: Node, key: string, spec: ColumnSpec): TypedValue {
  const type = spec.type ?? "number";
  if (!ORDERED_TYPES.includes(type)) {
    reader.fail(node, `${key} applies to integer, number, date and datetime columns, not ${type}`);
  }
  return typedItem(reader, node, key, { ...spec, type });
}

function typedItem(reader: YamlReader, node: Node, what: string, spec: ColumnSpec): TypedValue {
  const raw = reader.scalar(node, what);
  const type = spec.type ?? "string";
  const cell: CellValue = typeof raw === "number" || typeof raw === "boolean" ? raw : String(raw);
  let typed: TypedValue | undefined;
  if (type === "date") typed = parseDate(String(raw), spec.dateFormat) ?? parseDate(String(raw));
  else if (type === "datetime") typed = parseDatetime(String(raw)) ?? dateAsDatetime(String(raw));
  else if (type === "integer" || type === "number" || type === "boolean") typed = toTyped(cell, type);
  else typed = String(raw);
  if (typed === undefined) reader.fail(node, `${what} value '${String(raw)}' is not a valid ${type}`);
  return typed;
}

/** A date-only bound of a datetime column means midnight UTC of that day. */
function dateAsDatetime(text: string): number | undefined {
  const day = parseDate(text);
  return day === undefined ? undefined : day * 86_400_000;
}

function compilePattern(reader: YamlReader, node: Node): RegExp {
  const source = reader.string(node, "pattern");
  try {
    return new RegExp(`^(?:${source})$`);
  } catch (error) {
    const reason =
      error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : String(error);
    return reader.fail(node, `pattern is not a valid regular expression: ${reason}`);
  }
}
