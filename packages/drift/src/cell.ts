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
  const plain = plainDecimal(cell);
  if (plain !== undefined) return plain;
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

const MAX_EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: MAX_EXACT_DIGITS + 1 }, (_, i) => 10 ** i);

/**
 * The value of the most common cell, `[+-]?digits[.digits]` with at most 15 digits and nothing else,
 * without a regular expression or a string-to-number conversion; undefined for anything else (the general
 * path then decides). Exact: a mantissa below 10^15 and a power of ten up to 10^15 are both exact doubles,
 * so their one correctly rounded quotient is the correctly rounded decimal, what `Number(text)` gives
 * (Clinger 1990, "How to read floating point numbers accurately", the fast path).
 */
function plainDecimal(text: string): number | undefined {
  const length = text.length;
  const sign = text.charCodeAt(0);
  const negative = sign === 45; // -
  let position = negative || sign === 43 ? 1 : 0; // - or +
  let mantissa = 0;
  let digits = 0;
  let fractionDigits = -1;
  for (; position < length; position++) {
    const code = text.charCodeAt(position);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits += 1;
      if (fractionDigits >= 0) fractionDigits += 1;
    } else if (code === 46 && fractionDigits < 0)
      fractionDigits = 0; // .
    else return undefined;
  }
  if (digits === 0 || digits > MAX_EXACT_DIGITS) return undefined;
  const value = fractionDigits > 0 ? mantissa / (POWERS_OF_TEN[fractionDigits] as number) : mantissa;
  return negative ? -value : value;
}
