import assert from "node:assert/strict";
import { closeSync, openSync } from "node:fs";
import { after, describe, test } from "node:test";
import { mulberry32 as random } from "@mlops-actions/stats";
import type { FieldBatch } from "./byte-csv-scanner.ts";
import { ByteTexts } from "./byte-texts.ts";
import type { CheckResult } from "./check-result.ts";
import { reportsAnything } from "./column-results.ts";
import { ColumnValidator } from "./column-validator.ts";
import { scanFileRange } from "./csv-range.ts";
import { parseSchema } from "./parse-schema.ts";
import type { ColumnSpec } from "./schema.ts";
import { tempFiles } from "./test-files.ts";

const files = tempFiles();
after(files.cleanup);

const SCHEMA = parseSchema(
  `
null-values: [NA]
columns:
  id: { type: integer, unique: true, stats: { distinct: { min: 1 }, median: { min: 0 } } }
  age: { type: integer, nullable: false, min: 0, max: 120, stats: { mean: { min: 0 }, std: { max: 50 } } }
  score: { type: number, min: 0, max: 100, stats: { mean: { min: 0 }, quantiles: { 0.9: { max: 100 } } } }
  big: { type: integer, max: 5000000000, stats: { distinct: { min: 0 } } }
  country: { type: category, nullable: false, in: [FR, DE, "Zürich", ES] }
  segment: { type: category, not-in: [e, "é", x] }
  code: { pattern: "[A-Z]{2}-\\\\d{4}" }
  short: { length: { min: 2, max: 4 }, pattern: "\\\\w+" }
  city: { in: [${Array.from({ length: 300 }, (_, i) => `city-${i}`).join(", ")}] }
  free: { pattern: "(a|b)+" }
  note: {}
  must: { nullable: false }
  day: { type: date }
  when: { type: date, format: DD/MM/YYYY, min: 01/02/2024, unique: true, stats: { distinct: { min: 1 } } }
  flag: { type: boolean }
  yes: { type: boolean, in: [true] }
  tag: { type: string, unique: true, stats: { distinct: { min: 1 } } }
  kind: { type: category, in: [a, b, "é"], stats: { distinct: { max: 3 } } }
`,
  "schema.yml",
);

/** One cell of each column, with failures of every kind planted at random. */
function cells(i: number, next: () => number): string[] {
  const pick = <T>(choices: readonly T[]): T => choices[Math.floor(next() * choices.length)] as T;
  const odd = next() < 0.08;
  return [
    odd
      ? pick(["", "NA", "x1", "1e3", "+7", "-0", "0", "12345678901234567", `${Math.floor(next() * i)}`])
      : `${i}`,
    odd ? pick(["130", "-1", "", "NA", "1.5", "abc", "-1.5", '"42"']) : `${Math.floor(next() * 100)}`,
    odd
      ? pick(["1e2", "-0.5", ".5", "5.", "-1.5", "101", "1234567890.1234567", "", "x"])
      : `${next() * 100}`.slice(0, 6),
    odd ? pick(["9999999999", "-12345678901", "+1", "00"]) : `${Math.floor(next() * 1e6) * 1000}`,
    odd ? pick(["Zürich", "", "NA", "fr", "FRA", "F", '"DE"', '"D""E"']) : pick(["FR", "DE", "ES"]),
    odd ? pick(["e", "é", "x", "", "ab", '"e"']) : pick(["a", "b", "c"]),
    odd
      ? pick(["ab-1234", "AB-12345", "ÄB-1234", '"AB-1234"', ""])
      : `AB-${String(i % 10000).padStart(4, "0")}`,
    odd ? pick(["a", "abcde", "ab c", "é_é", "ééé"]) : pick(["ab", "abc", "a_1"]),
    odd ? pick(["city-300", "City-1", "", "city-"]) : `city-${Math.floor(next() * 300)}`,
    odd ? pick(["c", "aba", "ä"]) : pick(["ab", "ba"]),
    odd ? pick(["", "NA", '"multi\nline"', '""']) : `note ${i}`,
    odd ? pick(["", "NA", '""']) : "x",
    odd ? pick(["2024-02-30", "x", "", "2024-1-31", "２024-01-31"]) : "2024-01-31",
    odd ? pick(["31/01/2024", "29/02/2023", "29/02/2024", "1/2/2024", ""]) : dayText(i),
    odd ? pick(["yes", "TRUE", "False", "1", "0", "", "NA", "trué", "tru"]) : pick(["true", "false"]),
    odd ? pick(["false", "0", "x"]) : "true",
    odd ? pick([`t${Math.floor(next() * i)}`, "ü", '"t""1"', "", "NA", `t${i}é`]) : `t${i}`,
    odd ? pick(["é", "c", "", '"a"']) : pick(["a", "b"]),
  ];
}

const HEADER = SCHEMA.columns.map((column) => column.name);

/** A DD/MM/YYYY date from a row number: 2024 and 2025, a few of them repeated. */
function dayText(i: number): string {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const year = 2024 + (Math.floor(i / 336) % 2);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}

/** A CSV of `rows` rows (a few ragged, one with invalid UTF-8) and its byte batches. */
function generated(rows: number, seed: number): Buffer {
  const next = random(seed);
  const lines: Buffer[] = [Buffer.from(`${HEADER.join(",")}\n`)];
  for (let i = 1; i <= rows; i++) {
    const row = cells(i, next);
    if (next() < 0.002) row.pop();
    lines.push(Buffer.from(`${row.join(",")}\n`));
    if (i === 77) lines.push(Buffer.from([0x41, 0x42, 0xff, 0x2c, 0x0a]));
  }
  return Buffer.concat(lines);
}

interface Outcome {
  batched: CheckResult[][];
  general: CheckResult[][];
}

/**
 * Validates a file's columns both ways: by byte batches (the fast paths) and cell by cell through
 * `accept` (the general path) with each cell's text as the batch decodes it.
 */
function validateBothWays(file: string, columns: readonly ColumnSpec[], bufferBytes: number): Outcome {
  const batched = columns.map((spec) => new ColumnValidator(spec, 5));
  const general = columns.map((spec) => new ColumnValidator(spec, 5));
  const nulls = new Set(SCHEMA.nullValues);
  const nullBytes = new ByteTexts(nulls);
  let rows = new Int32Array(0);
  let header = true;
  const fd = openSync(file, "r");
  try {
    scanFileRange(fd, { delimiter: ",", maxRecordBytes: 1 << 20, from: 0, line: 1, bufferBytes }, (batch) => {
      if (rows.length < batch.records) rows = new Int32Array(batch.records);
      let count = 0;
      for (let r = header ? 1 : 0; r < batch.records; r++) {
        const fields = (batch.firstField[r + 1] as number) - (batch.firstField[r] as number);
        if (fields === HEADER.length) rows[count++] = r;
      }
      header = false;
      columns.forEach((spec, i) => {
        const position = HEADER.indexOf(spec.name);
        batched[i]?.acceptBatch(batch, rows, count, position, nullBytes, nulls, file);
        for (let k = 0; k < count; k++) {
          const r = rows[k] as number;
          const value = cellText(batch, (batch.firstField[r] as number) + position);
          general[i]?.accept(
            value !== null && nulls.has(value) ? null : value,
            file,
            batch.lines[r] as number,
          );
        }
      });
    });
  } finally {
    closeSync(fd);
  }
  return {
    batched: batched.map((validator) => validator.results()),
    general: general.map((validator) => validator.results()),
  };
}

/** A field's text as the row reader has it (null when empty). */
function cellText(batch: FieldBatch, field: number): string | null {
  const start = batch.starts[field] as number;
  if (start < 0) return batch.texts[-1 - start] as string;
  const end = batch.ends[field] as number;
  return start === end ? null : batch.bytes.toString("utf8", start, end);
}

const resultOf = (results: CheckResult[], check: string) => results.find((result) => result.check === check);

describe("ColumnValidator.acceptBatch", () => {
  const file = files.write("generated.csv", generated(6000, 11));

  for (const bufferBytes of [1 << 20, 4096]) {
    test(`every batch path gives the general path's results (${bufferBytes}-byte reads)`, () => {
      const { batched, general } = validateBothWays(file, SCHEMA.columns, bufferBytes);
      SCHEMA.columns.forEach((spec, i) => {
        assert.deepEqual(batched[i], general[i], spec.name);
      });
    });
  }

  test("the planted failures are found", () => {
    const { batched } = validateBothWays(file, SCHEMA.columns, 1 << 20);
    const byName = new Map(SCHEMA.columns.map((spec, i) => [spec.name, batched[i] as CheckResult[]]));
    for (const [column, check] of [
      ["id", "unique"],
      ["id", "type"],
      ["age", "max"],
      ["age", "min"],
      ["age", "nullable"],
      ["score", "type"],
      ["big", "max"],
      ["country", "in"],
      ["segment", "not-in"],
      ["code", "pattern"],
      ["short", "length"],
      ["short", "pattern"],
      ["city", "in"],
      ["free", "pattern"],
      ["must", "nullable"],
      ["day", "type"],
      ["when", "type"],
      ["when", "min"],
      ["when", "unique"],
      ["flag", "type"],
      ["yes", "in"],
      ["tag", "unique"],
      ["kind", "in"],
      ["kind", "stats.distinct"],
    ] as const) {
      const result = resultOf(byName.get(column) ?? [], check);
      assert.equal(result?.status, "fail", `${column}.${check}`);
      if (!check.startsWith("stats."))
        assert.ok((result?.examples.length ?? 0) > 0, `${column}.${check} examples`);
    }
    const rows = resultOf(byName.get("must") ?? [], "nullable")?.evaluated ?? 0;
    assert.ok(rows > 5950 && rows < 6000, `ragged rows are left out (${rows} rows)`);
  });

  test("a column is left unread only when it reports nothing, whichever key it has", () => {
    const keys = [
      ["{}", false],
      ["{ nullable: true, severity: warning, mostly: 0.9, description: free text }", false],
      ["{ type: string }", true],
      ["{ nullable: false }", true],
      ["{ min: 1 }", true],
      ["{ in: [a] }", true],
      ["{ not-in: [a] }", true],
      ["{ pattern: a }", true],
      ["{ length: 1 }", true],
      ["{ format: email }", true],
      ["{ format: YYYY-MM-DD }", true],
      ["{ unique: true }", true],
      ["{ stats: { missing: { max: 1 } } }", true],
      ["{ stats: { distinct: { min: 1 } } }", true],
      ["{ stats: { min: 0 } }", true],
      ["{ stats: { quantiles: { 0.5: {} } } }", true],
    ] as const;
    for (const [yaml, reported] of keys) {
      const spec = parseSchema(`columns:\n  c: ${yaml}\n`, "s.yml").columns[0] as ColumnSpec;
      const validator = new ColumnValidator(spec, 5);
      assert.equal(validator.results().length > 0, reported, yaml);
      assert.equal(reportsAnything(spec, validator.rules), reported, yaml);
    }
  });

  test("a wrong batch path would be caught: a differing rule changes the results", () => {
    const planted = parseSchema(
      "columns:\n  age: { type: integer, nullable: false, min: 0, max: 121 }\n",
      "planted.yml",
    ).columns;
    const age = SCHEMA.columns.filter((spec) => spec.name === "age");
    const mine = validateBothWays(file, age, 1 << 20).batched[0] as CheckResult[];
    const other = validateBothWays(file, planted, 1 << 20).batched[0] as CheckResult[];
    assert.notDeepEqual(resultOf(mine, "max"), resultOf(other, "max"));
  });
});
