import type { TestName } from "./column-tests.ts";
import type { ColumnType } from "./column-type.ts";

export type DriftMethod = "auto" | "evidently" | TestName;
export type Verdict = "ok" | "warn" | "drift" | "skipped";

/** What moved most in a column: a value's share, or a quantile. */
export interface Movement {
  kind: "value" | "quantile";
  /** The value (categorical) or the quantile's label, e.g. "p50". */
  label: string;
  reference: number;
  current: number;
}

/** One column's result. */
export interface ColumnDrift {
  column: string;
  type: ColumnType;
  /** The test used; absent when the column was skipped. */
  test?: TestName;
  /** The test's statistic (a p-value for ks/chisquare/z; a distance otherwise). */
  statistic?: number;
  /** For `auto`: the effect size the verdict rests on, and its name. */
  effect?: { name: string; value: number };
  /** For `auto` with p-values: the Benjamini-Hochberg adjusted p-value. */
  adjustedPValue?: number;
  threshold?: number;
  verdict: Verdict;
  drifted: boolean;
  /** Whether the statistic is exact or estimated from sketches / capped counts. */
  exact: boolean;
  errorBound?: number;
  /** Why the column was skipped, or what else to know (new categories, type change...). */
  notes: string[];
  /** Categories in current that the reference never had. */
  newCategories?: string[];
  movement?: Movement;
  reference: ColumnSummary;
  current: ColumnSummary;
}

export interface ColumnSummary {
  count: number;
  nulls: number;
  distinct: number;
  mean?: number;
  std?: number;
  min?: number;
  max?: number;
  /** For the report's chart: shares per value, or per bin between `edges` (numbers). */
  histogram?: { labels: string[]; shares: number[]; edges?: number[] };
}

export interface DriftResult {
  method: DriftMethod;
  columns: ColumnDrift[];
  /** Columns tested (not skipped). */
  tested: number;
  driftedColumns: string[];
  warnedColumns: string[];
  driftShare: number;
  driftShareThreshold: number;
  datasetDrift: boolean;
  exact: boolean;
}
