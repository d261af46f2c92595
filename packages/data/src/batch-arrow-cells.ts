import type { ArrowDictionary } from "./arrow-texts.ts";
import { acceptPresence } from "./batch-arrow-texts.ts";
import type { ColumnValidator } from "./column-validator.ts";
import type { CellValue } from "./value.ts";

/** Each cell of a decoded column, the first on row `line`, takes the path of a row's cell. */
export function acceptCells(
  column: ColumnValidator,
  cells: readonly CellValue[],
  line: number,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): void {
  for (let k = 0; k < cells.length; k++) {
    let value = cells[k] ?? null;
    if (nulls !== undefined && typeof value === "string" && nulls.has(value)) value = null;
    column.accept(value, file, line + k);
  }
}

/** What one dictionary entry is to a column. */
const PASSES = 0;
const MISSING = 1;
const CHECKED_EACH_TIME = 2;

/**
 * The cells of a dictionary-encoded column, for a column that keeps no statistics nor distinct values
 * (a cell's outcome then depends on its value alone): each entry is checked once, and a row whose entry
 * passes is counted in bulk; a null and a failing entry take the path of a row's cell, for its counts
 * and examples. `count` rows, the first on row `line`.
 */
export function acceptDictionaryCells(
  column: ColumnValidator,
  dictionary: ArrowDictionary,
  count: number,
  line: number,
  nulls: ReadonlySet<string> | undefined,
  file: string,
): void {
  const { entries, indices, present } = dictionary;
  const verdicts = new Uint8Array(entries.length);
  for (let e = 0; e < entries.length; e++) {
    const value = entries[e] ?? null;
    if (value === null || (typeof value === "string" && nulls?.has(value))) verdicts[e] = MISSING;
    else verdicts[e] = column.passesChecks(value) ? PASSES : CHECKED_EACH_TIME;
  }
  if (dictionary.indicesChecked && verdicts.every((verdict) => verdict === PASSES)) {
    // Every row's entry passes: only the nulls are looked at.
    acceptPresence(column, present, count, line, file);
    return;
  }
  let passed = 0;
  for (let k = 0; k < count; k++) {
    if (present !== undefined && present[k] === 0) {
      column.accept(null, file, line + k);
      continue;
    }
    const entry = Number(indices[k]);
    const verdict = verdicts[entry] ?? MISSING;
    if (verdict === PASSES) passed++;
    else column.accept(verdict === MISSING ? null : (entries[entry] ?? null), file, line + k);
  }
  column.countPassed(passed);
}
