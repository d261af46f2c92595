const MINUS = 45;
const ZERO = 48;
/** At most 15 digits: every such integer is a double exactly. */
const MAX_DIGITS = 15;

/**
 * The integer a text of UTF-8 bytes `[start, end)` writes in its one canonical way — `0`, `-12`, `345`,
 * never `012`, `+1`, `-0` nor more than 15 digits — or NaN. Two such texts are equal exactly when their
 * integers are, so a set of texts may keep them as integers (a bitmap for ids) and the rest as texts.
 */
export function canonicalIntegerBytes(bytes: Uint8Array, start: number, end: number): number {
  const negative = bytes[start] === MINUS;
  const from = negative ? start + 1 : start;
  const digits = end - from;
  if (digits === 0 || digits > MAX_DIGITS || (bytes[from] === ZERO && (digits > 1 || negative))) {
    return Number.NaN;
  }
  let value = 0;
  for (let i = from; i < end; i++) {
    const digit = (bytes[i] as number) - ZERO;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}
