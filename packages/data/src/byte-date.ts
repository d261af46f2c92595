import { DAYS_IN_MONTH, type DateLayout, daysFromCivil } from "./value.ts";

/**
 * `parseDate` on a cell's bytes: the days since 1970-01-01 of the date the bytes `[start, end)` spell
 * in `layout`, or NaN when they spell none. A non-ASCII byte is never a digit nor a separator, so
 * valid UTF-8 gets `parseDate`'s answer on its text.
 */
export function readDateBytes(bytes: Uint8Array, start: number, end: number, layout: DateLayout): number {
  if (end - start !== layout.length) return Number.NaN;
  const { separators } = layout;
  if (separators.length > 0) {
    // Every layout has no separator or two, written as position and character: `4-7-`.
    if (bytes[start + separators.charCodeAt(0) - 48] !== separators.charCodeAt(1)) return Number.NaN;
    if (bytes[start + separators.charCodeAt(2) - 48] !== separators.charCodeAt(3)) return Number.NaN;
  }
  const year = digits4(bytes, start + layout.year);
  const month = digits2(bytes, start + layout.month);
  const day = digits2(bytes, start + layout.day);
  if (year < 0 || month < 1 || month > 12 || day < 1) return Number.NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  if (day > monthDays) return Number.NaN;
  return year > 0 ? daysFromCivilPositive(year, month, day) : daysFromCivil(year, month, day);
}

/**
 * `daysFromCivil` for years 1 to 9999 in integer arithmetic (every quotient is of non-negative
 * integers, so truncating is flooring): the same day numbers without a floating-point division.
 */
function daysFromCivilPositive(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = (y / 400) | 0;
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number written by the 2 digits at `at`, or -1 if either is not a digit. */
function digits2(bytes: Uint8Array, at: number): number {
  const tens = (bytes[at] as number) - 48;
  const ones = (bytes[at + 1] as number) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/** The number written by the 4 digits at `at`, or -1 if any is not a digit. */
function digits4(bytes: Uint8Array, at: number): number {
  const high = digits2(bytes, at);
  const low = digits2(bytes, at + 2);
  return high >= 0 && low >= 0 ? high * 100 + low : -1;
}
