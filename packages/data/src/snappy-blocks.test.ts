import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { snappyUncompress as hyparquetSnappy } from "hyparquet/src/snappy.js";
import { snappyCompress } from "hysnappy";
import { SnappyBlocks } from "./snappy-blocks.ts";

/** A deterministic pseudo-random byte source (an LCG), so failures repeat. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** Bytes that compress into every kind of element: runs, repeats near and far, and noise between. */
function mixedBytes(length: number, seed: number): Uint8Array {
  const noise = randomBytes(length, seed);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const part = Math.floor(i / 5000) % 4;
    if (part === 0) bytes[i] = noise[i] as number;
    else if (part === 1) bytes[i] = 7;
    else if (part === 2) bytes[i] = i % 13;
    else bytes[i] = (bytes[i - 15_000] ?? 0) ^ (i % 997 === 0 ? 1 : 0);
  }
  return bytes;
}

/** A block by hand: the stated length as a varint, then the elements' bytes. */
function block(stated: number, ...elements: number[][]): Uint8Array {
  const varint: number[] = [];
  let rest = stated;
  while (rest >= 0x80) {
    varint.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  varint.push(rest);
  return Uint8Array.from([...varint, ...elements.flat()]);
}

const literal = (bytes: number[]): number[] => [(bytes.length - 1) << 2, ...bytes];

describe("SnappyBlocks (wasm/snappy.c)", () => {
  test("decompresses what hysnappy compresses, as hyparquet's JavaScript does: noise, runs, repeats", () => {
    const blocks = new SnappyBlocks();
    for (const [length, seed] of [
      [0, 1],
      [1, 2],
      [100, 3],
      [65_536, 4],
      [300_000, 5],
      [1_100_000, 6],
    ] as const) {
      for (const input of [randomBytes(length, seed), mixedBytes(length, seed)]) {
        const compressed = snappyCompress(input);
        const expected = new Uint8Array(length);
        hyparquetSnappy(compressed, expected);
        assert.deepEqual(expected, input);
        const output = blocks.decompress(compressed, length);
        assert.equal(output.length, length);
        assert.ok(Buffer.from(output).equals(Buffer.from(input)), `length ${length}, seed ${seed}`);
      }
    }
  });

  test("every element: literals of 1 to 4 length bytes, copies of 1, 2 and 4 offset bytes, overlapping", () => {
    const blocks = new SnappyBlocks();
    const long = Array.from({ length: 300 }, (_, i) => i % 251);
    const elements = [
      literal([1, 2, 3, 4, 5]),
      // 60: one length byte (200 bytes: 199); 61..63: two to four (300 bytes: 299, 0x012b).
      [60 << 2, 199, ...long.slice(0, 200)],
      [61 << 2, 43, 1, ...long],
      [62 << 2, 43, 1, 0, ...long],
      [63 << 2, 43, 1, 0, 0, ...long],
      // A 1-byte-offset copy of 7 bytes from 5 back (overlapping what it writes).
      [1 | (3 << 2), 5],
      // A 2-byte-offset copy of 10 bytes from 1 back: a run of the last byte.
      [2 | (9 << 2), 1, 0],
      // A 4-byte-offset copy of 64 bytes from 1,000 back.
      [3 | (63 << 2), 0xe8, 0x03, 0, 0],
    ];
    const expected: number[] = [];
    expected.push(1, 2, 3, 4, 5, ...long.slice(0, 200));
    for (let k = 0; k < 3; k++) expected.push(...long);
    for (let i = 0; i < 7; i++) expected.push(expected[expected.length - 5] as number);
    for (let i = 0; i < 10; i++) expected.push(expected[expected.length - 1] as number);
    for (let i = 0; i < 64; i++) expected.push(expected[expected.length - 1000] as number);
    const output = blocks.decompress(block(expected.length, ...elements), expected.length);
    assert.deepEqual([...output], expected);
  });

  test("a block that does not fill its length exactly, or reaches out of bounds, is refused", () => {
    const blocks = new SnappyBlocks();
    const good = block(5, literal([1, 2, 3, 4, 5]));
    assert.deepEqual([...blocks.decompress(good, 5)], [1, 2, 3, 4, 5]);
    const refused = [
      [good, 6, /states another length/],
      [block(6, literal([1, 2, 3, 4, 5])), 6, /ends short/],
      [block(4, literal([1, 2, 3, 4, 5])), 4, /literal runs past/],
      [block(5, [(9 << 2) | 0, 1, 2]), 5, /literal runs past/],
      [block(8, literal([1, 2, 3]), [2 | (4 << 2), 0, 0]), 8, /reaches before its start/],
      [block(8, literal([1, 2, 3]), [2 | (4 << 2), 4, 0]), 8, /reaches before its start/],
      [block(8, literal([1, 2, 3]), [2 | (9 << 2), 1, 0]), 8, /copy runs past/],
      [block(8, literal([1, 2, 3]), [2 | (4 << 2), 1]), 8, /copy runs past/],
      [Uint8Array.from([0x80, 0x80]), 0, /length cannot be read/],
      [Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x7f]), 0, /length cannot be read/],
    ] as const;
    for (const [input, length, message] of refused)
      assert.throws(() => blocks.decompress(input, length), message, String(message));
    // Still in order after a refusal, and after growing past its first memory.
    const big = mixedBytes(5_000_000, 9);
    assert.ok(Buffer.from(blocks.decompress(snappyCompress(big), big.length)).equals(Buffer.from(big)));
  });
});
