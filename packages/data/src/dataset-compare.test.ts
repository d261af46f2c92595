import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { CheckResult } from "./check-result.ts";
import { parseSchema } from "./parse-schema.ts";
import { tempFiles } from "./test-files.ts";
import { validateDataset } from "./validate.ts";

const files = tempFiles();
after(files.cleanup);

interface Counts {
  evaluated: number | undefined;
  unexpected: number | undefined;
  lines: (number | undefined)[] | undefined;
}

/** The counts and example lines of `check` after validating `content` (a CSV or JSON Lines file). */
async function run(name: string, content: string, schema: string, check: string): Promise<Counts> {
  const file = files.write(name, content);
  const result = await validateDataset([file], parseSchema(schema, "schema.yml"));
  return countsOf(result.checks.find((candidate) => candidate.id === check));
}

function countsOf(check: CheckResult | undefined): Counts {
  return {
    evaluated: check?.evaluated,
    unexpected: check?.unexpected,
    lines: check?.examples.map((example) => example.line),
  };
}

/**
 * Checks the same rows written as CSV (read by the byte reader) and as JSON Lines (read by the row reader,
 * numbers kept as JSON numbers) give the `expected` counts; JSON Lines has no header, so its lines are
 * one less.
 */
async function assertBothFormats(
  name: string,
  header: string[],
  rows: (string | number)[][],
  schema: string,
  check: string,
  expected: { evaluated: number; unexpected: number; lines: number[] },
): Promise<void> {
  const csv = [header.join(","), ...rows.map((row) => row.join(","))].join("\n");
  const jsonl = rows
    .map((row) => JSON.stringify(Object.fromEntries(header.map((column, i) => [column, row[i]]))))
    .join("\n");
  assert.deepEqual(await run(`${name}.csv`, `${csv}\n`, schema, check), expected, "CSV");
  const jsonlLines = expected.lines.map((line) => line - 1);
  assert.deepEqual(
    await run(`${name}.jsonl`, `${jsonl}\n`, schema, check),
    { ...expected, lines: jsonlLines },
    "JSON Lines",
  );
}

describe("compare between two columns", () => {
  test("date columns with a format compare as dates of that format", async () => {
    const schema = `
columns:
  start: { type: date, format: DD/MM/YYYY }
  end: { type: date, format: DD/MM/YYYY }
dataset:
  compare: [end >= start]
`;
    await assertBothFormats(
      "dates",
      ["start", "end"],
      [
        ["01/02/2024", "15/01/2024"],
        ["01/02/2024", "01/03/2024"],
        ["20/05/2024", "19/05/2024"],
      ],
      schema,
      "dataset.compare.end>=start",
      { evaluated: 3, unexpected: 2, lines: [2, 4] },
    );
  });

  test("an integer column against a number column compares as numbers, each read as its own type", async () => {
    const schema = `
columns:
  a: { type: integer }
  b: { type: number }
dataset:
  compare: ['a > b']
`;
    await assertBothFormats(
      "numbers",
      ["a", "b"],
      [
        [10, 9.5],
        [9, 10.5],
        [3, 2.5],
        [7, 7.5],
      ],
      schema,
      "dataset.compare.a>b",
      { evaluated: 4, unexpected: 2, lines: [3, 5] },
    );
  });

  test("a date column against a datetime column compares instants, the date as midnight UTC", async () => {
    const schema = `
columns:
  start: { type: date }
  end: { type: datetime }
dataset:
  compare: [end >= start]
`;
    const rows = [
      ["2024-01-02", "2024-01-01T23:59:00Z"],
      ["2024-01-02", "2024-01-02T00:00:00Z"],
      ["2024-01-02", "2024-01-02T00:30:00+01:00"],
      ["2024-01-02", "2024-01-03 10:00"],
    ];
    const expected = { evaluated: 4, unexpected: 2, lines: [2, 4] };
    await assertBothFormats(
      "instants",
      ["start", "end"],
      rows,
      schema,
      "dataset.compare.end>=start",
      expected,
    );
    const reversed = schema.replace("end >= start", "start <= end");
    await assertBothFormats(
      "reversed",
      ["start", "end"],
      rows,
      reversed,
      "dataset.compare.start<=end",
      expected,
    );
  });

  test("a string column against an integer column compares as numbers when both cells are numbers, else as text", async () => {
    const schema = `
columns:
  a: { type: string }
  b: { type: integer }
dataset:
  compare: ['a > b']
`;
    await assertBothFormats(
      "mixed",
      ["a", "b"],
      [
        ["10", 9],
        ["9", 10],
        ["100", 20],
        ["abc", 5],
      ],
      schema,
      "dataset.compare.a>b",
      { evaluated: 4, unexpected: 1, lines: [3] },
    );
  });

  test("a cell that is not of its column's type skips the row; the other column's type never does", async () => {
    const schema = `
columns:
  a: { type: integer }
  b: { type: number }
dataset:
  compare: ['a > b']
`;
    const file = files.write("unparsable.csv", "a,b\n10,9.5\nx,1\n9,10.5\n2,y\n");
    const result = await validateDataset([file], parseSchema(schema, "schema.yml"));
    const check = (id: string) => result.checks.find((candidate) => candidate.id === id);
    assert.deepEqual(countsOf(check("dataset.compare.a>b")), { evaluated: 2, unexpected: 1, lines: [4] });
    assert.equal(check("column.a.type")?.unexpected, 1);
    assert.equal(check("column.b.type")?.unexpected, 1);
  });

  test("two string columns compare as text, even when the cells read as numbers", async () => {
    const schema =
      "columns:\n  a: { type: string }\n  b: { type: category }\ndataset:\n  compare: ['a > b']\n";
    const counts = await run("texts.csv", "a,b\n10,9\n9,10\nb,a\n", schema, "dataset.compare.a>b");
    assert.deepEqual(counts, { evaluated: 3, unexpected: 1, lines: [2] });
  });

  test("columns without a type compare as numbers when both cells are numbers, else as text", async () => {
    const schema = "columns:\n  a: {}\ndataset:\n  compare: ['a > b']\n";
    await assertBothFormats(
      "untyped",
      ["a", "b"],
      [
        [10, 9],
        ["b", "a"],
        [10, "x"],
      ],
      schema,
      "dataset.compare.a>b",
      { evaluated: 3, unexpected: 1, lines: [4] },
    );
  });

  test("rows where a side is missing are skipped", async () => {
    const schema =
      "columns:\n  a: { type: integer }\n  b: { type: integer }\ndataset:\n  compare: ['a < b']\n";
    const counts = await run("missing.csv", "a,b\n1,2\n,2\n3,\n4,3\n", schema, "dataset.compare.a<b");
    assert.deepEqual(counts, { evaluated: 2, unexpected: 1, lines: [5] });
  });
});
