// method: evidently against Evidently 0.7.23 itself: golden/evidently.json is written by
// scripts/golden/drift_evidently_golden.py from the CSVs in golden/data/, which this test reads too.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { isDrifted, runTest, TESTS, type TestName } from "./column-tests.ts";
import { evidentlyColumnType } from "./column-type.ts";
import { compareProfiles } from "./compare.ts";
import { profileFiles } from "./profile-files.ts";

const GOLDEN = join(import.meta.dirname, "..", "golden");

interface GoldenColumn {
  test: string;
  score: number;
  drifted: boolean;
  threshold: number;
}
interface GoldenMethods {
  numerical: string;
  categorical: string;
  columns: Record<string, { test: string; legacyScore: number; drifted: boolean; legacyThreshold: number }>;
}
interface GoldenCase {
  methods?: GoldenMethods[];
  reference: string;
  current: string;
  types: Record<string, string>;
  columns: Record<string, GoldenColumn>;
  dataset: { drifted: number; share: number; driftShare: number };
}
const golden = JSON.parse(readFileSync(join(GOLDEN, "evidently.json"), "utf8")) as {
  cases: Record<string, GoldenCase>;
};

const testByTitle = new Map(Object.entries(TESTS).map(([name, spec]) => [spec.title, name as TestName]));

function assertClose(actual: number | undefined, expected: number, what: string): void {
  assert.ok(actual !== undefined, `${what}: no statistic`);
  const tolerance = expected === 0 ? 1e-12 : 1e-6 * Math.abs(expected);
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} vs ${expected}`);
}

describe("method evidently reproduces Evidently 0.7.23", () => {
  for (const [name, expected] of Object.entries(golden.cases)) {
    it(`case ${name}: column types, tests, statistics, verdicts and the dataset rule`, async () => {
      const reference = await profileFiles([join(GOLDEN, "data", expected.reference)]);
      const current = await profileFiles([join(GOLDEN, "data", expected.current)]);
      for (const [column, type] of Object.entries(expected.types)) {
        const profile = current.columns.get(column);
        assert.ok(profile, column);
        assert.equal(evidentlyColumnType(profile), type, `type of ${column}`);
      }
      const result = compareProfiles(reference, current, { method: "evidently" });
      assert.equal(result.tested, Object.keys(expected.columns).length);
      for (const [column, want] of Object.entries(expected.columns)) {
        const got = result.columns.find((c) => c.column === column);
        assert.ok(got, column);
        assert.equal(got.test, testByTitle.get(want.test), `test of ${column}`);
        assertClose(got.statistic, want.score, `statistic of ${column}`);
        assert.equal(got.threshold, want.threshold, `threshold of ${column}`);
        assert.equal(got.drifted, want.drifted, `verdict of ${column}`);
        assert.equal(got.exact, true);
      }
      assert.equal(result.driftedColumns.length, expected.dataset.drifted);
      assertClose(result.driftShare, expected.dataset.share, "drift share");
      assert.equal(result.datasetDrift, expected.dataset.share >= expected.dataset.driftShare);
    });
  }
});

describe("one named test for every column, as Evidently 0.7.23 computes it", () => {
  for (const [name, expected] of Object.entries(golden.cases)) {
    for (const methods of expected.methods ?? []) {
      it(`case ${name}: ${methods.numerical} for numerical, ${methods.categorical} for categorical columns`, async () => {
        const reference = await profileFiles([join(GOLDEN, "data", expected.reference)]);
        const current = await profileFiles([join(GOLDEN, "data", expected.current)]);
        for (const [column, want] of Object.entries(methods.columns)) {
          const test = testByTitle.get(want.test);
          assert.ok(test, want.test);
          const ref = reference.columns.get(column);
          const cur = current.columns.get(column);
          assert.ok(ref && cur, column);
          const numerical = expected.types[column] === "numerical";
          const outcome = runTest(test, ref, cur, numerical);
          assertClose(outcome.statistic, want.legacyScore, `${test} of ${column}`);
          assert.equal(TESTS[test].defaultThreshold, want.legacyThreshold, `threshold of ${test}`);
          assert.equal(
            isDrifted(test, outcome.statistic, want.legacyThreshold),
            want.drifted,
            `verdict of ${column}`,
          );
        }
      });
    }
  }
});
