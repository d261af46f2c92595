import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { int64Doubles } from "./int64-doubles.ts";

const EDGE_INT64 = [-(2n ** 63n), 2n ** 63n - 1n, 2n ** 53n + 1n, -(2n ** 53n) - 3n, 0n, -1n, 4_294_967_296n];

describe("int64Doubles", () => {
  test("each value is the nearest double, as Number gives it, signed and unsigned, at any alignment", () => {
    const signed = BigInt64Array.from([...EDGE_INT64, 123_456_789_012_345_678n, -987_654_321_987_654_321n]);
    const memory = new ArrayBuffer(8 * signed.length + 4);
    for (const shift of [0, 4, 1]) {
      const bytes = new Uint8Array(memory);
      bytes.set(new Uint8Array(signed.buffer), shift);
      const unsigned = new BigUint64Array(signed.buffer);
      assert.deepEqual(int64Doubles(memory, shift, signed.length, true), Float64Array.from(signed, Number));
      assert.deepEqual(
        int64Doubles(memory, shift, signed.length, false),
        Float64Array.from(unsigned, Number),
      );
    }
  });

  test("into the array given, from a typed array's own bytes", () => {
    const values = BigInt64Array.from([5n, -(2n ** 62n) - 1n, 2n ** 60n + 3n]);
    const into = new Float64Array(3);
    assert.equal(int64Doubles(values.buffer, values.byteOffset, 3, true, into), into);
    assert.deepEqual(into, Float64Array.from(values, Number));
  });
});
