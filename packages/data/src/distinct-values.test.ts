import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type DistinctState, DistinctValues } from "./distinct-values.ts";

describe("DistinctValues", () => {
  test("a text with a lone surrogate is not the U+FFFD its UTF-8 would be, and texts survive a merge", () => {
    const distinct = new DistinctValues();
    assert.equal(distinct.add("\ud800"), true);
    assert.equal(distinct.add("\ufffd"), true);
    assert.equal(distinct.add("\ud800"), false);
    assert.equal(distinct.addBytes(Buffer.from("\ufffd"), 0, 3), false);
    const other = new DistinctValues();
    for (const text of ["\ufffd", "é", "x", "\ud800"]) other.add(text);
    const repeated: unknown[] = [];
    distinct.merge(other.state(), (value) => repeated.push(value));
    assert.deepEqual(repeated.sort(), ["\ud800", "\ufffd"].sort());
    assert.equal(distinct.size, 4);
  });

  test("addNumber's last-page shortcut says what a Set says, at page and safe-integer edges", () => {
    const distinct = new DistinctValues();
    const reference = new Set<number>();
    const edge = Number.MAX_SAFE_INTEGER;
    const values = [
      ...[edge - 1, edge, edge + 1, edge + 3, edge, edge + 1, edge + 3, edge - 1],
      ...[-edge - 1, -edge, -edge - 1, -edge],
      ...[0, -0, 32_767, 32_768, -1, -32_768, -32_769, 0.5, 32_767.5, 1e300, 0, -1],
    ];
    let state = 3;
    for (let i = 0; i < 20_000; i++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      values.push((state % 70_000) - 5_000);
    }
    values.push(...values.slice(0, 30));
    for (const value of values) {
      const key = value === 0 ? 0 : value;
      assert.equal(distinct.addNumber(value), !reference.has(key), String(value));
      reference.add(key);
    }
    assert.equal(distinct.size, reference.size);
  });

  test("says what a Set says, for integers, decimals, dates, text and booleans, across growth", () => {
    const distinct = new DistinctValues();
    const reference = new Set<string | number | boolean>();
    let state = 11;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    for (let i = 0; i < 60_000; i++) {
      const pick = next();
      const value =
        pick < 0.4
          ? Math.floor(next() * 30_000) - 1000
          : pick < 0.6
            ? Math.round(next() * 1e6) / 100
            : pick < 0.7
              ? Math.floor(next() * 2 ** 40) * 1024
              : pick < 0.9
                ? `text ${Math.floor(next() * 5000)}`
                : next() < 0.5;
      assert.equal(distinct.add(value), !reference.has(value), String(value));
      reference.add(value);
    }
    assert.equal(distinct.size, reference.size);
  });

  test("dense ids, then sparse integers that move them all to the hash table: nothing is lost", () => {
    const distinct = new DistinctValues();
    for (let id = -50; id < 100_000; id++) assert.equal(distinct.add(id), true);
    for (let k = 1; k <= 5000; k++) assert.equal(distinct.add(k * 2 ** 30), true);
    for (let id = -50; id < 100_000; id += 7) assert.equal(distinct.add(id), false, String(id));
    assert.equal(distinct.add(2 ** 30), false);
    assert.equal(distinct.add(2 ** 60), true);
    assert.equal(distinct.size, 100_050 + 5000 + 1);
  });

  test("0 and -0 are one value; a number and its text are two", () => {
    const distinct = new DistinctValues();
    assert.equal(distinct.add(0), true);
    assert.equal(distinct.add(-0), false);
    assert.equal(distinct.add("0"), true);
    assert.equal(distinct.size, 2);
  });

  test("texts that write an integer canonically are kept as integers, apart from numbers and other texts", () => {
    const distinct = new DistinctValues();
    const reference = new Set<number | string>();
    const values: (number | string)[] = [
      "7",
      "07",
      "+7",
      "-7",
      "-0",
      "0",
      "7.0",
      7,
      -7,
      0,
      "1234567890123456",
    ];
    for (const value of [
      ...values,
      ...values.map((value) => (typeof value === "string" ? ` ${value}` : value)),
    ]) {
      assert.equal(distinct.add(value), !reference.has(value), String(value));
      reference.add(value);
      if (typeof value === "string") {
        const bytes = Buffer.from(value);
        assert.equal(distinct.addBytes(bytes, 0, bytes.length), false, value);
      }
    }
    assert.equal(distinct.size, reference.size);
  });

  test("200,000 canonical integer texts merge with another set's: the repeats, as texts, and the size", () => {
    const earlier = new DistinctValues();
    const later = new DistinctValues();
    for (let id = 0; id < 200_000; id++) earlier.addBytes(Buffer.from(String(id)), 0, String(id).length);
    // Later: ids from 199,990 on (ten repeats), a sparse run of large ids, a zero-padded id, a text.
    const laterTexts = [
      ...Array.from({ length: 100_000 }, (_, k) => String(199_990 + k)),
      ...Array.from({ length: 1_000 }, (_, k) => String(k * 1_000_000_007)),
      "000001",
      "id-1",
    ];
    for (const text of laterTexts) later.add(text);
    const repeats: unknown[] = [];
    earlier.merge(structuredClone(later.state()), (value) => repeats.push(value));
    const expected = [...Array.from({ length: 10 }, (_, k) => String(199_990 + k)), "0"];
    assert.deepEqual(repeats.sort(), expected.sort());
    assert.equal(
      earlier.size,
      new Set([...Array.from({ length: 200_000 }, (_, id) => String(id)), ...laterTexts]).size,
    );
    assert.equal(earlier.add("199999"), false);
    assert.equal(earlier.add("1000000007"), false);
    assert.equal(earlier.add(199_999), true);
  });

  test("merging another set adds its values and tells exactly the ones both held, paged or not", () => {
    let state = 5;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const draw = (): number | string =>
      next() < 0.8
        ? Math.floor(next() * 200_000)
        : next() < 0.5
          ? next() * 10
          : `t${Math.floor(next() * 500)}`;
    for (const sparse of [false, true]) {
      const earlier = new DistinctValues();
      const later = new DistinctValues();
      const reference = new Set<number | string>();
      const laterValues = new Set<number | string>();
      for (let i = 0; i < 20_000; i++) {
        const value = sparse ? Math.floor(next() * 1e12) : draw();
        earlier.add(value);
        reference.add(value);
      }
      for (let i = 0; i < 20_000; i++) {
        const value = sparse && next() < 0.5 ? Math.floor(next() * 1e12) : draw();
        later.add(value);
        laterValues.add(value);
      }
      const expectedRepeats = [...laterValues].filter((value) => reference.has(value));
      for (const value of laterValues) reference.add(value);
      const repeats: (number | string | boolean)[] = [];
      earlier.merge(structuredClone(later.state()), (value) => repeats.push(value));
      assert.deepEqual(new Set(repeats), new Set(expectedRepeats));
      assert.equal(repeats.length, expectedRepeats.length);
      assert.equal(earlier.size, reference.size);
      for (const value of reference) assert.equal(earlier.add(value), false);
    }
  });

  test("ids split between two threads merge page-wise: the size, the repeats, and the set's answers after", () => {
    // The first thread's ids end inside a page the second's start in (page 16 holds 524,288 to 557,055).
    const earlier = new DistinctValues();
    const later = new DistinctValues();
    for (let id = 1; id <= 530_000; id++) earlier.addNumber(id);
    for (let id = 530_001; id <= 1_000_000; id++) later.addNumber(id);
    const planted = [7, 529_999, 530_000, 999_999];
    for (const id of planted) later.addNumber(id);
    const repeats: unknown[] = [];
    earlier.merge(structuredClone(later.state()), (value) => repeats.push(value));
    assert.deepEqual(
      repeats.sort((a, b) => (a as number) - (b as number)),
      [7, 529_999, 530_000],
    );
    assert.equal(earlier.size, 1_000_000);
    for (const id of [1, 530_000, 530_001, 557_055, 557_056, 1_000_000]) assert.equal(earlier.add(id), false);
    assert.equal(earlier.add(1_000_001), true);
    // Sparse integers then move every id to the hash table: the count the merge left is the one they had.
    for (let k = 1; k <= 20_000; k++) earlier.addNumber(k * 1e9);
    assert.equal(earlier.size, 1_020_001);
    assert.equal(earlier.add(530_001), false);
  });

  test("a paged set merges into a hashed one value by value: every value, every repeat", () => {
    // Multiples of 97 over 300 pages are too sparse for pages.
    const earlier = new DistinctValues();
    for (let k = 0; k < 100_000; k++) earlier.addNumber(k * 97);
    const later = new DistinctValues();
    for (let id = 0; id < 50_000; id++) later.addNumber(id);
    const repeats: unknown[] = [];
    earlier.merge(structuredClone(later.state()), (value) => repeats.push(value));
    const expected = Array.from({ length: Math.ceil(50_000 / 97) }, (_, k) => k * 97);
    assert.deepEqual(
      repeats.sort((a, b) => (a as number) - (b as number)),
      expected,
    );
    assert.equal(earlier.size, 100_000 + 50_000 - expected.length);
    assert.equal(earlier.add(49_999), false);
    assert.equal(earlier.add(99_999 * 97), false);
    assert.equal(earlier.add(50_000), true);
  });

  test("a hashed table merges into an empty set and into a loaded one: every value, every repeat", () => {
    // Multiples of 97 (one bit in 97 is too sparse for pages) go to the hash table on both sides.
    const build = (from: number, count: number) => {
      const distinct = new DistinctValues();
      for (let i = from; i < from + count; i++) distinct.addNumber(i * 97);
      return distinct;
    };
    for (const loaded of [false, true]) {
      const earlier = loaded ? build(0, 300_000) : new DistinctValues();
      const repeats: unknown[] = [];
      earlier.merge(structuredClone(build(299_990, 300_000).state()), (value) => repeats.push(value));
      assert.deepEqual(
        repeats.sort((a, b) => (a as number) - (b as number)),
        loaded ? Array.from({ length: 10 }, (_, k) => (299_990 + k) * 97) : [],
      );
      assert.equal(earlier.size, loaded ? 599_990 : 300_000);
      assert.equal(earlier.add(299_989 * 97), !loaded);
      assert.equal(earlier.add(599_989 * 97), false);
    }
  });

  test("a worker's texts merge byte-wise as they did as strings: same size, repeats and answers", () => {
    const pieces = ["a", "é", "日本", "\u{1F600}", "ß", "", "\ufffd", "x y"];
    let state = 9;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    const draw = () => {
      let text = "";
      for (let p = Math.floor(next() * 3); p > 0; p--) text += pieces[Math.floor(next() * pieces.length)];
      return text + String(Math.floor(next() * 3_000));
    };
    const earlier = new DistinctValues();
    const later = new DistinctValues();
    const reference = new Set<string | boolean | number>();
    const laterValues = new Set<string | boolean | number>();
    for (let i = 0; i < 8_000; i++) {
      const value = draw();
      if (i % 2 === 0) earlier.add(value);
      else earlier.addBytes(Buffer.from(value), 0, Buffer.byteLength(value));
      reference.add(value);
    }
    for (const value of [true, "\ud800", 7]) {
      earlier.add(value);
      reference.add(value);
    }
    for (let i = 0; i < 8_000; i++) {
      const value = draw();
      later.add(value);
      laterValues.add(value);
    }
    for (const value of [true, false, "\udc00", "\ud800", 7, 8]) {
      later.add(value);
      laterValues.add(value);
    }
    const expectedRepeats = [...laterValues].filter((value) => reference.has(value));
    for (const value of laterValues) reference.add(value);
    const sent = later.state();
    const buffers = [sent.numbers, sent.texts.bytes, sent.texts.spans].map(
      (array) => array.buffer as ArrayBuffer,
    );
    const received: DistinctState = structuredClone(sent, { transfer: buffers });
    const repeats: (string | boolean | number)[] = [];
    earlier.merge(received, (value) => repeats.push(value));
    assert.ok(
      expectedRepeats.some((value) => typeof value === "string" && Buffer.byteLength(value) > value.length),
    );
    assert.deepEqual(new Set(repeats), new Set(expectedRepeats));
    assert.equal(repeats.length, expectedRepeats.length);
    assert.equal(earlier.size, reference.size);
    for (const value of reference) assert.equal(earlier.add(value), false, String(value));
    assert.equal(earlier.add("not-drawn-é"), true);
  });
});
