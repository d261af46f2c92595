import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { kllRankErrorBound } from "@mlops-actions/stats";
import { DEFAULT_LIMITS } from "./column-profile.ts";
import { compareProfiles } from "./compare.ts";
import { DatasetProfile } from "./dataset-profile.ts";
import { profileColumns } from "./profile-rows.ts";

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function data(n: number, shift: number, seed: number) {
  const r = random(seed);
  return {
    x: Array.from({ length: n }, () => String((r() + r() + r() + shift).toFixed(4))),
    c: Array.from({ length: n }, () => ["a", "b", "c"][Math.floor(r() * (shift > 0 ? 2 : 3))] as string),
    gaps: Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : String(i % 13))),
  };
}

describe("profiles", () => {
  for (const [label, limits] of [
    ["exact values", DEFAULT_LIMITS],
    ["sketches only", { ...DEFAULT_LIMITS, exactLimit: 500 }],
  ] as const) {
    it(`the profile of the whole equals the merge of the profiles of its halves (${label})`, () => {
      const all = data(4000, 0, 3);
      const half = (from: number, to: number) =>
        profileColumns(
          Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.slice(from, to)])),
          limits,
        );
      const whole = profileColumns(all, limits);
      const exact = profileColumns(all);
      const merged = half(0, 1700).merge(half(1700, 4000));
      assert.equal(merged.rows, whole.rows);
      for (const [name, column] of whole.columns) {
        const other = merged.columns.get(name);
        assert.ok(other);
        assert.equal(other.count, column.count);
        assert.equal(other.nulls, column.nulls);
        assert.deepEqual(new Map([...other.categories].sort()), new Map([...column.categories].sort()));
        assert.deepEqual(other.values, column.values);
        assert.ok(Math.abs(other.moments.mean - column.moments.mean) < 1e-9);
        // Quantiles of the merged sketch are within its rank error of the exact ranks (continuous column).
        if (name === "x") {
          for (const q of [0.1, 0.5, 0.9]) {
            const truth = exact.columns.get(name)?.values ?? [];
            const exactRank = truth.filter((v) => v <= other.sketch.quantile(q)).length / column.numbers;
            assert.ok(
              Math.abs(exactRank - q) <= kllRankErrorBound(200) + 1 / column.numbers,
              `${name} q${q}`,
            );
          }
        }
      }
    });
  }

  it("survives a JSON round trip and merges shards with different columns", () => {
    const a = profileColumns({ x: ["1", "2"], y: ["a", "b"] });
    const b = profileColumns({ x: ["3"] });
    const restored = DatasetProfile.fromJSON(JSON.parse(JSON.stringify(a.toJSON())));
    restored.merge(b);
    assert.equal(restored.rows, 3);
    assert.equal(restored.columns.get("y")?.nulls, 1);
    assert.deepEqual(restored.columns.get("x")?.values, [1, 2, 3]);
  });

  it("drift from sketches agrees with the exact result within the stated bound and says it is estimated", () => {
    const ref = data(30_000, 0, 5);
    const cur = data(30_000, 0.05, 9);
    const exact = compareProfiles(profileColumns(ref), profileColumns(cur), { method: "ks", columns: ["x"] });
    const small = { ...DEFAULT_LIMITS, exactLimit: 1000 };
    const sketched = compareProfiles(profileColumns(ref, small), profileColumns(cur, small), {
      method: "ks",
      columns: ["x"],
    });
    const e = exact.columns[0];
    const s = sketched.columns[0];
    assert.equal(e?.exact, true);
    assert.equal(s?.exact, false);
    assert.ok(s?.errorBound !== undefined && s.errorBound > 0 && s.errorBound < 0.04);
    assert.equal(s?.drifted, e?.drifted);
    const w = compareProfiles(profileColumns(ref, small), profileColumns(cur, small), {
      method: "wasserstein",
      columns: ["x"],
    });
    const we = compareProfiles(profileColumns(ref), profileColumns(cur), {
      method: "wasserstein",
      columns: ["x"],
    });
    assert.ok(Math.abs((w.columns[0]?.statistic ?? 0) - (we.columns[0]?.statistic ?? 0)) < 0.02);
  });
});
