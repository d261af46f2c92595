import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mulberry32 } from "@mlops-actions/stats";
import { ColumnProfile, DEFAULT_LIMITS } from "./column-profile.ts";
import { DatasetProfile } from "./dataset-profile.ts";
import { profileColumns } from "./profile-rows.ts";
import { sortNumbers } from "./sort-numbers.ts";

function sample(n: number, seed: number) {
  const random = mulberry32(seed);
  return {
    levels: Array.from(
      { length: n },
      () => ["-3", "-1.5", "2", "7", "1e-300", "-2.5e-300"][Math.floor(random() * 6)] as string,
    ),
    signedZeros: Array.from(
      { length: n },
      () => ["-0", "0", "1.5", "-2"][Math.floor(random() * 4)] as string,
    ),
    wide: Array.from({ length: n }, () => (random() * 100).toFixed(3)),
    mixed: Array.from({ length: n }, () =>
      random() < 0.1 ? "n/a" : random() < 0.2 ? "text" : String(random()),
    ),
  };
}

function assertSameNumbers(actual: Float64Array | null, expected: Float64Array | null, what: string): void {
  assert.ok(actual && expected, what);
  assert.equal(actual.length, expected.length, what);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i]))
      assert.fail(`${what}[${i}]: ${actual[i]} instead of ${expected[i]}`);
  }
}

describe("ColumnProfile", () => {
  it("sorts its numbers as sortNumbers does, also from the value counts of few distinct values", () => {
    const profile = profileColumns(sample(5000, 1));
    for (const [name, column] of profile.columns) {
      const expected = sortNumbers((column.exactValues as Float64Array).slice());
      assertSameNumbers(column.sortedValues(), expected, name);
    }
  });

  it("keeps its numbers exactly up to the limit, in reading order, then only in the sketch", () => {
    const limits = { ...DEFAULT_LIMITS, exactLimit: 3000 };
    const values = sample(5000, 2).wide;
    const column = new ColumnProfile("wide", limits);
    for (const value of values.slice(0, 3000)) column.update(Number(value));
    assert.deepEqual(column.values, values.slice(0, 3000).map(Number));
    column.update(1);
    assert.equal(column.values, null);
    assert.equal(column.sortedValues(), null);
    assert.equal(column.sketch.n, 3001);
  });

  it("merging a shard it may take over gives the profile merging a copy gives", () => {
    for (const limits of [DEFAULT_LIMITS, { ...DEFAULT_LIMITS, exactLimit: 1500 }]) {
      const first = () => profileColumns(sample(1000, 3), limits);
      const second = () => profileColumns(sample(1000, 4), limits);
      const copied = new DatasetProfile(limits).merge(first()).merge(second());
      const taken = new DatasetProfile(limits).merge(first(), true).merge(second(), true);
      assert.deepEqual(taken.toJSON(), copied.toJSON());
    }
  });

  it("moves to another thread and back unchanged, its exact numbers transferred", () => {
    for (const limits of [DEFAULT_LIMITS, { ...DEFAULT_LIMITS, exactLimit: 1500 }]) {
      const original = () => profileColumns(sample(4000, 5), limits);
      const sent = original().toTransfer(true);
      const received = DatasetProfile.fromTransfer(
        structuredClone(sent.message, { transfer: sent.transfer }),
      );
      const expected = original();
      assert.deepEqual(received.toJSON(), expected.toJSON());
      for (const [name, column] of expected.columns) {
        const moved = received.columns.get(name) as ColumnProfile;
        assert.equal(moved.distinct, column.distinct, name);
        if (limits === DEFAULT_LIMITS) assertSameNumbers(moved.sortedValues(), column.sortedValues(), name);
        else assert.equal(moved.sortedValues(), null);
      }
    }
  });
});
