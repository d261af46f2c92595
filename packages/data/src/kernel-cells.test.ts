import assert from "node:assert/strict";
import { closeSync, openSync } from "node:fs";
import { after, describe, test } from "node:test";
import { mulberry32 as random } from "@mlops-actions/stats";
import { acceptDoubles } from "./batch-doubles.ts";
import { othersFor, plainDecimals, plainIntegers, plainMatches } from "./batch-plain-cells.ts";
import type { FieldBatch } from "./byte-csv-scanner.ts";
import { textsDfa } from "./byte-dfa.ts";
import { readShortInteger, readShortNumber } from "./byte-number.ts";
import { patternTest } from "./byte-pattern.ts";
import type { CheckResult } from "./check-result.ts";
import { ColumnValidator } from "./column-validator.ts";
import { readCsvHeader, scanFileRange } from "./csv-range.ts";
import { KernelCells } from "./kernel-cells.ts";
import { parseSchema } from "./parse-schema.ts";
import { tempFiles } from "./test-files.ts";
import type { ByteTest } from "./value-rules.ts";

const files = tempFiles();
after(files.cleanup);

const pick = <T>(next: () => number, choices: readonly T[]): T =>
  choices[Math.floor(next() * choices.length)] as T;

/** A number-like text of any shape the byte readers meet: signs, points, lengths 0 to 18, junk. */
function numberText(next: () => number): string {
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(next() * 10)).join("");
  const sign = pick(next, ["", "", "", "-", "+", "--"]);
  const whole = digits(Math.floor(next() * 12));
  const shape = next();
  if (shape < 0.4) return `${sign}${whole}`;
  if (shape < 0.8) return `${sign}${whole}.${digits(Math.floor(next() * 8))}`;
  return pick(next, [
    "",
    "-0",
    "+0",
    "-0.0",
    ".5",
    "5.",
    ".",
    "-",
    "1.2.3",
    "1e3",
    " 1",
    "1 ",
    "١٢",
    "é",
    "123456789",
    "1234567890",
    "-999999999",
    "999999999999999",
    "9999999999999999",
    "12345678901234567",
    "123456789012345678",
    "1234567.12345678",
    "0.000000000000001",
  ]);
}

/** A text for the list and pattern tests: mostly plain passes, and near misses, non-ASCII, empty. */
function wordText(next: () => number, i: number): string {
  if (next() < 0.6) return pick(next, ["FR", "DE", "ES", `AB-${String(i % 10000).padStart(4, "0")}`, "abc"]);
  return pick(next, [
    "",
    "Zürich",
    "FRA",
    "F",
    "fr",
    "AB-12345",
    "ÄB-1234",
    "ab-1234",
    "aXc",
    "a€c",
    "abcd",
    "é",
  ]);
}

const COLUMNS = ["n", "m", "w", "v"];

/** Rows of plain fields (no quote, no CR, every row as wide as the header): batches the kernel holds. */
function plainFile(rows: number, seed: number): string {
  const next = random(seed);
  const lines = [`${COLUMNS.join(",")}\n`];
  for (let i = 1; i <= rows; i++)
    lines.push(`${numberText(next)},${numberText(next)},${wordText(next, i)},${wordText(next, i)}\n`);
  return files.write(`plain-${seed}.csv`, lines.join(""));
}

/** Each batch of the file's records after its header, with `check` called on it while it is valid. */
function eachBatch(file: string, bufferBytes: number, check: (batch: FieldBatch) => void): number {
  const fd = openSync(file, "r");
  let held = 0;
  try {
    const options = { delimiter: ",", maxRecordBytes: 1 << 20, bufferBytes };
    const { header } = readCsvHeader(fd, options);
    assert.ok(header);
    scanFileRange(fd, { ...options, from: header.dataStart, line: header.dataLine }, (batch) => {
      if (batch.cells !== undefined) held++;
      check(batch);
    });
  } finally {
    closeSync(fd);
  }
  return held;
}

/** The same batch with no kernel behind it: the JavaScript loops check it. */
const inJavaScript = (batch: FieldBatch): FieldBatch => ({ ...batch, cells: undefined });

function rowsOf(batch: FieldBatch): Int32Array {
  return Int32Array.from({ length: batch.records }, (_, k) => k);
}

/** A first pass's passes and its others, in order. */
function firstPass(run: (others: Int32Array) => number, count: number): { passes: number; others: number[] } {
  const others = othersFor(count);
  const passes = run(others);
  return { passes, others: [...others.subarray(0, count - passes)] };
}

/** Ids that run on with repeats, jumps past a page and back, negatives; decimals; a few out of bounds. */
function statsFile(rows: number, seed: number): string {
  const next = random(seed);
  const lines = ["id,score,age\n"];
  let id = 0;
  for (let i = 1; i <= rows; i++) {
    const roll = next();
    id += 1;
    const shown =
      roll < 0.01
        ? id - Math.floor(next() * 50)
        : roll < 0.012
          ? id + 100_000
          : roll < 0.013
            ? -id
            : roll < 0.014
              ? 0
              : id;
    const score = `${Math.floor(next() * (next() < 0.01 ? 11000 : 10000)) / 100}`;
    const age = next() < 0.005 ? "-0" : next() < 0.01 ? "130" : `${Math.floor(next() * 90)}`;
    lines.push(`${shown},${score},${age}\n`);
    // A cell the kernel does not read, now and then: its batch goes the JavaScript way.
    if (i % 20_000 === 0) lines.push(`${id},+5,1e1\n`);
  }
  return files.write(`stats-${seed}.csv`, lines.join(""));
}

/** Runs `run`, and says how many times `KernelCells.countValues` counted a batch (it is only watched). */
function countedInKernel(run: () => void): number {
  const original = KernelCells.prototype.countValues;
  let counted = 0;
  KernelCells.prototype.countValues = function (this: KernelCells, ...args) {
    const outcome = original.apply(this, args);
    if (outcome !== undefined) counted++;
    return outcome;
  };
  try {
    run();
  } finally {
    KernelCells.prototype.countValues = original;
  }
  return counted;
}

describe("checks in the WebAssembly kernel", () => {
  const file = plainFile(6000, 3);

  for (const bufferBytes of [1 << 20, 5000]) {
    test(`read each number as readShortInteger and readShortNumber do (${bufferBytes}-byte reads)`, () => {
      let cells = 0;
      const held = eachBatch(file, bufferBytes, (batch) => {
        const kernel = batch.cells;
        if (kernel === undefined) return;
        for (const position of [0, 1]) {
          const width = (batch.firstField[1] as number) - (batch.firstField[0] as number);
          const first = (batch.firstField[0] as number) + position;
          for (const fraction of [false, true]) {
            const status = kernel.readNumbers(
              batch.cellsBase,
              first,
              width,
              batch.records,
              fraction,
              undefined,
            );
            assert.ok(status === 0 || status === 1);
            for (let k = 0; k < batch.records; k++) {
              const f = first + k * width;
              const [start, end] = [batch.starts[f] as number, batch.ends[f] as number];
              const expected = fraction
                ? readShortNumber(batch.bytes, start, end, true)
                : readShortInteger(batch.bytes, start, end);
              const text = batch.bytes.toString("utf8", start, end);
              assert.ok(
                Object.is(kernel.values[k], expected),
                `'${text}': ${kernel.values[k]} for ${expected}`,
              );
              cells++;
            }
          }
        }
      });
      assert.ok(held > 0 && cells > 10_000, `${held} batches held, ${cells} cells read`);
    });
  }

  test("count the same passes and others as the JavaScript first passes, bounds on the values met", () => {
    const bounds: [number, number][] = [
      [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
      [0, 999999],
      [-0, 0],
      [-50.5, 100.25],
      [1, 1],
      [123456789, 1234567890],
    ];
    const held = eachBatch(file, 1 << 20, (batch) => {
      const rows = rowsOf(batch);
      const count = batch.records;
      for (const [low, high] of bounds) {
        for (const position of [0, 1]) {
          for (const pass of [plainIntegers, plainDecimals]) {
            const kernel = firstPass(
              (others) => pass(batch, rows, count, position, low, high, others),
              count,
            );
            const plain = firstPass(
              (others) => pass(inJavaScript(batch), rows, count, position, low, high, others),
              count,
            );
            assert.deepEqual(kernel, plain, `${pass.name} [${low}, ${high}] column ${position}`);
          }
        }
      }
    });
    assert.ok(held > 0);
  });

  test("match lists and patterns as the JavaScript automata do, and leave non-ASCII undecided to them", () => {
    const tests: [string, ByteTest][] = [
      ["in list", textsDfa(["FR", "DE", "Zürich", "ES"], true, 256) as ByteTest],
      ["not-in list", textsDfa(["FR", "é", ""], false, 256) as ByteTest],
      ["fixed pattern", patternTest(/^(?:[A-Z]{2}-\d{4})$/) as ByteTest],
      ["pattern", patternTest(/^(?:[A-Za-z]{2}[A-Z]*c?)$/) as ByteTest],
    ];
    for (const [name, byteTest] of tests) assert.ok(byteTest.countInKernel, name);
    const held = eachBatch(file, 1 << 20, (batch) => {
      const rows = rowsOf(batch);
      const count = batch.records;
      for (const [name, byteTest] of tests) {
        // Its tables fit the kernel: the counts below come from there.
        const { cells } = batch;
        if (cells !== undefined)
          assert.ok((byteTest.countInKernel?.(cells, batch.cellsBase, 2, 4, count) ?? -1) >= 0, name);
        for (const position of [2, 3]) {
          const kernel = firstPass(
            (others) => plainMatches(byteTest, batch, rows, count, position, others),
            count,
          );
          const plain = firstPass(
            (others) => plainMatches(byteTest, inJavaScript(batch), rows, count, position, others),
            count,
          );
          assert.deepEqual(kernel, plain, `${name}, column ${position}`);
        }
      }
    });
    assert.ok(held > 0);
  });

  test("keep moments and distinct integers as the general path does, in the kernel for most batches", () => {
    const stats = statsFile(120_000, 9);
    const schema = parseSchema(
      `
columns:
  id: { type: integer, min: -5, max: 150000, unique: true, stats: { mean: { min: 0 }, std: { max: 1 }, min: { min: -200000 }, max: { max: 300000 }, distinct: { min: 1 } } }
  score: { type: number, min: 0, max: 100, stats: { mean: { min: 0 }, std: { max: 100 } } }
  age: { type: integer, min: 0, max: 120, stats: { mean: { max: 100 } } }
`,
      "stats.yml",
    );
    let batches = 0;
    const batched = schema.columns.map((spec) => new ColumnValidator(spec, 5));
    const general = schema.columns.map((spec) => new ColumnValidator(spec, 5));
    const inKernel = countedInKernel(() => {
      eachBatch(stats, 1 << 20, (batch) => {
        batches++;
        const rows = rowsOf(batch);
        schema.columns.forEach((_, position) => {
          batched[position]?.acceptBatch(batch, rows, batch.records, position, undefined, undefined, stats);
          for (let k = 0; k < batch.records; k++) {
            const f = (batch.firstField[k] as number) + position;
            const [start, end] = [batch.starts[f] as number, batch.ends[f] as number];
            const text = start === end ? null : batch.bytes.toString("utf8", start, end);
            general[position]?.accept(text, stats, batch.lines[k] as number);
          }
        });
      });
    });
    const results = (validators: ColumnValidator[]): CheckResult[][] => validators.map((v) => v.results());
    assert.deepEqual(results(batched), results(general));
    // Most of the three columns' batches were counted in the kernel; the rest, the JavaScript way.
    assert.ok(inKernel > batches * 2 && inKernel < batches * 3, `${inKernel} of ${batches * 3}`);
    const failed = results(batched).map(
      (column) => column.filter((result) => result.status === "fail").length,
    );
    assert.ok(
      failed.every((count) => count > 0),
      String(failed),
    );
  });

  test("check decoded doubles (Parquet's) as the general path does, most chunks in the kernel", () => {
    const next = random(13);
    const count = 50_000;
    // Integers that run on with repeats, jumps past a page, negatives and -0; now and then a fraction
    // or a non-finite value, which sends its chunk the JavaScript way.
    const integers = Float64Array.from({ length: count }, (_, i) => {
      const roll = next();
      if (roll < 0.01) return i - Math.floor(next() * 40);
      if (roll < 0.012) return i + 70_000;
      if (roll < 0.013) return -i;
      if (roll < 0.0135) return -0;
      if (i === 20_000) return 1.5;
      if (i === 30_000) return Number.POSITIVE_INFINITY;
      return i;
    });
    const decimals = Float64Array.from({ length: count }, (_, i) =>
      i === 40_000 ? Number.NaN : Math.floor(next() * 11_000) / 100 - (next() < 0.01 ? 200 : 0),
    );
    const schema = parseSchema(
      `
columns:
  id: { type: integer, min: -10, max: 100000, unique: true, stats: { mean: { min: 0 }, max: { max: 1 }, distinct: { min: 1 } } }
  score: { type: number, min: 0, max: 100, unique: true, stats: { mean: { min: 0 }, std: { max: 1 }, min: { min: 0 } } }
  plain: { type: number, min: 0, max: 100 }
`,
      "doubles.yml",
    );
    const columns: Float64Array[] = [integers, decimals, decimals];
    const batched = schema.columns.map((spec) => new ColumnValidator(spec, 5));
    const general = schema.columns.map((spec) => new ColumnValidator(spec, 5));
    const inKernel = countedInKernel(() => {
      columns.forEach((values, i) => {
        // Two row groups, as a reader hands them over.
        acceptDoubles(batched[i] as ColumnValidator, values.subarray(0, 30_000), undefined, 2, "d.parquet");
        acceptDoubles(batched[i] as ColumnValidator, values.subarray(30_000), undefined, 30_002, "d.parquet");
        values.forEach((value, k) => {
          general[i]?.accept(value, "d.parquet", k + 2);
        });
      });
    });
    const results = (validators: ColumnValidator[]): CheckResult[][] => validators.map((v) => v.results());
    assert.deepEqual(results(batched), results(general));
    // 13 chunks a column; the chunks with a fraction, an infinity or NaN, and the id column's first
    // (no page yet), went the JavaScript way.
    assert.ok(inKernel >= 30 && inKernel <= 36, `${inKernel} chunks in the kernel`);
  });

  test("give a column validator the results of the general path, with statistics and distinct values", () => {
    const schema = parseSchema(
      `
columns:
  n: { type: integer, min: -1000, max: 100000000, unique: true, stats: { mean: { min: 0 }, distinct: { min: 1 } } }
  m: { type: number, min: -5, max: 500000, stats: { mean: { min: 0 }, std: { max: 1 }, median: { max: 1 } } }
  w: { type: category, in: [FR, DE, "Zürich", ES], mostly: 0.5 }
  v: { pattern: "[A-Z]{2}-\\\\d{4}" }
`,
      "kernel.yml",
    );
    const batched = schema.columns.map((spec) => new ColumnValidator(spec, 5));
    const general = schema.columns.map((spec) => new ColumnValidator(spec, 5));
    const held = eachBatch(file, 1 << 20, (batch) => {
      const rows = rowsOf(batch);
      schema.columns.forEach((_, position) => {
        batched[position]?.acceptBatch(batch, rows, batch.records, position, undefined, undefined, file);
        for (let k = 0; k < batch.records; k++) {
          const f = (batch.firstField[k] as number) + position;
          const [start, end] = [batch.starts[f] as number, batch.ends[f] as number];
          const text = start === end ? null : batch.bytes.toString("utf8", start, end);
          general[position]?.accept(text, file, batch.lines[k] as number);
        }
      });
    });
    assert.ok(held > 0);
    const results = (validators: ColumnValidator[]): CheckResult[][] => validators.map((v) => v.results());
    assert.deepEqual(results(batched), results(general));
    // Failures of each kind were met.
    for (const columnResults of results(batched))
      assert.ok(columnResults.some((result) => result.status === "fail"));
  });
});
