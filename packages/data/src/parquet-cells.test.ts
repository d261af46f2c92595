import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Float64, Int64, Uint64, vectorFromArray } from "apache-arrow";
import { arrowCells, arrowNumbers } from "./parquet-cells.ts";

const INT64_EDGES = [
  0n,
  -1n,
  1n,
  2n ** 31n,
  -(2n ** 31n) - 1n,
  2n ** 32n + 5n,
  2n ** 53n + 1n,
  2n ** 53n + 3n,
  -(2n ** 53n) - 3n,
  2n ** 62n + 2n ** 10n + 1n,
  2n ** 63n - 1n,
  -(2n ** 63n),
];

describe("64-bit integers as cells and doubles", () => {
  test("signed: the nearest double, as Number(bigint) rounds it", () => {
    const data = vectorFromArray([...INT64_EDGES, null], new Int64()).data[0];
    assert.ok(data);
    const expected = [...INT64_EDGES.map(Number), null];
    assert.deepEqual(arrowCells(data), expected);
    const numbers = arrowNumbers(data);
    assert.ok(numbers?.present);
    assert.deepEqual([...numbers.values].slice(0, INT64_EDGES.length), expected.slice(0, -1));
    assert.deepEqual([...numbers.present], [...INT64_EDGES.map(() => 1), 0]);
  });

  test("unsigned: the high half is not a sign", () => {
    const values = [0n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 53n + 1n, 2n ** 32n - 1n];
    const data = vectorFromArray(values, new Uint64()).data[0];
    assert.ok(data);
    assert.deepEqual(arrowCells(data), values.map(Number));
    assert.deepEqual([...(arrowNumbers(data)?.values ?? [])], values.map(Number));
  });

  test("doubles are taken as they are, without nulls marked when there are none", () => {
    const data = vectorFromArray([0.1, -2.5, Number.NaN, 1e300], new Float64()).data[0];
    assert.ok(data);
    const numbers = arrowNumbers(data);
    assert.equal(numbers?.present, undefined);
    assert.deepEqual([...(numbers?.values ?? [])], [0.1, -2.5, Number.NaN, 1e300]);
  });
});
