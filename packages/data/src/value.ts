import { NOT_SHORT, shortDecimal } from "./short-decimal.ts";
/** A cell as a reader gives it: text from CSV, JSON scalars from JSON Lines and Parquet. */
export type CellValue = string | number | boolean | null;

/** The column types a schema can declare. */
export const COLUMN_TYPES = [
  "integer",
  "number",
  "string",
  "boolean",
  "date",
  "datetime",
  "category",
] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** A value converted to its column's type: numbers for numeric, date and datetime columns. */
export type TypedValue = string | number | boolean;

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const TRUE_WORDS = new Set(["true", "1"]);
const FALSE_WORDS = new Set(["false", "0"]);

export function parseInteger(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const fast = shortDecimal(value, false);
  if (fast !== NOT_SHORT) return fast;
  return INTEGER.test(value) ? finite(Number(value)) : undefined;
}

export function parseDecimal(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const fast = shortDecimal(value, true);
  if (fast !== NOT_SHORT) return fast;
  return DECIMAL.test(value) ? finite(Number(value)) : undefined;
}

/** A number too large for a double (`1e400`, 400 digits) reads as Infinity: it is not a value of the type. */
function finite(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}

/** `true`/`false` in any case, or `1`/`0`. */
export function parseBoolean(value: CellValue): boolean | undefined {
  if (typeof value === "boolean") return value;
  const word = String(value).toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

export const DATE_FORMATS = [
  "YYYY-MM-DD",
  "YYYY/MM/DD",
  "YYYYMMDD",
  "DD/MM/YYYY",
  "MM/DD/YYYY",
  "DD.MM.YYYY",
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** Where year, month and day start in a date layout (all fields are fixed-width digits). */
export interface DateLayout {
  length: number;
  year: number;
  month: number;
  day: number;
  /** Pairs of a position and the separator there: `4-7-` is `-` at 4 and at 7. */
  separators: string;
}

export const DATE_LAYOUTS: Record<DateFormat, DateLayout> = {
  "YYYY-MM-DD": { length: 10, year: 0, month: 5, day: 8, separators: "4-7-" },
  "YYYY/MM/DD": { length: 10, year: 0, month: 5, day: 8, separators: "4/7/" },
  YYYYMMDD: { length: 8, year: 0, month: 4, day: 6, separators: "" },
  "DD/MM/YYYY": { length: 10, year: 6, month: 3, day: 0, separators: "2/5/" },
  "MM/DD/YYYY": { length: 10, year: 6, month: 0, day: 3, separators: "2/5/" },
  "DD.MM.YYYY": { length: 10, year: 6, month: 3, day: 0, separators: "2.5." },
};

const DAY_MS = 86_400_000;
export const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A calendar date in the given layout as days since 1970-01-01; impossible dates (Feb 30) fail. Parsed
 * by character codes without allocating, because date columns are read once per row.
 */
export function parseDate(value: CellValue, format: DateFormat = "YYYY-MM-DD"): number | undefined {
  if (typeof value !== "string") return undefined;
  const layout = DATE_LAYOUTS[format];
  if (value.length !== layout.length) return undefined;
  const { separators } = layout;
  for (let i = 0; i < separators.length; i += 2) {
    if (value[Number(separators[i])] !== separators[i + 1]) return undefined;
  }
  const year = digits(value, layout.year, 4);
  const month = digits(value, layout.month, 2);
  const day = digits(value, layout.day, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > monthDays) return undefined;
  return daysFromCivil(year, month, day);
}

/** The number written by `length` digits at `start`, or -1 if any is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO 8601 date-time (`2024-05-01T13:45:00Z`, a space instead of `T`, optional seconds, fraction and
 * offset; no offset means UTC) as milliseconds since the epoch; out-of-range fields fail.
 */
export function parseDatetime(value: CellValue): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = DATETIME.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const day = parseDate(`${y}-${mo}-${d}`);
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s ?? 0);
  if (day === undefined || hours > 23 || minutes > 59 || seconds > 60) return undefined;
  const millis = fraction ? Number(`0.${fraction}`) * 1000 : 0;
  let offsetMinutes = 0;
  if (zone && zone !== "Z") {
    const digits = zone.replace(":", "");
    offsetMinutes =
      (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits[0] === "-" ? -1 : 1);
  }
  return day * DAY_MS + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000 + millis;
}

/** Converts a non-null cell to the column type, or `undefined` when it is not of that type. */
export function toTyped(value: CellValue, type: ColumnType, dateFormat?: DateFormat): TypedValue | undefined {
  switch (type) {
    case "integer":
      return parseInteger(value);
    case "number":
      return parseDecimal(value);
    case "boolean":
      return parseBoolean(value);
    case "date":
      return parseDate(value, dateFormat);
    case "datetime":
      return parseDatetime(value);
    case "string":
    case "category":
      return typeof value === "string" ? value : String(value);
  }
}

/** How a typed value is shown back to people: dates as dates, not day numbers. */
export function formatTyped(value: TypedValue, type: ColumnType): string {
  if (typeof value !== "number") return String(value);
  if (type === "date") return new Date(value * DAY_MS).toISOString().slice(0, 10);
  if (type === "datetime") return new Date(value).toISOString();
  return String(value);
}
