import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ByteStringSet } from "./byte-string-set.ts";

describe("ByteStringSet", () => {
  test("says what a Set of the texts says, across growth", () => {
    const set = new ByteStringSet();
    const reference = new Set<string>();
    let state = 5;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    const pieces = ["a", "b", "é", "日本", "\u{1F600}", "", "0", "long text ".repeat(30)];
    for (let i = 0; i < 40_000; i++) {
      let text = "";
      const count = Math.floor(next() * 4);
      for (let p = 0; p < count; p++) text += pieces[Math.floor(next() * pieces.length)];
      if (next() < 0.5) text += String(Math.floor(next() * 20_000));
      const added = addAsBytes(set, text);
      assert.equal(added, !reference.has(text), text);
      reference.add(text);
    }
    assert.equal(set.size, reference.size);
    assert.deepEqual(textsOf(set), [...reference]);
  });

  test("texts handed over as bytes (transferred) are added byte-wise, the repeated ones named", () => {
    const earlier = new ByteStringSet();
    const later = new ByteStringSet();
    const texts = (from: number, to: number) =>
      Array.from(
        { length: to - from },
        (_, i) => `${["é", "日本", "\u{1F600}", "", "a"][i % 5]}-${from + i}`,
      );
    for (const text of texts(0, 6_000)) addAsBytes(earlier, text);
    for (const text of [...texts(5_000, 9_000), "", "é-5000"]) addAsBytes(later, text);
    const strings = later.strings();
    const moved = structuredClone(strings, {
      transfer: [strings.bytes.buffer as ArrayBuffer, strings.spans.buffer as ArrayBuffer],
    });
    assert.equal(strings.bytes.byteLength, 0, "the arena moved rather than being copied");
    const repeated: string[] = [];
    earlier.addStrings(moved, (bytes, start, end) =>
      repeated.push(Buffer.from(bytes).toString("utf8", start, end)),
    );
    assert.deepEqual(repeated, texts(5_000, 6_000));
    assert.equal(earlier.size, 9_001);
    assert.deepEqual(textsOf(earlier), [...texts(0, 9_000), ""]);
  });

  test("a text differing in one byte is another text (the comparison has teeth)", () => {
    const set = new ByteStringSet();
    assert.equal(addAsBytes(set, "AB-1234"), true);
    assert.equal(addAsBytes(set, "AB-1235"), true);
    assert.equal(addAsBytes(set, "AB-1234"), false);
    assert.equal(set.size, 2);
  });
});

/** Adds a text as a cell's bytes inside a larger buffer. */
function addAsBytes(set: ByteStringSet, text: string): boolean {
  const bytes = Buffer.from(`x,${text},y`);
  return set.add(bytes, 2, bytes.length - 2);
}

/** The set's texts, in the order they were added, decoded from the bytes it hands over. */
function textsOf(set: ByteStringSet): string[] {
  const { bytes, spans } = set.strings();
  const texts: string[] = [];
  for (let pair = 0; pair < spans.length; pair += 2) {
    const start = spans[pair] as number;
    texts.push(Buffer.from(bytes).toString("utf8", start, start + (spans[pair + 1] as number)));
  }
  return texts;
}
