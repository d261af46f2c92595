import type { CellValue } from "@mlops-actions/data";

/**
 * A cell as the profile sees it: null (missing), a finite number, or text (booleans kept as their word).
 * Plain values, not objects: profiling allocates nothing per cell.
 */
export type ProfiledCell = number | string | null;

// pandas.read_csv's default missing-value words, so that a CSV means the same here as in pandas.
const MISSING_WORDS = new Set([
  "",
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "None",
  "n/a",
  "nan",
  "null",
]);
const INFINITY = /^[+-]?inf(inity)?$/i;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Classifies one cell; infinities count as missing, as Evidently drops them before testing. */
export function profileCell(cell: CellValue): ProfiledCell {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "boolean") return cell ? "True" : "False";
  const text = cell.trim();
  if (MISSING_WORDS.has(text)) return null;
  if (DECIMAL.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? value : null;
  }
  if (INFINITY.test(text)) return null;
  return cell;
}

/** Whether a value-count key is a number's (text that looks like a number is read as one). */
export function isNumberKey(key: string): boolean {
  return DECIMAL.test(key);
}
