import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { textsDfa } from "./byte-dfa.ts";

const LIST = ["FR", "DE", "Zürich", "", "F", "DEU", "日本"];
const CELLS = [
  "FR",
  "DE",
  "Zürich",
  "Zurich",
  "F",
  "FRA",
  "D",
  "DEU",
  "DEUT",
  "fr",
  "日本",
  "日",
  "日本人",
  "é",
  "x",
];

describe("textsDfa", () => {
  test("in and not-in on bytes agree with a Set of the texts", () => {
    const set = new Set(LIST);
    for (const member of [true, false]) {
      const dfa = textsDfa(LIST, member, 256);
      assert.ok(dfa);
      for (const cell of CELLS) {
        const bytes = Buffer.from(`;${cell};`);
        assert.equal(dfa.matches(bytes, 1, bytes.length - 1), set.has(cell) === member, `${member} ${cell}`);
      }
    }
  });

  test("a list too large for the state budget is left to the caller", () => {
    const long = Array.from({ length: 100 }, (_, i) => `category-${i}`);
    assert.equal(textsDfa(long, true, 64), undefined);
    assert.ok(textsDfa(long, true, 4096));
  });
});
