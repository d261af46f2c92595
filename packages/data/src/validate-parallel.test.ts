import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import { parseSchema } from "./parse-schema.ts";
import { comparable, tempFiles } from "./test-files.ts";
import {
  type ParallelOptions,
  type ValidateOptions,
  type ValidationResult,
  validateDataset,
} from "./validate.ts";
import { ValidationWorker } from "./validate-worker.ts";

const files = tempFiles();
after(files.cleanup);

type Split = { file: string; merged: boolean };
const splits: Split[] = [];
const parallel: ParallelOptions = {
  workerScript: new URL("./validate-worker-main.ts", import.meta.url),
  minBytes: 0,
  workerLagBytes: 0,
  maxLoad: Number.POSITIVE_INFINITY,
  onSplit: ({ file, merged }) => splits.push({ file, merged }),
};

/** The splits made while `run` ran. */
async function splitsOf<T>(run: () => Promise<T>): Promise<{ value: T; splits: typeof splits }> {
  splits.length = 0;
  const value = await run();
  return { value, splits: [...splits] };
}

const COLUMNS = `
null-values: [NA]
columns:
  id: { type: integer, unique: true, stats: { distinct: { min: 1 } } }
  age: { type: integer, nullable: false, min: 0, max: 120, stats: { median: { min: 0 }, quantiles: { 0.9: { max: 200 } } } }
  score: { type: number, min: 0, stats: { mean: { min: 0 }, std: { max: 1000 }, missing: { max: 0.5 } } }
  country: { type: category, in: [FR, DE, IT, "Zürich"] }
  code: { pattern: "[A-Z]{2}-\\\\d{3}", length: { max: 6 } }
  tag: { type: string, unique: true }
  day: { type: date }
  note: {}
`;

const SCHEMA = parseSchema(
  `${COLUMNS}dataset:
  unique: [[country, code]]
  no-duplicate-rows: true
  compare: ['score >= age']
`,
  "schema.yml",
);

const HEADER = "id,age,score,country,code,tag,day,note";

/**
 * `rows` rows with failures of every kind all over the file: ids and tags repeated far apart (across
 * any split), nulls and NA, bad numbers, quoted fields with escaped quotes and line breaks, CRLF.
 */
function planted(rows: number): string {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++) {
    const id = i % 97 === 0 ? i - Math.floor(rows / 2) : i;
    const age = i % 31 === 0 ? "-4" : i % 37 === 0 ? "" : i % 41 === 0 ? "x1" : String(i % 90);
    const score = i % 43 === 0 ? "NA" : i % 47 === 0 ? "1e3" : (i * 0.37).toFixed(2);
    const country = ["FR", "DE", "IT", "Zürich", "ES"][i % 5] as string;
    const code =
      i % 53 === 0 ? '"A""B"' : i % 59 === 0 ? '"AB-1\n23"' : `AB-${String(i % 1000).padStart(3, "0")}`;
    const tag = `t${i % 61 === 0 ? 1 : i}`;
    const day = i % 67 === 0 ? "2024-02-30" : `2024-0${1 + (i % 9)}-1${i % 10}`;
    const note = i % 71 === 0 ? 'héllo, "quoted"' : `n${i % 7}`;
    lines.push(`${id},${age},${score},${country},${code},${tag},${day},"${note.replaceAll('"', '""')}"`);
    if (i % 500 === 0) lines.push(lines[lines.length - 1] as string);
    if (i % 733 === 0) lines.push("1,2");
  }
  return `${lines.join(rows % 2 === 0 ? "\r\n" : "\n")}\n`;
}

function validate(paths: string[], options: ValidateOptions = {}): Promise<ValidationResult> {
  return validateDataset(paths, SCHEMA, { maxExamples: 7, ...options });
}

/** SCHEMA without its dataset rules (row rules keep a dataset of small files on one thread). */
const COLUMNS_ONLY = parseSchema(COLUMNS, "columns.yml");

/** A dataset of small files of every kind: planted rows, reordered and missing columns, bad bytes, empty. */
function smallFiles(): string[] {
  const reordered = planted(400)
    .split("\n")
    .map((line) => line.split(",").reverse().join(","))
    .join("\n");
  return [
    files.write("many-a.csv", planted(900)),
    files.write("many-b.csv", planted(700)),
    files.write("many-c.csv", ""),
    files.write("many-d.csv", `${HEADER}\n`),
    files.write("many-e.csv", reordered),
    files.write("many-f.csv", planted(500).replace("id,", "ident,")),
    files.write(
      "many-g.csv",
      Buffer.concat([Buffer.from(planted(300)), Buffer.from([0xff, 0x2c, 0]), Buffer.from("\n")]),
    ),
    files.write("many-h.csv", planted(800)),
  ];
}

describe("validateDataset of many small files on two threads", () => {
  const filesSplits: { files: string[]; merged: boolean }[] = [];
  const byFiles: ParallelOptions = {
    ...parallel,
    minBytes: 100_000,
    minFilesBytes: 100_000,
    onFilesSplit: (split) => filesSplits.push(split),
  };

  test("the later files go to the worker, and the result is the one-thread one", async () => {
    const paths = smallFiles();
    const one = await validateDataset(paths, COLUMNS_ONLY, { maxExamples: 7 });
    filesSplits.length = 0;
    const two = await validateDataset(paths, COLUMNS_ONLY, { maxExamples: 7, parallel: byFiles });
    assert.equal(filesSplits.length, 1);
    const [split] = filesSplits;
    assert.equal(split?.merged, true);
    assert.ok(split && split.files.length > 1 && split.files.length < paths.length, "files on both threads");
    assert.deepEqual(split?.files, paths.slice(paths.length - (split?.files.length ?? 0)));
    assert.deepEqual(comparable(two), comparable(one));
    // Repeats of the main thread's ids in the worker's files are found, on their lines, in file order.
    const unique = one.checks.find((check) => check.id === "column.id.unique");
    assert.ok((unique?.unexpected ?? 0) > 1000);
    assert.ok(one.checks.some((check) => check.id === "file.empty-file"));
    assert.ok(one.checks.some((check) => check.id === "file.invalid-utf8"));
  });

  test("with more examples than the main thread's files fill, the worker's come after, in file order", async () => {
    const paths = smallFiles();
    const one = await validateDataset(paths, COLUMNS_ONLY, { maxExamples: 1000 });
    filesSplits.length = 0;
    const two = await validateDataset(paths, COLUMNS_ONLY, { maxExamples: 1000, parallel: byFiles });
    assert.deepEqual(
      filesSplits.map((split) => split.merged),
      [true],
    );
    assert.deepEqual(comparable(two), comparable(one));
    const unique = two.checks.find((check) => check.id === "column.tag.unique");
    const files = new Set(unique?.examples.map((example) => example.file));
    assert.ok(files.size > 2, "repeats from several files");
  });

  test("a worker that fails leaves its files to the main thread; row rules, or too few bytes, keep them there", async () => {
    const paths = smallFiles();
    const one = await validateDataset(paths, COLUMNS_ONLY, { maxExamples: 7 });
    const idle = files.write("idle-worker.mjs", "// exits without taking its job\n");
    filesSplits.length = 0;
    const failed = await validateDataset(paths, COLUMNS_ONLY, {
      maxExamples: 7,
      parallel: { ...byFiles, workerScript: idle },
    });
    assert.deepEqual(
      filesSplits.map((split) => split.merged),
      [false],
    );
    assert.deepEqual(failed, one);
    filesSplits.length = 0;
    await validateDataset(paths, SCHEMA, { maxExamples: 7, parallel: byFiles });
    await validateDataset(paths, COLUMNS_ONLY, { parallel: { ...byFiles, minFilesBytes: 1e9 } });
    assert.deepEqual(filesSplits, []);
  });
});

describe("validateDataset on two threads", () => {
  test("gives the one-thread result, with repeats across the split found on their lines", async () => {
    const file = files.write("planted.csv", planted(6000));
    const one = await validate([file]);
    const { value: two, splits } = await splitsOf(() => validate([file], { parallel }));
    assert.deepEqual(splits, [{ file, merged: true }]);
    assert.deepEqual(comparable(two), comparable(one));
    const unique = one.checks.find((check) => check.id === "column.id.unique");
    assert.ok((unique?.unexpected ?? 0) > 20, "ids of the first half repeat in the second");
    assert.equal(unique?.examples.length, 7);
    assert.ok(one.checks.some((check) => check.id === "file.ragged-row"));
  });

  test("gives the row reader's result (gzip is read by rows), examples and file problems alike", async () => {
    const bad = Buffer.concat([
      Buffer.from("5,6,7,FR,AB-005,bad,2024-01-01,n"),
      Buffer.from([0xff, 0, 0xe6]),
    ]);
    const text = Buffer.concat([Buffer.from(planted(3001)), bad, Buffer.from("\n"), bad]);
    const plain = files.write("rows.csv", text);
    const dir = join(plain, "..", "gz");
    mkdirSync(dir, { recursive: true });
    const gz = join(dir, "rows.csv");
    writeFileSync(gz, gzipSync(text));
    const byRows = JSON.stringify(await validate([gz])).replaceAll(gz, plain);
    const { value: byBytes, splits } = await splitsOf(() => validate([plain], { parallel }));
    assert.deepEqual(splits, [{ file: plain, merged: true }]);
    assert.deepEqual(comparable(byBytes), comparable(JSON.parse(byRows) as ValidationResult));
  });

  test("a split guessed inside a quoted field is caught, and the main thread reads on alone", async () => {
    const body = Array.from({ length: 4000 }, (_, i) => `line ${i}`).join("\n");
    const text = `${HEADER}\n1,5,6,FR,AB-001,a,2024-01-01,"${body}"\n2,5,6,FR,AB-002,b,2024-01-02,x\n1,5,6,FR,AB-003,c,2024-01-03,y\n`;
    const file = files.write("quoted.csv", text);
    const one = await validate([file]);
    const { value: two, splits } = await splitsOf(() => validate([file], { parallel }));
    assert.deepEqual(splits, [{ file, merged: false }]);
    assert.deepEqual(comparable(two), comparable(one));
    const unique = two.checks.find((check) => check.id === "column.id.unique");
    assert.deepEqual(unique?.examples, [{ value: "1", file, line: 4003 }]);
  });

  test("several split files are one dataset: repeats across files and halves, summaries per file", async () => {
    const a = files.write("part-a.csv", planted(2500));
    const b = files.write("part-b.csv", planted(2000));
    const one = await validate([a, b]);
    const worker = new ValidationWorker(parallel.workerScript);
    const { value: two, splits } = await splitsOf(() =>
      validate([a, b], { parallel: { ...parallel, worker } }),
    );
    // One worker for both files, stopped at the end.
    assert.equal(worker.jobs, 2);
    assert.equal(worker.usable, false);
    assert.deepEqual(splits, [
      { file: a, merged: true },
      { file: b, merged: true },
    ]);
    assert.deepEqual(comparable(two), comparable(one));
    assert.deepEqual(
      two.files.map((summary) => summary.file),
      [a, b],
    );
  });

  test("a file below minBytes, or a machine busier than maxLoad, is validated on one thread", async () => {
    const file = files.write("small.csv", planted(300));
    const { splits: small } = await splitsOf(() =>
      validate([file], { parallel: { ...parallel, minBytes: 1e9 } }),
    );
    const { splits: busy } = await splitsOf(() =>
      validate([file], { parallel: { ...parallel, maxLoad: -1 } }),
    );
    assert.deepEqual([small, busy], [[], []]);
  });
});
