import type { CellValue, Row } from "@mlops-actions/data";
import { type ProfiledCell, profileCell } from "./cell.ts";
import { DEFAULT_LIMITS, type ProfileLimits } from "./column-profile.ts";
import { DatasetProfile } from "./dataset-profile.ts";

/** Profiles in-memory rows (`columns` names each position); for tests and small data. */
export function profileRows(
  columns: readonly string[],
  rows: Iterable<readonly CellValue[]>,
  limits: ProfileLimits = DEFAULT_LIMITS,
): DatasetProfile {
  const profile = new DatasetProfile(limits);
  const targets = columns.map((name) => profile.column(name));
  for (const row of rows) addRow(targets, row);
  profile.rows = targets[0]?.count ?? 0;
  return profile;
}

/** Profiles named columns of plain arrays (each the same length). */
export function profileColumns(
  data: Record<string, readonly CellValue[]>,
  limits: ProfileLimits = DEFAULT_LIMITS,
): DatasetProfile {
  const names = Object.keys(data);
  const length = data[names[0] ?? ""]?.length ?? 0;
  const rows = Array.from({ length }, (_, i) => names.map((name) => data[name]?.[i] ?? null));
  return profileRows(names, rows, limits);
}

export function addRow(
  targets: readonly { update: (cell: ProfiledCell) => void }[],
  row: readonly CellValue[],
): void {
  for (let i = 0; i < targets.length; i++) targets[i]?.update(profileCell(row[i] ?? null));
}

/**
 * Adds a batch of rows column by column: each column's cells are profiled in row order as `addRow` would,
 * but one column at a time keeps its state and the branches its values take hot.
 */
export function addRows(
  targets: readonly { update: (cell: ProfiledCell) => void }[],
  rows: readonly Row[],
): void {
  for (let column = 0; column < targets.length; column++) {
    const target = targets[column];
    if (!target) continue;
    for (let i = 0; i < rows.length; i++) target.update(profileCell((rows[i] as Row).values[column] ?? null));
  }
}
