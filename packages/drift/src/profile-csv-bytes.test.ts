import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { mulberry32 } from "@mlops-actions/stats";
import type { DatasetProfile } from "./dataset-profile.ts";
import { profileFiles } from "./profile-files.ts";

const scratch = mkdtempSync(join(tmpdir(), "drift-bytes-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

// Cells that take every branch of the classification: plain decimals, numbers only the general path
// reads, texts that look like numbers, missing words, infinities, padded and non-ASCII texts.
const TRICKY = [
  "1e5",
  "-0",
  "+0",
  "0",
  " 3",
  "3 ",
  "0x10",
  "1_000",
  "Infinity",
  "-inf",
  "NaN",
  "nan",
  "NA",
  "null",
  "None",
  "#N/A",
  "",
  "1.",
  ".5",
  "-.5",
  "+",
  "-",
  ".",
  "1.2.3",
  "-1.5",
  "1234567890123456",
  "123456789012345",
  "0.000000000000001",
  "1E-3",
  "12345678901234567890",
  "yes",
  "True",
  "false",
  "red",
  "naïve",
  "ünïcode",
  "日本",
  "inf",
  "-Infinity",
  "n/a",
  "  ",
  "\t7",
  "007",
  "1,5",
  'say "hi"',
  "a\nb",
  "x\r\ny",
  "-1.50",
  "99999999999999999",
];

function cell(random: () => number): string {
  const pick = random();
  if (pick < 0.4)
    return ((random() - 0.5) * 10 ** Math.floor(random() * 8)).toFixed(Math.floor(random() * 5));
  if (pick < 0.55) return String(Math.floor(random() * 20) - 10);
  return TRICKY[Math.floor(random() * TRICKY.length)] as string;
}

function quoteIfNeeded(text: string, random: () => number): string {
  const needs = /[",\r\n]/.test(text) || text !== text.trim();
  return needs || random() < 0.1 ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV of tricky cells, quoted where needed (and sometimes not), with LF or CRLF line ends. */
function writeTricky(name: string, rows: number, seed: number, lineEnd: string): string {
  const random = mulberry32(seed);
  const lines = ['num,mixed,"quoted name",level'];
  for (let i = 0; i < rows; i++) {
    const fields = [
      random() < 0.7 ? (random() * 100).toFixed(3) : cell(random),
      cell(random),
      cell(random),
      String(Math.floor(random() * 5)),
    ];
    lines.push(fields.map((text) => quoteIfNeeded(text, random)).join(","));
  }
  const file = join(scratch, name);
  writeFileSync(file, `\uFEFF${lines.join(lineEnd)}${lineEnd}`);
  return file;
}

/** The same file gzipped: profiled through `readDataset`'s rows, the path the bytes must agree with. */
function gzipped(file: string): string {
  const copy = `${file}.gz`;
  writeFileSync(copy, gzipSync(readFileSync(file)));
  return copy;
}

function assertSameProfile(actual: DatasetProfile, expected: DatasetProfile): void {
  assert.equal(JSON.stringify(actual.toJSON()), JSON.stringify(expected.toJSON()));
  for (const [name, column] of expected.columns) {
    const mine = actual.columns.get(name);
    const [a, b] = [mine?.sortedValues() ?? null, column.sortedValues()];
    assert.equal(a?.length, b?.length, name);
    // -0 and 0 print alike in JSON: the exact values are compared one by one.
    for (let i = 0; i < (b?.length ?? 0); i++) assert.ok(Object.is(a?.[i], b?.[i]), `${name} value ${i}`);
  }
}

async function failure(files: string[], options = {}): Promise<string> {
  try {
    await profileFiles(files, undefined, options);
  } catch (error) {
    return (error as Error).message;
  }
  return "no error";
}

describe("profileFiles from bytes", () => {
  it("profiles tricky CSVs exactly as the row reader does", async () => {
    for (const [seed, lineEnd] of [
      [1, "\n"],
      [2, "\r\n"],
    ] as const) {
      const file = writeTricky(`tricky-${seed}.csv`, 3000, seed, lineEnd);
      assertSameProfile(await profileFiles([file]), await profileFiles([gzipped(file)]));
    }
  });

  it("profiles several files, a TSV among them, as the row reader does", async () => {
    const csv = writeTricky("part-1.csv", 500, 3, "\n");
    const tsv = join(scratch, "part-2.tsv");
    writeFileSync(tsv, "level\tnum\n1\t2.5\n\t1e3\n4\t-0\n");
    const bytes = await profileFiles([csv, tsv]);
    assertSameProfile(bytes, await profileFiles([gzipped(csv), gzipped(tsv)]));
    assert.equal(bytes.rows, 503);
  });

  it("fails on a file problem with the row reader's file:line: message", async () => {
    const cases: [string, string, object?][] = [
      ["ragged.csv", "a,b\n1,2\n3\n"],
      ["utf8.csv", "a,b\n1,2\n3,\xff\n"],
      ["nul.csv", "a,b\n1,2\n3,\0\n"],
      ["quote.csv", 'a,b\n1,2\n3,"open\n4,5\n'],
      ["long.csv", `a,b\n1,2\n3,${"x".repeat(200)}\n`, { maxRecordBytes: 64 }],
      ["duplicate.csv", "a,a\n1,2\n"],
      ["bom-only.csv", "\xef\xbb\xbf"],
    ];
    for (const [name, text, options] of cases) {
      const file = join(scratch, name);
      writeFileSync(file, Buffer.from(text, "latin1"));
      const expected = await failure([gzipped(file)], options);
      assert.notEqual(expected, "no error", name);
      assert.equal(
        (await failure([file], options)).replace(file, "FILE"),
        expected.replace(`${file}.gz`, "FILE"),
      );
    }
  });

  it("profiles a header-only file as an empty profile, as the row reader does", async () => {
    const file = join(scratch, "header-only.csv");
    writeFileSync(file, "a,b\n");
    assertSameProfile(await profileFiles([file]), await profileFiles([gzipped(file)]));
  });
});
