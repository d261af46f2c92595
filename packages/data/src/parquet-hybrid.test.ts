import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mulberry32 as random } from "@mlops-actions/stats";
import { readRleBitPackedHybrid } from "hyparquet/src/encoding.js";
import { allOnes, readHybrid } from "./parquet-hybrid.ts";

/** `count` values of `width` bits in the hybrid encoding: RLE and bit-packed runs at random, as written. */
function encode(values: readonly number[], width: number, next: () => number): Uint8Array {
  const out: number[] = [];
  const varint = (value: number) => {
    let rest = value;
    while (rest >= 0x80) {
      out.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    out.push(rest);
  };
  let at = 0;
  while (at < values.length) {
    if (next() < 0.4) {
      let run = 1;
      while (at + run < values.length && values[at + run] === values[at] && run < 300) run++;
      varint(run << 1);
      for (let i = 0; i < (width + 7) >> 3; i++) out.push(((values[at] as number) >>> (8 * i)) & 0xff);
      at += run;
      continue;
    }
    // Groups of 8, the last padded with zeros past the values.
    const groups = Math.ceil(Math.min(values.length - at, 8 + Math.floor(next() * 600)) / 8);
    varint((groups << 1) | 1);
    let bits = 0n;
    for (let v = 0; v < groups * 8; v++) bits |= BigInt(values[at + v] ?? 0) << BigInt(v * width);
    for (let i = 0; i < groups * width; i++) out.push(Number((bits >> BigInt(8 * i)) & 0xffn));
    at += groups * 8;
  }
  return Uint8Array.from(out);
}

describe("readHybrid", () => {
  test("reads what hyparquet reads, every width up to 24, RLE and bit-packed runs, padded ends", () => {
    const next = random(11);
    for (let width = 1; width <= 24; width++) {
      for (const count of [1, 7, 8, 9, 1000, 4099]) {
        const values = Array.from({ length: count }, () => Math.floor(next() * 2 ** width));
        // Runs of repeats too, for RLE runs that repeat what is there.
        for (let i = 1; i < count; i++) if (next() < 0.5) values[i] = values[i - 1] as number;
        const bytes = encode(values, width, next);
        const mine = new Int32Array(count);
        const end = readHybrid(bytes, 0, bytes.length, width, mine, count);
        const theirs = new Array<number>(count);
        readRleBitPackedHybrid({ view: new DataView(bytes.buffer), offset: 0 }, width, theirs, bytes.length);
        assert.deepEqual([...mine], values, `width ${width}, ${count} values`);
        assert.deepEqual([...mine], theirs, `width ${width}, ${count} values, hyparquet`);
        assert.equal(end, bytes.length);
      }
    }
  });

  test("from an offset within a larger buffer, into bytes, and stops where the values end", () => {
    const next = random(5);
    const values = Array.from({ length: 100 }, () => (next() < 0.5 ? 1 : 0));
    const encoded = encode(values, 1, next);
    const bytes = new Uint8Array(encoded.length + 10).fill(0xab);
    bytes.set(encoded, 4);
    const levels = new Uint8Array(100);
    assert.equal(readHybrid(bytes, 4, 4 + encoded.length, 1, levels, 100), 4 + encoded.length);
    assert.deepEqual([...levels], values);
  });

  test("throws on runs that end early, and on widths past 24 bits", () => {
    const bytes = encode([1, 2, 3, 4, 5, 6, 7, 8, 9], 4, () => 0.9);
    assert.throws(() => readHybrid(bytes, 0, bytes.length - 1, 4, new Int32Array(9), 9), /end/);
    assert.throws(() => readHybrid(bytes, 0, bytes.length, 4, new Int32Array(20), 20), /end early/);
    assert.throws(() => readHybrid(bytes, 0, bytes.length, 25, new Int32Array(9), 9), /bit width of 25/);
  });
});

describe("allOnes", () => {
  test("true for RLE runs of 1 covering every value; false for a zero, a bit-packed run or too few", () => {
    const ones = encode(new Array(5000).fill(1), 1, () => 0.1);
    assert.ok(allOnes(ones, 0, ones.length, 5000));
    assert.ok(!allOnes(ones, 0, ones.length, 5001));
    const packed = encode(new Array(64).fill(1), 1, () => 0.9);
    assert.ok(!allOnes(packed, 0, packed.length, 64));
    const withNull = encode([...new Array(300).fill(1), 0], 1, () => 0.1);
    assert.ok(!allOnes(withNull, 0, withNull.length, 301));
    assert.ok(!allOnes(new Uint8Array(0), 0, 0, 1));
  });
});
