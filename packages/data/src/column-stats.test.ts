import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Table as ArrowTable, Float64, vectorFromArray } from "apache-arrow";
import { Compression, WriterVersion } from "parquet-wasm/node";
import { smallPagesWriter, writeArrowTable } from "./parquet-test-data.ts";
import { parseSchema } from "./parse-schema.ts";
import { tempFiles } from "./test-files.ts";
import { validateDataset } from "./validate.ts";

const files = tempFiles();
after(files.cleanup);

// Golden values from numpy: scripts/golden/data_golden.py writes the sample and its statistics.
const goldenDir = join(dirname(fileURLToPath(import.meta.url)), "..", "golden");
const golden = JSON.parse(readFileSync(join(goldenDir, "column-stats.json"), "utf8")) as {
  columns: Record<
    string,
    {
      min: number;
      max: number;
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
  test("min, max, mean, median, std (ddof 1), quantiles, distinct count and missing share", async () => {
    const names = Object.keys(golden.columns);
    const quantiles = Object.keys(golden.columns[names[0] ?? ""]?.quantiles ?? {});
    const stats = `{ min: {}, max: {}, mean: {}, median: {}, std: {}, distinct: {}, missing: {}, quantiles: { ${quantiles.map((q) => `${q}: {}`).join(", ")} } }`;
    const schema = parseSchema(
      `columns:\n${names.map((name) => `  ${name}: { type: number, stats: ${stats} }`).join("\n")}\n`,
      "stats.yml",
    );
    const result = await validateDataset([join(goldenDir, "column-stats.csv")], schema);
    const observed = new Map(result.checks.map((check) => [check.id, check.observed]));
    for (const [name, expected] of Object.entries(golden.columns)) {
      // Exact: the smallest and the largest value are values of the column.
      assert.equal(observed.get(`column.${name}.stats.min`), expected.min, `${name} min`);
      assert.equal(observed.get(`column.${name}.stats.max`), expected.max, `${name} max`);
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

  test("JSON Lines and Parquet (pages of either version) give the CSV file's statistics", async () => {
    const names = Object.keys(golden.columns);
    const stats =
      "{ min: {}, max: {}, mean: {}, median: {}, std: {}, distinct: {}, missing: {}, quantiles: { 0.1: {}, 0.9: {} } }";
    const schema = parseSchema(
      `columns:\n${names.map((name) => `  ${name}: { type: number, stats: ${stats} }`).join("\n")}\n`,
      "stats.yml",
    );
    const [header, ...lines] = readFileSync(join(goldenDir, "column-stats.csv"), "utf8").trim().split("\n");
    const columns = (header ?? "").split(",");
    const rows = lines.map((line) => line.split(",").map((cell) => (cell === "" ? null : Number(cell))));
    const jsonl = files.write(
      "stats.jsonl",
      `${rows.map((row) => JSON.stringify(Object.fromEntries(columns.map((name, i) => [name, row[i]])))).join("\n")}\n`,
    );
    const table = new ArrowTable(
      Object.fromEntries(
        columns.map((name, i) => [
          name,
          vectorFromArray(
            rows.map((row) => row[i] ?? null),
            new Float64(),
          ),
        ]),
      ),
    );
    const parquets = [WriterVersion.V1, WriterVersion.V2].map((version) =>
      files.write(
        `stats-${version}.parquet`,
        writeArrowTable(table, smallPagesWriter(Compression.SNAPPY, version).build()),
      ),
    );
    const observed = async (file: string) =>
      (await validateDataset([file], schema)).checks.map((check) => [check.id, check.observed]);
    const fromCsv = await observed(join(goldenDir, "column-stats.csv"));
    assert.ok(fromCsv.some(([id]) => id === "column.sparse.stats.min"));
    for (const file of [jsonl, ...parquets]) assert.deepEqual(await observed(file), fromCsv, file);
  });

  test("the smallest and the largest value outside their ranges fail, with the observed values", async () => {
    const schema = parseSchema(
      "columns:\n  normal: { type: number, stats: { min: { min: 2 }, max: { max: 90 } } }\n  sparse: { type: number, stats: { min: { max: -4.9 }, max: 4.9 } }\n",
      "s.yml",
    );
    const result = await validateDataset([join(goldenDir, "column-stats.csv")], schema);
    const outcome = (id: string) => {
      const check = result.checks.find((candidate) => candidate.id === id);
      return [check?.status, check?.observed];
    };
    const { normal, sparse } = golden.columns;
    assert.deepEqual(outcome("column.normal.stats.min"), ["fail", normal?.min]);
    assert.deepEqual(outcome("column.normal.stats.max"), ["fail", normal?.max]);
    assert.deepEqual(outcome("column.sparse.stats.min"), ["pass", sparse?.min]);
    // One number means exactly that value; a quarter of the cells are missing, and left out.
    assert.deepEqual(outcome("column.sparse.stats.max"), ["fail", sparse?.max]);
    const min = result.checks.find((check) => check.id === "column.normal.stats.min");
    assert.equal(min?.message, `normal: min is ${+(normal?.min ?? 0).toPrecision(6)}; expected >= 2`);
  });

  test("a statistic that fails by its last digits shows them all", async () => {
    const file = files.write("near.csv", "x\n1\n2.0000001\n");
    const schema = parseSchema(
      "columns:\n  x: { type: number, stats: { min: 1, max: { max: 2 }, mean: { max: 2 } } }\n",
      "s.yml",
    );
    const message = new Map(
      (await validateDataset([file], schema)).checks.map((check) => [
        check.id,
        [check.status, check.message],
      ]),
    );
    // Six digits would read "max is 2; expected <= 2"; passing values keep six digits.
    assert.deepEqual(message.get("column.x.stats.max"), ["fail", "x: max is 2.0000001; expected <= 2"]);
    assert.deepEqual(message.get("column.x.stats.mean"), ["pass", "x: mean is 1.5; expected <= 2"]);
    assert.deepEqual(message.get("column.x.stats.min"), ["pass", "x: min is 1; expected = 1"]);
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
