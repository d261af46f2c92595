import { type CellValue, NOT_SHORT, shortDecimal } from "@mlops-actions/data";

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
  // The most common cell, `[+-]?digits[.digits]` with at most 15 digits, read without a regex; anything
  // else (NOT_SHORT or undefined) is left to the general path below.
  const plain = shortDecimal(cell, true);
  if (plain !== undefined && plain !== NOT_SHORT) return plain;
  if (isPlainWord(cell)) return cell;
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

/**
 * Text that cannot be a missing word, a number or an infinity, nor have spaces to trim: it starts with an
 * ASCII letter other than the first letters of those words (N, n, i, I) and ends with a visible ASCII
 * character. The most common text cell ("yes", "red", "True"...) skips the general path's regexes.
 */
function isPlainWord(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20; // lower-cased when a letter
  if (first < 97 || first > 122 || first === 105 || first === 110) return false; // a-z but not i, n
  const last = text.charCodeAt(text.length - 1);
  return last > 32 && last < 127;
}
