import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Binary, Dictionary, Int32, LargeUtf8, Utf8, vectorFromArray } from "apache-arrow";
import { arrowDictionary, arrowPresence, arrowTexts } from "./arrow-texts.ts";
import { arrowCells } from "./parquet-cells.ts";

const words = ["ann", null, "", "név", null, "bob", "x y", null, "zürich", "e"];

describe("arrowTexts", () => {
  for (const [name, type] of [
    ["utf8", new Utf8()],
    ["large utf8", new LargeUtf8()],
  ] as const) {
    test(`${name}: each value's bytes are its cell's text, nulls where the cells have them`, () => {
      // A slice: its values start past the first, and its validity bits at an offset.
      const data = vectorFromArray(words, type).slice(1, 9).data[0];
      assert.ok(data);
      assert.equal(data.offset, 1);
      const texts = arrowTexts(data);
      assert.ok(texts);
      const cells = arrowCells(data);
      const fromBytes = cells.map((_, i) =>
        texts.present?.[i] === 0
          ? null
          : texts.bytes.toString("utf8", texts.starts[i] as number, texts.ends[i] as number),
      );
      assert.deepEqual(fromBytes, words.slice(1, 9));
      assert.deepEqual(cells, words.slice(1, 9));
    });
  }

  test("bytes that are not UTF-8, or hold a NUL, are not given as texts", () => {
    const binary = (values: Uint8Array[]) => vectorFromArray(values, new Binary()).data[0];
    const invalid = binary([Uint8Array.of(0x61), Uint8Array.of(0xff, 0x62)]);
    const nul = binary([Uint8Array.of(0x61, 0x00)]);
    const valid = binary([Uint8Array.of(0x61), Uint8Array.of(0xc3, 0xa9)]);
    assert.ok(invalid && nul && valid);
    assert.equal(arrowTexts(invalid), undefined);
    assert.equal(arrowTexts(nul), undefined);
    assert.equal(arrowTexts(valid)?.bytes.toString("utf8", 0, 3), "aé");
    const numbers = vectorFromArray([1, 2], new Int32()).data[0];
    assert.ok(numbers);
    assert.equal(arrowTexts(numbers), undefined);
  });
});

describe("arrowPresence and arrowDictionary", () => {
  test("presence follows the validity bits from the slice's offset; undefined without nulls", () => {
    const data = vectorFromArray(words, new Utf8()).slice(3, 10).data[0];
    assert.ok(data);
    assert.deepEqual(
      [...(arrowPresence(data) ?? [])],
      words.slice(3, 10).map((word) => (word === null ? 0 : 1)),
    );
    const full = vectorFromArray(["a", "b"], new Utf8()).data[0];
    assert.ok(full);
    assert.equal(arrowPresence(full), undefined);
  });

  test("a dictionary column's entries and indices give its cells", () => {
    const data = vectorFromArray(words, new Dictionary(new Utf8(), new Int32())).data[0];
    assert.ok(data);
    const dictionary = arrowDictionary(data);
    assert.ok(dictionary);
    const cells = words.map((_, i) =>
      dictionary.present?.[i] === 0 ? null : dictionary.entries[Number(dictionary.indices[i])],
    );
    assert.deepEqual(cells, arrowCells(data));
    assert.deepEqual(cells, words);
    const plain = vectorFromArray(words, new Utf8()).data[0];
    assert.ok(plain);
    assert.equal(arrowDictionary(plain), undefined);
  });
});
