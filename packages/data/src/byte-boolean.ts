import type { ByteTest } from "./value-rules.ts";

const LOWER = 0x20;

/**
 * `parseBoolean` on a cell's bytes: true when they spell `true` or `false` in any case, `1` or `0`.
 * No character outside ASCII lowers to a letter of those words, so valid UTF-8 gets the same answer
 * as its text.
 */
export class BooleanBytes implements ByteTest {
  matches(bytes: Buffer, start: number, end: number): boolean {
    const length = end - start;
    if (length === 1) {
      const digit = bytes[start] as number;
      return digit === 48 || digit === 49;
    }
    if (length === 4) return spells(bytes, start, "true");
    return length === 5 && spells(bytes, start, "false");
  }
}

/** The bytes at `start` are `word` (lowercase ASCII letters) in any case. */
function spells(bytes: Uint8Array, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (((bytes[start + i] as number) | LOWER) !== word.charCodeAt(i)) return false;
  }
  return true;
}
