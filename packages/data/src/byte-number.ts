const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
const PLUS = 43;
const MINUS = 45;
const ZERO = 48;
const POINT = 46;

/**
 * `shortDecimalBytes` for a batch loop: the same value when the bytes `[start, end)` spell
 * `[+-]?digits[.digits]` with at most 15 digits (a fraction only when `fraction`), and NaN for
 * anything else, which the caller hands to the general reading. Always a number (never undefined or a
 * sentinel), so the value stays an unboxed double in the loop; and -1.5 is read here like any other.
 */
export function readShortNumber(bytes: Uint8Array, start: number, end: number, fraction: boolean): number {
  if (end - start > 17) return Number.NaN;
  let i = start;
  const first = bytes[i] as number;
  const negative = first === MINUS;
  if (negative || first === PLUS) i++;
  const from = i;
  let mantissa = 0;
  let code = 0;
  for (; i < end; i++) {
    code = (bytes[i] as number) - ZERO;
    if (code < 0 || code > 9) break;
    mantissa = mantissa * 10 + code;
  }
  let digits = i - from;
  let scale = 0;
  if (i < end) {
    // A point, then only digits.
    if (code !== POINT - ZERO || !fraction) return Number.NaN;
    const point = ++i;
    for (; i < end; i++) {
      code = (bytes[i] as number) - ZERO;
      if (code < 0 || code > 9) return Number.NaN;
      mantissa = mantissa * 10 + code;
    }
    scale = i - point;
    digits += scale;
  }
  if (digits === 0 || digits > 15) return Number.NaN;
  const value = scale === 0 ? mantissa : mantissa / (POWERS_OF_TEN[scale] as number);
  return negative ? -value : value;
}

/**
 * `readShortNumber` for an integer column: up to 9 digits are summed as small integers (the common
 * case: ids, counts, ages), longer ones go the general way. The same value, or NaN.
 */
export function readShortInteger(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  const first = bytes[i] as number;
  const negative = first === MINUS;
  if (negative || first === PLUS) i++;
  if (i === end || end - i > 9) return readShortNumber(bytes, start, end, false);
  let value = 0;
  for (; i < end; i++) {
    const code = (bytes[i] as number) - ZERO;
    if (code < 0 || code > 9) return Number.NaN;
    value = value * 10 + code;
  }
  return negative ? -value : value;
}
