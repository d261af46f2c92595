/**
 * `shortDecimal`/`shortDecimalBytes` could not decide (more than 15 digits, an exponent, a long text): parse
 * the text with a regular expression and `Number`. (-1.5 itself also reads as this and takes the long way.)
 */
export const NOT_SHORT = -1.5;

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const PLUS = 43;
const MINUS = 45;
const ZERO = 48;

/**
 * The value of the bytes `[start, end)` when they spell `[+-]?digits[.digits]` with at most 15 digits,
 * read straight from the bytes (no string made): the digits as an exact integer divided by an exact power
 * of ten, one correctly rounded operation, so the result is the one `Number()` gives (Clinger's fast
 * path). `undefined` when the bytes are not a number (a fraction only when `fraction`); `NOT_SHORT` when
 * they may be one this does not read, so the caller asks `parseInteger`/`parseDecimal` on the text. The
 * same decisions as `value.ts`'s reading of a string, byte for character: a non-ASCII byte is never a
 * digit, and a text longer than 17 bytes is always left to the text parser.
 */
export function shortDecimalBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  fraction: boolean,
): number | undefined {
  const length = end - start;
  if (length <= 0 || length > 17) return length <= 0 ? undefined : NOT_SHORT;
  let i = start;
  const first = bytes[i] as number;
  const negative = first === MINUS;
  if (negative || first === PLUS) i++;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < end; i++) {
    const code = (bytes[i] as number) - ZERO;
    if (code >= 0 && code <= 9) {
      mantissa = mantissa * 10 + code;
      digits++;
    } else if (code === -2 && fraction && point === -1) point = digits;
    else return code === 53 || code === 21 ? NOT_SHORT : undefined; // e or E: an exponent
  }
  if (digits === 0) return undefined;
  if (digits > 15) return NOT_SHORT;
  const value = point === -1 ? mantissa : mantissa / (POWERS_OF_TEN[digits - point] ?? 1);
  return negative ? -value : value;
}

/**
 * The value of `[+-]?digits[.digits]` with at most 15 digits, read from character codes because
 * numeric columns are read once per row: digits as an exact integer divided by an exact power of ten,
 * one correctly rounded operation, so the result is the one `Number()` gives (Clinger's fast path).
 * `undefined` when the text is not a number of that shape (a fraction only when `fraction`), and
 * `NOT_SHORT` when it may be a number this does not read (more digits, an exponent).
 */
export function shortDecimal(text: string, fraction: boolean): number | undefined {
  const length = text.length;
  if (length === 0 || length > 17) return length === 0 ? undefined : NOT_SHORT;
  let i = 0;
  let code = text.charCodeAt(0);
  const negative = code === 45;
  if (negative || code === 43) i = 1;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < length; i++) {
    code = text.charCodeAt(i) - 48;
    if (code >= 0 && code <= 9) {
      mantissa = mantissa * 10 + code;
      digits++;
    } else if (code === -2 && fraction && point === -1) point = digits;
    else return code === 53 || code === 21 ? NOT_SHORT : undefined; // e or E: an exponent
  }
  if (digits === 0) return undefined;
  if (digits > 15) return NOT_SHORT;
  const value = point === -1 ? mantissa : mantissa / (POWERS_OF_TEN[digits - point] ?? 1);
  return negative ? -value : value;
}
