import type { SourceLocation } from "@mlops-actions/metrics";
import type { ColumnType, DateFormat, TypedValue } from "./value.ts";

export type Severity = "error" | "warning";

/** An inclusive range; either end may be open. */
export interface Range {
  min?: number;
  max?: number;
}

export const STRING_FORMATS = ["email", "uuid", "url", "ipv4"] as const;
export type StringFormat = (typeof STRING_FORMATS)[number];

export interface QuantileSpec {
  quantile: number;
  range: Range;
}

/** Statistics of a column that must fall in ranges. `missing` is a share (0..1) of all rows. */
export interface ColumnStatsSpec {
  /** The smallest and the largest value. */
  min?: Range;
  max?: Range;
  mean?: Range;
  median?: Range;
  std?: Range;
  quantiles: QuantileSpec[];
  distinct?: Range;
  missing?: Range;
}

export interface ColumnSpec {
  name: string;
  type?: ColumnType;
  /** Layout of date columns, or a date layout a string column must follow. */
  dateFormat?: DateFormat;
  nullable: boolean;
  min?: TypedValue;
  max?: TypedValue;
  in?: TypedValue[];
  notIn?: TypedValue[];
  pattern?: RegExp;
  length?: Range;
  format?: StringFormat;
  unique: boolean;
  /** The share of values that must pass each value check (1 = all), by check. */
  mostly: Record<MostlyCheck, number>;
  severity: Severity;
  stats: ColumnStatsSpec;
  /** Where the column and each of its keys are written in the schema file. */
  location: SourceLocation;
  keyLocations: Record<string, SourceLocation>;
}

/** The value checks of a column, as the report names them: each takes its own `mostly`. */
export const MOSTLY_CHECKS = [
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
] as const;
export type MostlyCheck = (typeof MOSTLY_CHECKS)[number];

export const COLUMN_MATCHES = ["exact", "subset", "superset"] as const;
export type ColumnMatch = (typeof COLUMN_MATCHES)[number];

export const COMPARISON_OPERATORS = [">=", "<=", "!=", "==", ">", "<"] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export interface Comparison {
  left: string;
  operator: ComparisonOperator;
  right: string;
  text: string;
  location: SourceLocation;
}

export interface DatasetSpec {
  rows?: Range;
  /**
   * How the data's columns relate to the schema's: `exact` the same set, `subset` the data has only
   * schema columns (maybe fewer), `superset` the data has every schema column (maybe more).
   */
  columns?: { match: ColumnMatch; ordered: boolean };
  uniqueKeys: { columns: string[]; location: SourceLocation }[];
  noDuplicateRows: boolean;
  comparisons: Comparison[];
  severity: Severity;
  keyLocations: Record<string, SourceLocation>;
}

export interface DataSchema {
  file: string;
  columns: ColumnSpec[];
  dataset: DatasetSpec;
  /** Texts that mean "missing" in CSV/TSV cells (the empty field always does). */
  nullValues: string[];
}
