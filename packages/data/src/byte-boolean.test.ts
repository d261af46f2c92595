import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BooleanBytes } from "./byte-boolean.ts";
import { parseBoolean } from "./value.ts";

describe("BooleanBytes", () => {
  test("accepts what parseBoolean reads, in every case, and nothing else", () => {
    const words = ["true", "false", "1", "0", "yes", "no", "t", "f", "10", "", " true", "truE", "FALSE"];
    const texts = [...words];
    // Every casing of both words, and each letter swapped for a neighbour (a byte one off, @, `...).
    for (const word of ["true", "false"]) {
      for (let mask = 0; mask < 1 << word.length; mask++) {
        const cased = [...word].map((c, i) => ((mask >> i) & 1 ? c.toUpperCase() : c)).join("");
        texts.push(cased);
        for (let i = 0; i < word.length; i++) {
          for (const delta of [-1, 1, -32, 32, -64]) {
            const code = cased.charCodeAt(i) + delta;
            if (code > 0 && code < 0x10000)
              texts.push(cased.slice(0, i) + String.fromCharCode(code) + cased.slice(i + 1));
          }
        }
      }
    }
    texts.push("trué", "ｔrue", "\u212Aalse", "İ", "2", "/", "1 ");
    const test = new BooleanBytes();
    const wrong = texts.filter((text) => {
      const bytes = Buffer.from(`,${text},`);
      return test.matches(bytes, 1, bytes.length - 1) !== (parseBoolean(text) !== undefined);
    });
    assert.deepEqual(wrong, []);
    assert.ok(texts.length > 200);
  });
});
