import type { DriftResult } from "@mlops-actions/drift";

/** The report's `data` (documented by ../report-data.schema.json). */
export function reportData(
  result: DriftResult,
  sources: { reference: string[]; current: string[]; referenceIsProfile: boolean; currentIsProfile: boolean },
  files: { htmlReport?: string; profileOut?: string; issue?: { number: number; state: string } },
) {
  return {
    method: result.method,
    datasetDrift: result.datasetDrift,
    driftShare: result.driftShare,
    driftShareThreshold: result.driftShareThreshold,
    tested: result.tested,
    driftedColumns: result.driftedColumns,
    warnedColumns: result.warnedColumns,
    exact: result.exact,
    sources,
    ...files,
    columns: result.columns.map((c) => ({
      column: c.column,
      type: c.type,
      verdict: c.verdict,
      drifted: c.drifted,
      exact: c.exact,
      notes: c.notes,
      ...(c.test !== undefined && { test: c.test }),
      ...(c.statistic !== undefined && { statistic: finite(c.statistic) }),
      ...(c.threshold !== undefined && { threshold: c.threshold }),
      ...(c.effect && { effect: { name: c.effect.name, value: finite(c.effect.value) } }),
      ...(c.adjustedPValue !== undefined && { adjustedPValue: c.adjustedPValue }),
      ...(c.errorBound !== undefined && { errorBound: c.errorBound }),
      ...(c.newCategories && { newCategories: c.newCategories }),
      ...(c.movement && { movement: c.movement }),
      reference: { count: c.reference.count, nulls: c.reference.nulls, distinct: c.reference.distinct },
      current: { count: c.current.count, nulls: c.current.nulls, distinct: c.current.distinct },
    })),
  };
}

function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
