import type { ColumnProfile } from "./column-profile.ts";
import type { ColumnType } from "./column-type.ts";
import type { ColumnDrift } from "./result.ts";
import { chartData, largestMovement, summarize } from "./summaries.ts";

/** What every column result starts from: summaries, chart data, new categories, the largest movement. */
export function baseDrift(ref: ColumnProfile, cur: ColumnProfile, type: ColumnType): ColumnDrift {
  const numerical = type === "numerical";
  const chart = chartData(ref, cur, numerical);
  const newCategories = numerical ? [] : [...cur.categories.keys()].filter((key) => !ref.categories.has(key));
  const movement = largestMovement(ref, cur, numerical);
  return {
    column: ref.name,
    type,
    verdict: "ok",
    drifted: false,
    exact: true,
    notes: [],
    ...(newCategories.length > 0 && { newCategories: newCategories.slice(0, 50) }),
    ...(movement && { movement }),
    reference: { ...summarize(ref), ...(chart.ref && { histogram: chart.ref }) },
    current: { ...summarize(cur), ...(chart.cur && { histogram: chart.cur }) },
  };
}

export function skip(base: ColumnDrift, note: string): ColumnDrift {
  return { ...base, verdict: "skipped", drifted: false, notes: [...base.notes, note] };
}
