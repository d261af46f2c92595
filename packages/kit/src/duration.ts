const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

const PLAIN_SECONDS = /^\d+(?:\.\d+)?$/;
const WHOLE = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;

/**
 * Parses `90s`, `15m`, `2h`, `1h30m`, `500ms`, `1d` or a plain number of seconds into milliseconds.
 * Each unit may appear once. Returns undefined for anything else (negative values included).
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim();
  if (PLAIN_SECONDS.test(value)) return Math.round(Number(value) * 1_000);
  if (!WHOLE.test(value)) return undefined;
  const seen = new Set<string>();
  let total = 0;
  for (const [, amount, unit] of value.matchAll(PART)) {
    if (amount === undefined || unit === undefined || seen.has(unit)) return undefined;
    seen.add(unit);
    total += Number(amount) * (UNIT_MS[unit] ?? Number.NaN);
  }
  return Number.isFinite(total) ? Math.round(total) : undefined;
}
