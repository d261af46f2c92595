import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { canonicalIntegerBytes } from "./integer-text.ts";

/** The reference: a text is canonical when the integer it reads as prints back as the same text. */
function reference(text: string): number {
  if (!/^-?\d{1,15}$/.test(text)) return Number.NaN;
  const value = Number(text);
  return String(value) === text ? value : Number.NaN;
}

describe("canonical integer texts", () => {
  test("read exactly the texts whose integer prints back as themselves", () => {
    const fixed = ["0", "-0", "00", "01", "+1", "1", "-1", "10", "-10", "", "-", "1.0", "1e3", " 1", "1 "];
    const edges = ["999999999999999", "-999999999999999", "1000000000000000", "0999999999999999"];
    let state = 3;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    const alphabet = "0123456789-+.e x";
    const generated = Array.from({ length: 20_000 }, () => {
      let text = "";
      for (let n = Math.floor(next() * 18); n > 0; n--) {
        text +=
          next() < 0.9 ? String(Math.floor(next() * 10)) : alphabet[Math.floor(next() * alphabet.length)];
      }
      return text;
    });
    for (const text of [...fixed, ...edges, ...generated]) {
      const expected = reference(text);
      const bytes = Buffer.from(`[${text}]`);
      assert.equal(canonicalIntegerBytes(bytes, 1, bytes.length - 1), expected, text);
    }
  });
});
