import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseSchema } from "./parse-schema.ts";
import { validateDataset } from "./validate.ts";

// Golden values from numpy: scripts/golden/data_golden.py writes the sample and its statistics.
const goldenDir = join(dirname(fileURLToPath(import.meta.url)), "..", "golden");
const golden = JSON.parse(readFileSync(join(goldenDir, "column-stats.json"), "utf8")) as {
  columns: Record<
    string,
    {
      mean: number;
      median: number;
      std: number;
      quantiles: Record<string, number>;
      distinct: number;
      missing: number;
    }
  >;
};
/** Relative tolerance: streaming (Welford) mean and variance differ from numpy's two-pass sums in the last bits. */
const RELATIVE_TOLERANCE = 1e-9;

function assertClose(actual: unknown, expected: number, what: string): void {
  assert.equal(typeof actual, "number", what);
  const scale = Math.max(1, Math.abs(expected));
  assert.ok(
    Math.abs((actual as number) - expected) <= RELATIVE_TOLERANCE * scale,
    `${what}: ${actual} vs numpy ${expected}`,
  );
}

describe("column statistics match numpy", () => {
  test("mean, median, std (ddof 1), quantiles, distinct count and missing share", async () => {
    const names = Object.keys(golden.columns);
    const quantiles = Object.keys(golden.columns[names[0] ?? ""]?.quantiles ?? {});
    const stats = `{ mean: {}, median: {}, std: {}, distinct: {}, missing: {}, quantiles: { ${quantiles.map((q) => `${q}: {}`).join(", ")} } }`;
    const schema = parseSchema(
      `columns:\n${names.map((name) => `  ${name}: { type: number, stats: ${stats} }`).join("\n")}\n`,
      "stats.yml",
    );
    const result = await validateDataset([join(goldenDir, "column-stats.csv")], schema);
    const observed = new Map(result.checks.map((check) => [check.id, check.observed]));
    for (const [name, expected] of Object.entries(golden.columns)) {
      assertClose(observed.get(`column.${name}.stats.mean`), expected.mean, `${name} mean`);
      assertClose(observed.get(`column.${name}.stats.median`), expected.median, `${name} median`);
      assertClose(observed.get(`column.${name}.stats.std`), expected.std, `${name} std`);
      for (const [q, value] of Object.entries(expected.quantiles)) {
        assertClose(
          observed.get(`column.${name}.stats.quantile-${Number(q)}`),
          value,
          `${name} quantile ${q}`,
        );
      }
      assert.equal(observed.get(`column.${name}.stats.distinct`), expected.distinct, `${name} distinct`);
      assertClose(observed.get(`column.${name}.stats.missing`), expected.missing, `${name} missing`);
    }
    assert.ok(result.checks.every((check) => check.status === "pass"));
  });

  test("a statistic outside its range fails with the observed value", async () => {
    const schema = parseSchema(
      "columns:\n  normal: { type: number, stats: { mean: { max: 40 } } }\n",
      "s.yml",
    );
    const result = await validateDataset([join(goldenDir, "column-stats.csv")], schema);
    const mean = result.checks.find((check) => check.id === "column.normal.stats.mean");
    assert.equal(mean?.status, "fail");
    const expected = +(golden.columns.normal?.mean ?? 0).toPrecision(6);
    assert.equal(mean?.message, `normal: mean is ${expected}; expected <= 40`);
  });
});
