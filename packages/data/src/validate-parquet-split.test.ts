import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { ColumnValidator } from "./column-validator.ts";
import { splitParquetColumns } from "./parquet-column-split.ts";
import { readParquetFooter } from "./parquet-footer.ts";
import { GENERATED, GENERATED_TEXTS, generatedParquet } from "./parquet-test-data.ts";
import { parseSchema } from "./parse-schema.ts";
import type { DataSchema } from "./schema.ts";
import { comparable, tempFiles } from "./test-files.ts";
import { type ParallelOptions, type ValidationResult, validateDataset } from "./validate.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test-fixtures");
const files = tempFiles();
after(files.cleanup);

type ParquetSplit = { file: string; worker: string[]; merged: boolean };
const splits: ParquetSplit[] = [];
const parallel: ParallelOptions = {
  workerScript: new URL("./validate-worker-main.ts", import.meta.url),
  minParquetBytes: 0,
  maxLoad: Number.POSITIVE_INFINITY,
  onParquetSplit: (split) => splits.push(split),
};

/** The one-thread result, the two-thread one, and the splits made for it. */
async function bothWays(
  paths: string[],
  schema: DataSchema,
): Promise<{ one: ValidationResult; two: ValidationResult; made: ParquetSplit[] }> {
  const one = await validateDataset(paths, schema, { maxExamples: 5 });
  splits.length = 0;
  const two = await validateDataset(paths, schema, { maxExamples: 5, parallel });
  return { one, two, made: [...splits] };
}

/** Checks that keep no distinct set: a later file, or a small file, may go to the worker. */
const COUNTS = parseSchema(
  `
null-values: [NA, ""]
columns:
  id: { type: integer, min: 2, stats: { mean: { min: 0 }, std: { min: 0 }, median: { min: 0 } } }
  count: { type: integer, min: 0, max: 90 }
  ratio: { type: number, min: -1, max: 1, stats: { mean: { min: 0 }, quantiles: { 0.9: { max: 1 } } } }
  code: { pattern: "[A-Z]{2}-\\\\d{3}", length: { max: 6 } }
  label: { type: category, in: [red, green, blue, "grün"] }
  must: { nullable: false }
  day: { type: date, min: 2020-01-10 }
`,
  "counts.yml",
);

const failing = (result: ValidationResult) =>
  result.checks.filter((check) => check.status === "fail").map((check) => check.id);

describe("a Parquet file's columns split between two threads", () => {
  const generated = files.write("generated.parquet", generatedParquet(6000, 1000));

  test("give the one-thread result: counts, examples, statistics, repeats", async () => {
    for (const schema of [GENERATED, GENERATED_TEXTS]) {
      const { one, two, made } = await bothWays([generated], schema);
      assert.equal(made.length, 1);
      assert.equal(made[0]?.merged, true);
      const names = schema.columns.map((column) => column.name);
      const taken = made[0]?.worker ?? [];
      assert.ok(taken.length > 0 && taken.length < names.length, `the worker took ${taken.join(", ")}`);
      // The worker's columns are the schema's, each once.
      assert.deepEqual(new Set(taken).size, taken.length);
      for (const name of taken) assert.ok(names.includes(name));
      assert.deepEqual(two, one);
    }
    const { one } = await bothWays([generated], GENERATED);
    for (const id of ["column.id.unique", "column.count.min", "column.ratio.type", "column.code.pattern"])
      assert.ok(failing(one).includes(id), `${id} fails`);
  });

  test("give the one-thread result on pyarrow's files", async () => {
    const schema = parseSchema(
      `
columns:
  id: { type: integer, unique: true, max: 4000000000, stats: { std: { max: 1 }, quantiles: { 0.5: { max: 1 } } } }
  small: { type: integer, min: -100, stats: { mean: { min: 0 }, distinct: { max: 10 } } }
  score: { type: number, max: 1000, stats: { median: { max: 1 } } }
  name: { pattern: "n.v-\\\\d{2,3}", unique: true }
  kind: { type: category, not-in: [bb], length: { max: 2 } }
  day: { nullable: false }
`,
      "groups.yml",
    );
    for (const fixture of ["groups-v1.parquet", "groups-v2.parquet"]) {
      const { one, two, made } = await bothWays([join(fixtures, fixture)], schema);
      assert.equal(made[0]?.merged, true, fixture);
      assert.deepEqual(two, one, fixture);
      assert.ok(failing(one).length > 0, `${fixture} fails some checks`);
    }
  });

  test("a file damaged in either thread's columns is validated again on one thread", async () => {
    const bytes = readFileSync(generated);
    const metadata = await readParquetFooter(generated);
    const validators = GENERATED.columns.map((spec) => new ColumnValidator(spec, 5));
    const split = splitParquetColumns(metadata, validators);
    assert.ok(split);
    for (const side of [split.main, split.worker]) {
      // Garble the middle of the first chunk of a column of that side: its pages no longer decode.
      const name = validators[side[0] as number]?.spec.name;
      const chunk = metadata.row_groups[0]?.columns.find((c) => c.meta_data?.path_in_schema[0] === name);
      const start = Number(chunk?.meta_data?.data_page_offset);
      const size = Number(chunk?.meta_data?.total_compressed_size);
      const damaged = Buffer.from(bytes);
      damaged.fill(0xa5, start + 8, start + Math.floor(size / 2));
      const file = files.write(`damaged-${name}.parquet`, damaged);
      const { one, two, made } = await bothWays([file], GENERATED);
      assert.equal(made.length, 1);
      assert.equal(made[0]?.merged, false, `${name}`);
      assert.ok(failing(one).includes("file.unreadable"), `${name}: ${failing(one).join(", ")}`);
      assert.deepEqual(two, one);
    }
  });

  test("a later file of a dataset is split only when no column keeps a distinct set", async () => {
    const second = files.write("second.parquet", generatedParquet(2500, 1000));
    const { one, two, made } = await bothWays([generated, second], GENERATED);
    assert.deepEqual(
      made.map((split) => split.file),
      [generated],
      "ids are unique: a repeat from the first file would need the second read again",
    );
    assert.deepEqual(two, one);
    assert.equal(one.rows, 8500);

    const later = await bothWays([generated, second], COUNTS);
    assert.deepEqual(
      later.made.map((split) => [split.file, split.merged]),
      [
        [generated, true],
        [second, true],
      ],
    );
    assert.deepEqual(comparable(later.two), comparable(later.one));
    // Examples from both files, the first file's first.
    const examples = later.one.checks.find((check) => check.id === "column.count.min")?.examples ?? [];
    assert.deepEqual(
      [...new Set(examples.map((example) => example.file))],
      [generated],
      "five examples, all from the first file",
    );
    const codes = later.two.checks.find((check) => check.id === "column.code.pattern");
    assert.ok((codes?.unexpected ?? 0) > 0);
  });

  test("a dataset of small files has its later files on the worker, without distinct sets", async () => {
    const bytes = generatedParquet(1500, 500);
    const damaged = Buffer.from(bytes);
    damaged.fill(0xa5, Math.floor(damaged.length / 3), Math.floor(damaged.length / 2));
    const paths = [
      files.write("small-a.parquet", bytes),
      files.write("small-b.parquet", generatedParquet(900, 300)),
      files.write("small-c.parquet", generatedParquet(1200, 1200)),
      files.write("small-d.parquet", generatedParquet(700, 100)),
      files.write("small-e.parquet", damaged),
      files.write("small-f.parquet", Buffer.from("not parquet")),
    ];
    const byFiles: { files: string[]; merged: boolean }[] = [];
    const merged = () => byFiles.map((split) => split.merged);
    const small: ParallelOptions = {
      ...parallel,
      minParquetBytes: 1e9,
      minParquetFilesBytes: 0,
      workerLagBytes: 0,
      onFilesSplit: (split) => byFiles.push(split),
    };
    const one = await validateDataset(paths, COUNTS, { maxExamples: 200 });
    const two = await validateDataset(paths, COUNTS, { maxExamples: 200, parallel: small });
    assert.equal(byFiles.length, 1);
    assert.equal(byFiles[0]?.merged, true);
    const taken = byFiles[0]?.files ?? [];
    assert.ok(taken.length > 2 && taken.length < paths.length, `the worker took ${taken.length} files`);
    // The damaged file and the one that is not Parquet are the worker's.
    assert.deepEqual(taken.slice(-2), paths.slice(-2));
    assert.deepEqual(comparable(two), comparable(one));
    assert.ok(failing(one).includes("file.unreadable"));
    const examples = one.checks.find((check) => check.id === "column.count.min")?.examples ?? [];
    assert.ok(new Set(examples.map((example) => example.file)).size > 2, "examples from several files");

    // A distinct set, a failed worker, too few bytes: the files stay with the main thread.
    byFiles.length = 0;
    assert.deepEqual(
      await validateDataset(paths, GENERATED, { maxExamples: 5, parallel: small }),
      await validateDataset(paths, GENERATED, { maxExamples: 5 }),
    );
    await validateDataset(paths, COUNTS, { parallel: { ...small, minParquetFilesBytes: 1e9 } });
    assert.deepEqual(byFiles, []);
    const idle = files.write("idle-worker.mjs", "// exits without taking its job\n");
    const failed = await validateDataset(paths, COUNTS, {
      maxExamples: 200,
      parallel: { ...small, workerScript: idle },
    });
    assert.deepEqual(merged(), [false]);
    assert.deepEqual(failed, one);
  });

  test("is not split with a single column to decode, nor with row rules", async () => {
    const single = parseSchema("columns:\n  id: { type: integer, unique: true }\n  full: {}\n", "one.yml");
    const rules = parseSchema(
      "columns:\n  id: { type: integer }\n  count: { type: integer }\ndataset:\n  compare: ['count <= id']\n",
      "rules.yml",
    );
    for (const schema of [single, rules]) {
      const { one, two, made } = await bothWays([generated], schema);
      assert.deepEqual(made, []);
      assert.deepEqual(two, one);
    }
  });
});

describe("splitParquetColumns", () => {
  test("gives each column to one thread, the heaviest first to the lighter", async () => {
    const metadata = await readParquetFooter(join(fixtures, "groups-v1.parquet"));
    const validators = parseSchema(
      "columns:\n  id: { type: integer }\n  name: {pattern: x}\n  score: { type: number }\n  small: { type: integer }\n  absent: { type: integer }\n",
      "s.yml",
    ).columns.map((spec) => new ColumnValidator(spec, 3));
    const split = splitParquetColumns(metadata, validators);
    assert.ok(split);
    assert.deepEqual([...split.main, ...split.worker].sort(), [0, 1, 2, 3, 4]);
    // A column the file does not have stays with the main thread (nothing to decode).
    assert.ok(split.main.includes(4));
    assert.ok(split.worker.length > 0);
  });

  test("leaves a column checked for nulls only, told by the statistics, with the main thread", async () => {
    const metadata = await readParquetFooter(files.write("counted.parquet", generatedParquet(3000, 700)));
    const validators = parseSchema(
      "columns:\n  full: { nullable: false }\n  id: { type: integer }\n  small: { type: number }\n",
      "s.yml",
    ).columns.map((spec) => new ColumnValidator(spec, 3));
    const split = splitParquetColumns(metadata, validators);
    assert.deepEqual(split?.worker.length, 1);
    assert.ok(split?.main.includes(0));
    const none = splitParquetColumns(metadata, validators.slice(0, 2));
    assert.equal(none, undefined, "one column to decode: nothing to split");
  });
});
