import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DistinctValues } from "./distinct-values.ts";

describe("DistinctValues", () => {
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
});
