import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { CheckResult } from "./check-result.ts";
import { parseSchema } from "./parse-schema.ts";
import { tempFiles } from "./test-files.ts";
import { validateDataset } from "./validate.ts";

const files = tempFiles();
after(files.cleanup);

const SCHEMA = `
columns:
  id: { type: integer, unique: true }
  age: { type: integer, nullable: false, min: 0, max: 120 }
  email: { format: email, severity: warning }
  country: { type: category, in: [FR, DE, IT] }
  code: { pattern: "[A-Z]{2}-\\\\d{3}", mostly: 0.95 }
  start: { type: date }
  end: { type: date }
dataset:
  rows: { min: 2000 }
  columns: { match: exact, ordered: true }
  no-duplicate-rows: true
  compare: [end >= start]
`;

/** 1000 rows; each kind of violation is planted in 20 known rows (i % 50), disjoint from the others. */
function generate(): { text: string; lineOf: (i: number) => number } {
  const lines = ["id,age,email,country,code,start,end"];
  for (let i = 1; i <= 1000; i++) {
    const kind = i % 50;
    const id = i % 250 === 0 ? i - 1 : i;
    const age = kind === 1 ? "-1" : kind === 2 ? "abc" : kind === 3 ? "" : String(i % 90);
    const email = kind === 4 ? "not-an-email" : `user${i}@example.com`;
    const country = kind === 5 ? "XX" : ["FR", "DE", "IT"][i % 3];
    const code = kind === 7 ? "bad" : `AB-${String(i % 1000).padStart(3, "0")}`;
    const end = kind === 6 ? "2023-12-31" : "2024-06-30";
    lines.push(`${id},${age},${email},${country},${code},2024-01-01,${end}`);
  }
  lines.push(lines[10] ?? "", lines[10] ?? "", lines[10] ?? "");
  return { text: `${lines.join("\n")}\n`, lineOf: (i) => i + 1 };
}

function byId(checks: CheckResult[]): Map<string, CheckResult> {
  return new Map(checks.map((check) => [check.id, check]));
}

describe("validateDataset", () => {
  test("counts exactly the planted violations of each kind, with examples on the right lines", async () => {
    const { text, lineOf } = generate();
    const file = files.write("planted.csv", text);
    const result = await validateDataset([file], parseSchema(SCHEMA, "schema.yml"), { maxExamples: 5 });
    const checks = byId(result.checks);
    const unexpected = (id: string) => checks.get(id)?.unexpected;
    assert.equal(result.rows, 1003);
    assert.equal(unexpected("column.age.type"), 20);
    assert.equal(unexpected("column.age.min"), 20);
    assert.equal(unexpected("column.age.nullable"), 20);
    assert.equal(unexpected("column.email.format"), 20);
    assert.equal(unexpected("column.country.in"), 20);
    assert.equal(unexpected("column.code.pattern"), 20);
    assert.equal(unexpected("dataset.compare.end>=start"), 20);
    assert.equal(unexpected("column.id.unique"), 4 + 3);
    assert.equal(unexpected("dataset.no-duplicate-rows"), 3);
    assert.equal(checks.get("dataset.rows")?.observed, 1003);
    assert.deepEqual(
      checks.get("column.age.min")?.examples.map((example) => [example.value, example.line]),
      [1, 51, 101, 151, 201].map((i) => ["-1", lineOf(i)]),
    );
    assert.equal(checks.get("column.age.min")?.rule?.line, 4);
    assert.equal(checks.get("column.code.pattern")?.status, "pass", "2% failures pass mostly: 0.95");
    assert.equal(checks.get("column.email.format")?.severity, "warning");
    assert.equal(checks.get("dataset.columns")?.status, "pass");
    assert.equal(checks.get("column.age.max")?.status, "pass");
    assert.equal(result.warnings, 1);
    assert.equal(result.errors, 8);
    assert.equal(result.valid, false);
    assert.deepEqual(
      result.checks.slice(0, 9).map((check) => [check.status, check.severity]),
      [...Array(8).fill(["fail", "error"]), ["fail", "warning"]],
    );
  });

  test("a glob of files is one dataset: keys and duplicates span files, lines stay per file", async () => {
    const a = files.write("part-a.csv", "id,age\n1,10\n2,20\n");
    const b = files.write("part-b.jsonl", '{"id":3,"age":30}\n{"id":1,"age":10}\n');
    const schema = parseSchema(
      "columns:\n  id: { type: integer, unique: true }\n  age: { type: integer }\ndataset:\n  no-duplicate-rows: true\n  rows: 4",
      "s.yml",
    );
    const result = await validateDataset([a, b], schema);
    const checks = byId(result.checks);
    assert.equal(result.rows, 4);
    assert.deepEqual(
      result.files.map((f) => f.rows),
      [2, 2],
    );
    assert.deepEqual(checks.get("column.id.unique")?.examples, [{ value: "1", file: b, line: 2 }]);
    assert.equal(checks.get("dataset.rows")?.status, "pass");
    assert.equal(
      checks.get("dataset.no-duplicate-rows")?.status,
      "pass",
      "CSV text '10' and JSON 10 differ as rows",
    );
  });

  test("a schema column missing from the data fails with its schema line and a suggestion", async () => {
    const file = files.write("cols.csv", "user_id,age\n1,2\n");
    const schema = parseSchema("columns:\n  age: {}\n  userid: { type: integer }\n", "schema.yml");
    const result = await validateDataset([file], schema);
    const missing = byId(result.checks).get("column.userid.exists");
    assert.equal(missing?.status, "fail");
    assert.equal(
      missing?.message,
      "column 'userid' (schema schema.yml:3) is missing from the data; did you mean 'user_id'?",
    );
    assert.deepEqual(missing?.rule, { file: "schema.yml", line: 3, column: 3 });
  });

  test("column sets: exact, subset, superset and order", async () => {
    const file = files.write("set.csv", "b,a,c\n1,2,3\n");
    const check = async (columns: string) => {
      const schema = parseSchema(`columns:\n  a: {}\n  b: {}\ndataset:\n  columns: ${columns}\n`, "s.yml");
      return byId((await validateDataset([file], schema)).checks).get("dataset.columns");
    };
    assert.equal((await check("exact"))?.status, "fail");
    assert.match((await check("subset"))?.message ?? "", /unexpected column\(s\) 'c'/);
    assert.equal((await check("superset"))?.status, "pass");
    assert.match((await check("{ match: superset, ordered: true }"))?.message ?? "", /out of order/);
  });

  test("subset: a schema column absent from every file is not checked, and one file lacking it is fine", async () => {
    const ab = files.write("sub-ab.csv", "a,b\n1,2\n");
    const abc = files.write("sub-abc.csv", "a,b,c\n1,2,-3\n");
    const schema = parseSchema(
      "columns:\n  a: {}\n  b: {}\n  c: { type: integer, min: 0, stats: { mean: { min: 0 } } }\ndataset:\n  columns: subset\n",
      "s.yml",
    );
    const alone = await validateDataset([ab], schema);
    assert.deepEqual(
      alone.checks.map((check) => [check.id, check.status]),
      [["dataset.columns", "pass"]],
    );
    assert.equal(alone.valid, true);
    const both = byId((await validateDataset([ab, abc], schema)).checks);
    assert.equal(both.get("column.c.exists"), undefined);
    assert.deepEqual([both.get("column.c.min")?.evaluated, both.get("column.c.min")?.unexpected], [1, 1]);
  });

  test("mostly by check, and on unique: each check its own allowance", async () => {
    const file = files.write(
      "mostly.csv",
      `x,u\n,a\n-1,a\n${[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${n},${"bcdefghi"[n - 1]}`).join("\n")}\n`,
    );
    const run = async (columns: string) =>
      byId((await validateDataset([file], parseSchema(`columns:\n${columns}`, "s.yml"))).checks);
    const byCheck = await run(
      "  x: { type: integer, nullable: false, min: 0, mostly: { min: 0.8 } }\n  u: { unique: true, mostly: 0.8 }\n",
    );
    // 1 null of 10 against mostly 1; 1 negative of 9 (11%) and 1 repeat of 10 within 20%.
    assert.deepEqual(
      ["column.x.nullable", "column.x.min", "column.u.unique"].map((id) => byCheck.get(id)?.status),
      ["fail", "pass", "pass"],
    );
    const strict = await run("  u: { unique: true }\n");
    assert.equal(strict.get("column.u.unique")?.status, "fail");
  });

  test("a list of numbers makes an untyped column numeric: 1.0 and 01 are in [1], x is not a number", async () => {
    const file = files.write("numbers.csv", "n,m\n1.0,1e0\n01,5\n2,01\n4,x\n");
    const checks = byId(
      (
        await validateDataset(
          [file],
          parseSchema("columns:\n  n: { in: [1, 2, 3] }\n  m: { not-in: [1] }\n", "s.yml"),
        )
      ).checks,
    );
    assert.deepEqual(
      ["column.n.in", "column.n.type", "column.m.not-in", "column.m.type"].map((id) => [
        checks.get(id)?.evaluated,
        checks.get(id)?.unexpected,
      ]),
      [
        [4, 1],
        [4, 0],
        [3, 2],
        [4, 1],
      ],
    );
  });

  test("compound unique keys, null values and comparisons of numbers", async () => {
    const file = files.write("keys.csv", "user,day,lo,hi\nu1,1,1,10\nu1,2,5,3\nu2,1,NA,2\nu1,1,2,9\n");
    const schema = parseSchema(
      "null-values: [NA]\ncolumns:\n  lo: { type: number, nullable: false }\ndataset:\n  unique: [[user, day]]\n  compare: ['hi > lo']\n",
      "s.yml",
    );
    const checks = byId((await validateDataset([file], schema)).checks);
    assert.deepEqual(checks.get("dataset.unique.user+day")?.examples, [
      { value: "user=u1, day=1", file, line: 5 },
    ]);
    assert.equal(checks.get("column.lo.nullable")?.unexpected, 1);
    assert.deepEqual(
      checks.get("dataset.compare.hi>lo")?.examples.map((e) => e.line),
      [3],
      "10 > 1 compares as numbers, not text",
    );
  });

  test("file problems become failed checks, and the rest of the data is still checked", async () => {
    const file = files.write("ragged.csv", "a,b\n1,2\n3\n,4\n");
    const schema = parseSchema("columns:\n  a: { nullable: false }\n", "s.yml");
    const checks = byId((await validateDataset([file], schema)).checks);
    assert.deepEqual(checks.get("file.ragged-row")?.examples, [
      { value: "the row has 1 field(s); the header has 2", file, line: 3 },
    ]);
    assert.equal(checks.get("column.a.nullable")?.unexpected, 1);
  });

  test("a number too large for a double (1e400) fails its type instead of reaching the statistics", async () => {
    const huge = `1${"0".repeat(400)}`;
    const file = files.write("huge.csv", `x,n\n1,1\n1e400,${huge}\n-1e999,2\n3,3\n`);
    const schema = parseSchema(
      "columns:\n  x: { type: number, stats: { mean: { min: 0, max: 10 } } }\n  n: { type: integer, max: 10 }\n",
      "s.yml",
    );
    const checks = byId((await validateDataset([file], schema)).checks);
    assert.deepEqual(
      checks.get("column.x.type")?.examples.map((e) => [e.value, e.line]),
      [
        ["1e400", 3],
        ["-1e999", 4],
      ],
    );
    assert.equal(checks.get("column.x.stats.mean")?.observed, 2);
    assert.equal(checks.get("column.n.type")?.unexpected, 1);
    assert.equal(checks.get("column.n.max")?.unexpected, 0);
  });
});
