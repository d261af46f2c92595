import { autoColumnDrift, finishAuto } from "./auto-method.ts";
import { baseDrift, skip } from "./base-drift.ts";
import { unionDistinctCount } from "./binning.ts";
import type { ColumnProfile } from "./column-profile.ts";
import { isDrifted, runTest, TESTS, type TestName } from "./column-tests.ts";
import { type ColumnType, evidentlyColumnType } from "./column-type.ts";
import type { DatasetProfile } from "./dataset-profile.ts";
import { DriftInputError } from "./errors.ts";
import { EVIDENTLY_DISTINCT_ENOUGH, evidentlyDefaultTest } from "./evidently-method.ts";
import type { ColumnDrift, DriftMethod, DriftResult } from "./result.ts";
import { summarize } from "./summaries.ts";

export interface CompareOptions {
  method?: DriftMethod;
  /** Only these columns (default: every column of the reference). */
  columns?: readonly string[];
  excludeColumns?: readonly string[];
  /** Columns to treat as categorical whatever their values. */
  categorical?: readonly string[];
  /** Overrides the test's (or auto's drift) threshold. */
  threshold?: number;
  /** Dataset drift when at least this share of tested columns drifted (default 0.5). */
  driftShare?: number;
}

/** Compares a current dataset's profile with a reference profile, column by column. */
export function compareProfiles(
  reference: DatasetProfile,
  current: DatasetProfile,
  options: CompareOptions = {},
): DriftResult {
  const method = options.method ?? "auto";
  const names = selectColumns(reference, current, options);
  const categorical = new Set(options.categorical ?? []);
  let columns = names.map((name) => {
    const ref = reference.columns.get(name);
    const cur = current.columns.get(name);
    if (!ref || !cur) return missingColumn(name, ref, cur);
    return method === "auto"
      ? autoColumnDrift(ref, cur, categorical.has(name), options.threshold)
      : fixedTestDrift(method, ref, cur, categorical.has(name), options.threshold);
  });
  if (method === "auto") columns = finishAuto(columns);
  const tested = columns.filter((c) => c.verdict !== "skipped");
  const drifted = tested.filter((c) => c.drifted);
  const driftShareThreshold = options.driftShare ?? 0.5;
  const driftShare = tested.length === 0 ? 0 : drifted.length / tested.length;
  return {
    method,
    columns: sortMostDriftedFirst(columns),
    tested: tested.length,
    driftedColumns: drifted.map((c) => c.column),
    warnedColumns: tested.filter((c) => c.verdict === "warn").map((c) => c.column),
    driftShare,
    driftShareThreshold,
    datasetDrift: tested.length > 0 && driftShare >= driftShareThreshold,
    exact: tested.every((c) => c.exact),
  };
}

function selectColumns(
  reference: DatasetProfile,
  current: DatasetProfile,
  options: CompareOptions,
): string[] {
  const known = new Set([...reference.columns.keys(), ...current.columns.keys()]);
  for (const [input, list] of [
    ["columns", options.columns],
    ["exclude-columns", options.excludeColumns],
    ["categorical", options.categorical],
  ] as const) {
    const unknown = (list ?? []).filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new DriftInputError(
        `${input}: no column named ${unknown.map((n) => `'${n}'`).join(", ")}; the data has ${[...known].map((n) => `'${n}'`).join(", ")}`,
      );
    }
  }
  const excluded = new Set(options.excludeColumns ?? []);
  const base = options.columns && options.columns.length > 0 ? options.columns : [...known];
  return base.filter((name) => !excluded.has(name));
}

function missingColumn(name: string, ref?: ColumnProfile, cur?: ColumnProfile): ColumnDrift {
  const present = (ref ?? cur) as ColumnProfile;
  const summary = summarize(present);
  const empty = { count: 0, nulls: 0, distinct: 0 };
  return {
    column: name,
    type: present.numbers > 0 && present.texts === 0 ? "numerical" : "categorical",
    verdict: "drift",
    drifted: true,
    exact: true,
    notes: [
      ref
        ? "the column is missing from the current data"
        : "the column is new: the reference does not have it",
    ],
    reference: ref ? summary : empty,
    current: cur ? summary : empty,
  };
}

/** `evidently` (Evidently's choice per column) or one named test for every column. */
function fixedTestDrift(
  method: "evidently" | TestName,
  ref: ColumnProfile,
  cur: ColumnProfile,
  forceCategorical: boolean,
  threshold?: number,
): ColumnDrift {
  // Evidently types the columns from the current dataset (Report.run(current, reference)).
  const type: ColumnType = forceCategorical ? "categorical" : evidentlyColumnType(cur);
  const base = baseDrift(ref, cur, type);
  if (type === "text") return skip(base, "text column (more than half its values distinct): not tested");
  if (ref.nonNull === 0 || cur.nonNull === 0) {
    return skip(base, `every value is missing in the ${ref.nonNull === 0 ? "reference" : "current"} data`);
  }
  const numerical = type === "numerical";
  if (numerical && (ref.texts > 0 || cur.texts > 0)) {
    return skip(
      base,
      `the column holds text in the ${ref.texts > 0 ? "reference" : "current"} data, numbers in the other`,
    );
  }
  const test =
    method === "evidently"
      ? evidentlyDefaultTest(ref.nonNull, type, unionDistinctCount(ref, cur, EVIDENTLY_DISTINCT_ENOUGH))
      : method;
  if (!numerical && (test === "ks" || test === "wasserstein")) {
    return skip(base, `${test} needs numbers; this column is categorical`);
  }
  const limit = threshold ?? TESTS[test].defaultThreshold;
  const outcome = runTest(test, ref, cur, numerical);
  const drifted = isDrifted(test, outcome.statistic, limit);
  return {
    ...base,
    test,
    statistic: outcome.statistic,
    threshold: limit,
    verdict: drifted ? "drift" : "ok",
    drifted,
    exact: outcome.exact,
    ...(outcome.errorBound !== undefined && { errorBound: outcome.errorBound }),
  };
}

const VERDICT_ORDER = { drift: 0, warn: 1, ok: 2, skipped: 3 } as const;

/** Drifted first, then warned, ok and skipped; within a tier the largest effect or smallest p first. */
function sortMostDriftedFirst(columns: ColumnDrift[]): ColumnDrift[] {
  return [...columns].sort(
    (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || severity(b) - severity(a),
  );
}

function severity(column: ColumnDrift): number {
  if (column.effect) return column.effect.value;
  if (column.statistic === undefined || column.test === undefined) return 0;
  return TESTS[column.test].kind === "p-value" ? -column.statistic : column.statistic;
}
