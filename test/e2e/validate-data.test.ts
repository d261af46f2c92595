// validate-data's committed bundle under the runner harness, on small datasets the tests write:
// exact counts of planted violations, every bad-file case, Parquet from pyarrow, inference, bad inputs.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import {
  copyFixture,
  copyParquetFixture,
  failedCounts,
  newWorkspace,
  PLANTED_PARQUET_SCHEMA,
  PLANTED_SCHEMA,
  plantedCsv,
  plantedParquet,
  removeRunTemp,
  removeWorkspaces,
  reportData,
  writeInto,
} from "../fixtures/validate-data/helpers.ts";
import { type BundledRun, runBundled } from "../harness/index.ts";

after(removeWorkspaces);

async function validate(workspace: string, inputs: Record<string, string>): Promise<BundledRun> {
  const run = await runBundled("validate-data", { inputs, workspace, timeoutMs: 60_000 });
  removeRunTemp(run);
  return run;
}

const log = (run: BundledRun) => run.logs.join("\n");

describe("validate-data", () => {
  it("counts exactly the planted violations of each kind and points at file and line", async () => {
    const workspace = newWorkspace();
    writeInto(workspace, "train.csv", plantedCsv(1000));
    writeInto(workspace, "schema.yml", PLANTED_SCHEMA);
    const run = await validate(workspace, { data: "train.csv", schema: "schema.yml", "max-examples": "3" });
    assert.equal(run.exitCode, 1);
    assert.deepEqual(
      { ...run.outputs, report: undefined },
      { valid: "false", errors: "5", warnings: "1", rows: "1000", report: undefined },
    );
    const { status, checks } = reportData(run);
    assert.equal(status, "fail");
    const counts = failedCounts(checks);
    assert.deepEqual(counts, {
      "column.age.type": 20,
      "column.age.min": 20,
      "column.age.nullable": 20,
      "column.country.in": 20,
      "dataset.compare.end>=start": 20,
      "column.email.format": 20,
    });
    assert.deepEqual(checks.get("column.age.min")?.examples, [
      { value: "-5", file: "train.csv", line: 2 },
      { value: "-5", file: "train.csv", line: 52 },
      { value: "-5", file: "train.csv", line: 102 },
    ]);
    assert.deepEqual(checks.get("column.age.min")?.rule, { file: "schema.yml", line: 5, column: 42 });
    const ageMin = run.annotations.find((a) => a.title === "validate-data: column.age.min");
    assert.deepEqual([ageMin?.level, ageMin?.file, ageMin?.line], ["error", "train.csv", 2]);
    const email = run.annotations.find((a) => a.title === "validate-data: column.email.format");
    assert.deepEqual([email?.level, email?.file, email?.line], ["warning", "train.csv", 5]);
    assert.match(run.summary, /<h2>Validate data<\/h2>/);
    assert.match(run.summary, /1000 rows in 1 file: 5 error/);
    assert.match(run.summary, /train\.csv:2: &#45;5/);
  });

  it("passes a clean glob of CSV and gzip JSON Lines as one dataset", async () => {
    const workspace = newWorkspace();
    writeInto(workspace, "part-1.csv", "id,score,label\r\n1,0.5,cat\r\n2,1.5,dog\r\n");
    writeInto(
      workspace,
      "part-2.jsonl.gz",
      '{"id":3,"score":2.5,"label":"cat"}\n{"id":4,"score":3,"label":"dog"}\n',
      true,
    );
    writeInto(
      workspace,
      "schema.yml",
      "columns:\n  id: { type: integer, unique: true }\n  score: { type: number, stats: { mean: { min: 1.8, max: 1.9 }, min: 0.5, max: { max: 3 } } }\n  label: { type: category, in: [cat, dog] }\ndataset:\n  rows: 4\n  unique: [[id, label]]\n",
    );
    const run = await validate(workspace, { data: "part-*", schema: "schema.yml" });
    assert.equal(run.exitCode, 0, log(run));
    assert.equal(run.outputs.valid, "true");
    assert.equal(run.outputs.rows, "4");
    const { status, data, checks } = reportData(run);
    assert.equal(status, "pass");
    assert.deepEqual(
      (data.files as { file: string; rows: number }[]).map((f) => [f.file, f.rows]),
      [
        ["part-1.csv", 2],
        ["part-2.jsonl.gz", 2],
      ],
    );
    assert.equal(checks.get("column.score.stats.mean")?.observed, 1.875);
    // The smallest score is in the CSV file, the largest in the JSON Lines one.
    assert.deepEqual(
      ["min", "max"].map((stat) => checks.get(`column.score.stats.${stat}`)?.observed),
      [0.5, 3],
    );
    assert.deepEqual(run.annotations, []);
  });

  it("fail-on decides the exit status; warnings alone pass by default", async () => {
    const workspace = newWorkspace();
    writeInto(workspace, "d.csv", "email\na@b.org\nnot-an-email\n");
    writeInto(workspace, "schema.yml", "columns:\n  email: { format: email, severity: warning }\n");
    const byDefault = await validate(workspace, { data: "d.csv", schema: "schema.yml" });
    assert.deepEqual(
      [byDefault.exitCode, byDefault.outputs.valid, reportData(byDefault).status],
      [0, "true", "warn"],
    );
    const strict = await validate(workspace, { data: "d.csv", schema: "schema.yml", "fail-on": "warning" });
    assert.deepEqual([strict.exitCode, reportData(strict).status], [1, "fail"]);
    writeInto(workspace, "strict.yml", "columns:\n  email: { format: email }\n");
    const never = await validate(workspace, { data: "d.csv", schema: "strict.yml", "fail-on": "never" });
    assert.deepEqual([never.exitCode, never.outputs.valid, reportData(never).status], [0, "false", "warn"]);
  });

  const badFiles: {
    name: string;
    content: string | Buffer;
    kind: string;
    line?: number;
    inputs?: Record<string, string>;
  }[] = [
    { name: "ragged.csv", content: "a,b\n1,2\n3,4,5\n", kind: "ragged-row", line: 3 },
    { name: "quote.csv", content: 'a,b\n1,2\n3,"open\n4,5\n', kind: "unterminated-quote", line: 3 },
    {
      name: "utf8.csv",
      content: Buffer.from([...Buffer.from("a,b\n1,"), 0xe2, 0x28, 0xa1, 10]),
      kind: "invalid-utf8",
      line: 2,
    },
    { name: "nul.csv", content: "a,b\n1,2\n3,\0\n", kind: "nul-byte", line: 3 },
    { name: "empty.csv", content: "", kind: "empty-file" },
    { name: "header.csv", content: "a,b\n", kind: "header-only", line: 1 },
    { name: "dupes.csv", content: "a,b,a\n1,2,3\n", kind: "duplicate-columns", line: 1 },
    { name: "semi.csv", content: "a;b\n1;2\n", kind: "wrong-delimiter", line: 1, inputs: { delimiter: "," } },
    {
      name: "long.csv",
      content: `a,b\n1,2\n3,${"x".repeat(10 * 1024 * 1024)}\n`,
      kind: "record-too-long",
      line: 3,
    },
    { name: "bad.jsonl", content: '{"a":1,"b":2}\n{"a":\n', kind: "invalid-json", line: 2 },
    {
      name: "damaged.csv.gz",
      content: Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.from("not deflate data")]),
      kind: "unreadable",
      line: 1,
    },
  ];
  for (const bad of badFiles) {
    it(`a bad file is a finding, not a crash: ${bad.kind}`, async () => {
      const workspace = newWorkspace();
      writeInto(workspace, bad.name, bad.content);
      writeInto(workspace, "schema.yml", "columns:\n  a: {}\n");
      const run = await validate(workspace, { data: bad.name, schema: "schema.yml", ...bad.inputs });
      assert.equal(run.exitCode, 1);
      assert.doesNotMatch(log(run), /Internal error|at .*\.js:\d+/);
      const check = reportData(run).checks.get(`file.${bad.kind}`);
      assert.equal(
        check?.status,
        "fail",
        `no file.${bad.kind} in ${[...reportData(run).checks.keys()].join(", ")}`,
      );
      assert.equal(check?.examples[0]?.file, bad.name);
      assert.equal(check?.examples[0]?.line, bad.line);
      const annotation = run.annotations.find((a) => a.title === `validate-data: file.${bad.kind}`);
      assert.equal(annotation?.file, bad.name);
      assert.equal(annotation?.line, bad.line);
    });
  }

  it("validates a Parquet file written by pyarrow (zstd), reading only the needed columns", async () => {
    const workspace = newWorkspace();
    copyParquetFixture(workspace, "people-zstd.parquet");
    writeInto(
      workspace,
      "schema.yml",
      "columns:\n  id: { type: integer, unique: true }\n  score: { type: number, min: 0, nullable: false }\n  day: { type: date }\n",
    );
    const run = await validate(workspace, { data: "*.parquet", schema: "schema.yml" });
    assert.equal(run.exitCode, 1);
    const { checks } = reportData(run);
    assert.deepEqual(checks.get("column.score.min")?.examples, [
      { value: "-1.5", file: "people-zstd.parquet", line: 5 },
    ]);
    assert.deepEqual(checks.get("column.score.nullable")?.examples, [
      { value: "null", file: "people-zstd.parquet", line: 3 },
    ]);
    assert.equal(checks.get("column.day.type")?.status, "pass");
    assert.equal(run.outputs.rows, "10");
  });

  it("validates a CSV file of 80 MiB or more on two threads with the exact counts, a repeat across the cut", async () => {
    // 80 MiB: large enough to be split on two cores too (24 MiB on three or more).
    const rows = 1_450_000;
    const workspace = newWorkspace();
    const csv = plantedCsv(rows);
    // The last row repeats row 7 (line 8), far across the cut.
    const repeated = csv.split("\n", 8)[7] as string;
    writeInto(workspace, "train.csv", `${csv}${repeated}\n`);
    assert.ok(csv.length >= 80 * 1024 * 1024, `${csv.length} bytes`);
    writeInto(workspace, "schema.yml", PLANTED_SCHEMA);
    const run = await validate(workspace, { data: "train.csv", schema: "schema.yml", "max-examples": "2" });
    assert.ok(
      run.debug.some((line) => /^train\.csv: validated on two threads, cut at byte \d+$/.test(line)),
      run.debug.join("\n"),
    );
    assert.equal(run.outputs.rows, String(rows + 1));
    const { checks } = reportData(run);
    const counts = failedCounts(checks);
    const each = rows / 50;
    assert.deepEqual(counts, {
      "column.id.unique": 1,
      "column.age.type": each,
      "column.age.min": each,
      "column.age.nullable": each,
      "column.country.in": each,
      "dataset.compare.end>=start": each,
      "column.email.format": each,
    });
    assert.deepEqual(checks.get("column.id.unique")?.examples, [
      { value: "7", file: "train.csv", line: rows + 2 },
    ]);
    assert.deepEqual(
      checks.get("column.country.in")?.examples.map((example) => example.line),
      [6, 56],
    );
  });

  it("a schema error ends the run at once even when a worker thread was started for a large file", async () => {
    const workspace = newWorkspace();
    writeInto(
      workspace,
      "big.csv",
      Buffer.concat([Buffer.from("n\n"), Buffer.alloc(82 * 1024 * 1024, "7\n")]),
    );
    writeInto(workspace, "big.parquet", Buffer.alloc(13 * 1024 * 1024));
    writeInto(workspace, "schema.yml", "columns:\n  n: { type: integr }\n");
    for (const data of ["big.csv", "big.parquet"]) {
      const run = await runBundled("validate-data", {
        inputs: { data, schema: "schema.yml" },
        workspace,
        timeoutMs: 20_000,
      });
      removeRunTemp(run);
      assert.equal(run.exitCode, 1, data);
      assert.match(log(run), /schema\.yml:2:\d+: type is 'integr'; did you mean 'integer'\?/);
    }
  });

  it("validates a Parquet file of 12 MiB or more with its columns on two threads, with the exact counts", async () => {
    // 12 MiB: large enough to be split on two cores too (8 MiB on three or more).
    const rows = 450_000;
    const workspace = newWorkspace();
    const parquet = plantedParquet(rows);
    assert.ok(parquet.length >= 12 * 1024 * 1024, `${parquet.length} bytes`);
    writeInto(workspace, "train.parquet", parquet);
    writeInto(workspace, "schema.yml", PLANTED_PARQUET_SCHEMA);
    const run = await validate(workspace, {
      data: "train.parquet",
      schema: "schema.yml",
      "max-examples": "3",
    });
    assert.ok(
      run.debug.some((line) => /^train\.parquet: columns [a-z, ]+ validated on a worker thread$/.test(line)),
      run.debug.join("\n"),
    );
    assert.equal(run.exitCode, 1);
    assert.deepEqual(
      { ...run.outputs, report: undefined },
      { valid: "false", errors: "4", warnings: "1", rows: String(rows), report: undefined },
    );
    const { checks } = reportData(run);
    const counts = failedCounts(checks);
    const each = rows / 50;
    assert.deepEqual(counts, {
      "column.id.unique": 1,
      "column.age.min": each,
      "column.age.nullable": each,
      "column.country.in": each,
      "column.email.format": each,
    });
    assert.deepEqual(checks.get("column.id.unique")?.examples, [
      { value: "7", file: "train.parquet", line: rows },
    ]);
    assert.deepEqual(
      checks.get("column.age.min")?.examples.map((example) => example.line),
      [1, 51, 101],
    );
    assert.equal(checks.get("column.score.stats.mean")?.status, "pass");
  });

  it("accepts a Great Expectations suite (JSON) and counts the same violations", async () => {
    const workspace = newWorkspace();
    const rows = ["id,age,country"];
    for (let i = 1; i <= 200; i++) {
      const age = i % 40 === 0 ? "" : i % 25 === 0 ? "130" : String(20 + (i % 50));
      rows.push(`${i % 100 === 0 ? 1 : i},${age},${i % 30 === 0 ? "UK" : "FR"}`);
    }
    writeInto(workspace, "train.csv", `${rows.join("\n")}\n`);
    copyFixture(workspace, "gx-suite.json");
    const run = await validate(workspace, { data: "train.csv", schema: "gx-suite.json" });
    assert.equal(run.exitCode, 1);
    const counts = failedCounts(reportData(run).checks);
    assert.deepEqual(counts, {
      "column.id.unique": 2,
      "column.age.nullable": 5,
      "column.age.max": 7,
      "column.country.in": 6,
    });
  });

  it("infers a schema with comments, and the inferred schema validates the data it came from", async () => {
    const workspace = newWorkspace();
    writeInto(
      workspace,
      "data.tsv",
      "id\tcity\tprice\tday\n1\tParis\t9.5\t2024-01-01\n2\tRome\t12\t2024-01-02\n3\tParis\t\t2024-01-03\n4\tRome\t7.25\t2024-01-04\n",
    );
    const inferred = await validate(workspace, {
      data: "data.tsv",
      schema: "schemas/data.yml",
      infer: "true",
    });
    assert.equal(inferred.exitCode, 0, log(inferred));
    const text = readFileSync(join(workspace, "schemas", "data.yml"), "utf8");
    assert.match(text, /# observed: 3 value\(s\), 1 missing, 3 distinct, range 7\.25 \.\. 12/);
    assert.match(text, /city:\n.*\n\s+type: category/);
    assert.equal(reportData(inferred).data.mode, "infer");
    const run = await validate(workspace, { data: "data.tsv", schema: "schemas/data.yml" });
    assert.equal(run.exitCode, 0, log(run));
    assert.equal(reportData(run).status, "pass");
  });

  it("infers from what a damaged file gives, and warns where it went wrong", async () => {
    const workspace = newWorkspace();
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},${i % 7}`).join("\n");
    const whole = gzipSync(`id,group\n${rows}\n`);
    writeInto(workspace, "cut.csv.gz", whole.subarray(0, whole.length >> 1));
    const run = await validate(workspace, { data: "cut.csv.gz", schema: "inferred.yml", infer: "true" });
    assert.equal(run.exitCode, 0, log(run));
    assert.equal(run.outputs.warnings, "1");
    const [warning, ...others] = run.annotations.filter((a) => a.level === "warning");
    assert.deepEqual(others, []);
    assert.equal(warning?.title, "validate-data: file.unreadable");
    assert.equal(warning?.file, "cut.csv.gz");
    assert.ok((warning?.line ?? 0) > 1, `line ${warning?.line}`);
    assert.match(readFileSync(join(workspace, "inferred.yml"), "utf8"), /id:/);
  });

  it("a schema mistake is one error line with file:line:col and a suggestion", async () => {
    const workspace = newWorkspace();
    writeInto(workspace, "d.csv", "a\n1\n");
    writeInto(workspace, "schema.yml", "columns:\n  a:\n    type: integer\n    nulable: false\n");
    const run = await validate(workspace, { data: "d.csv", schema: "schema.yml" });
    assert.equal(run.exitCode, 1);
    assert.deepEqual(
      run.annotations.map((a) => [a.level, a.file, a.line, a.message]),
      [
        [
          "error",
          "schema.yml",
          4,
          "schema.yml:4:5: unknown key 'nulable' in column 'a'; did you mean 'nullable'?",
        ],
      ],
    );
    assert.equal(run.reports.length, 0);
  });

  it("bad inputs fail before any work, with one line naming the input", async () => {
    const workspace = newWorkspace();
    writeInto(workspace, "d.csv", "a\n1\n");
    writeInto(workspace, "schema.yml", "columns:\n  a: {}\n");
    const cases: [Record<string, string>, RegExp][] = [
      [
        { data: "d.csv", schema: "schema.yml", format: "xlsx" },
        /^Input 'format' has value 'xlsx': expected one of/,
      ],
      [
        { data: "missing-*.csv", schema: "schema.yml" },
        /^Input 'data' has value 'missing-\*\.csv': expected a glob that matches/,
      ],
      [
        { data: "d.csv", schema: "nope.yml" },
        /^Input 'schema' has value 'nope\.yml': expected an existing file/,
      ],
      [
        { data: "d.csv", schema: "schema.yml", "max-examples": "lots" },
        /^Input 'max-examples' has value 'lots'/,
      ],
      [
        { data: "d.csv", schema: "schema.yml", delimiter: ";;" },
        /^Input 'delimiter' has value ';;': expected one character/,
      ],
    ];
    for (const [inputs, message] of cases) {
      const run = await validate(workspace, inputs);
      assert.equal(run.exitCode, 1);
      const errors = run.annotations.filter((a) => a.level === "error");
      assert.equal(errors.length, 1, JSON.stringify(run.annotations));
      assert.match(errors[0]?.message ?? "", message);
      assert.equal(run.reports.length, 0);
    }
  });
});
