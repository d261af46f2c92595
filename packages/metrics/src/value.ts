/**
 * A metric's value as read: a number (NaN and ±Infinity kept, so the policy can fail them closed),
 * or something shown but never compared (a boolean, a string that is not a number, null).
 */
export type MetricValue = number | string | boolean | null;

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const NOT_A_NUMBER = /^[+-]?nan$/i;
const INFINITE = /^([+-]?)(?:inf|infinity)$/i;

/**
 * Reads a number from text as training scripts print them: `0.93`, `1e-3`, `-2`, and the non-finite
 * spellings of Python (`nan`, `inf`, `-inf`), JavaScript (`NaN`, `Infinity`) and YAML (`.nan`, `.inf`).
 * Returns undefined for anything else (hex, `1,000`, `93%` are not numbers here).
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (DECIMAL.test(trimmed)) return Number(trimmed);
  const yamlStyle = trimmed.replace(/^([+-]?)\./, "$1");
  if (NOT_A_NUMBER.test(yamlStyle)) return Number.NaN;
  const infinite = INFINITE.exec(yamlStyle);
  if (infinite) return infinite[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  return undefined;
}

/** Numeric strings become numbers; everything else stays as it is. */
export function coerceValue(value: string | number | boolean | null): MetricValue {
  if (typeof value === "string") return parseNumber(value) ?? value;
  return value;
}

export function isNumeric(value: MetricValue | undefined): value is number {
  return typeof value === "number";
}

/** How a value is shown in messages and tables: numbers as JavaScript prints them, strings quoted. */
export function describeValue(value: MetricValue | undefined): string {
  if (value === undefined) return "(absent)";
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}
