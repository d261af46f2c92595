import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { EnabledStatistics } from "parquet-wasm/node";
import { ByteTexts } from "./byte-texts.ts";
import { ColumnValidator } from "./column-validator.ts";
import { dictionaryChunkShape } from "./parquet-dictionary-chunk.ts";
import { readParquetFooter } from "./parquet-footer.ts";
import {
  GENERATED,
  GENERATED_TEXTS,
  generatedParquet,
  lowCardinalityNumbers,
  NUMBER_CHECKS,
} from "./parquet-test-data.ts";
import { parseSchema } from "./parse-schema.ts";
import { readParquet } from "./read-parquet.ts";
import type { DataSchema } from "./schema.ts";
import { tempFiles } from "./test-files.ts";
import { validateParquetColumns } from "./validate-parquet-columns.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "test-fixtures");
const files = tempFiles();
after(files.cleanup);

/** What the validators of a schema made of a file's cells, and what the reader told on the way. */
interface Outcome {
  events: unknown[];
  rows: number;
  results: unknown[];
}

/** The row path: rows from `readParquet`, each validator taking its column of each batch of rows. */
async function byRows(file: string, schema: DataSchema, maxExamples: number): Promise<Outcome> {
  const validators = schema.columns.map((spec) => new ColumnValidator(spec, maxExamples));
  const nulls = schema.nullValues.length > 0 ? new Set(schema.nullValues) : undefined;
  const columns = [...new Set(schema.columns.map((spec) => spec.name))];
  const events: unknown[] = [];
  let positions: number[] = [];
  let rows = 0;
  for await (const event of readParquet(file, { columns, batchSize: 333 })) {
    if (event.kind !== "rows") {
      events.push(event);
      if (event.kind === "header") positions = schema.columns.map((spec) => event.columns.indexOf(spec.name));
      continue;
    }
    validators.forEach((validator, i) => {
      const position = positions[i] ?? -1;
      if (position >= 0) validator.acceptColumn(event.rows, position, nulls, file);
    });
    rows += event.rows.length;
  }
  return { events, rows, results: validators.flatMap((validator) => validator.results()) };
}

async function byColumns(file: string, schema: DataSchema, maxExamples: number): Promise<Outcome> {
  const validators = schema.columns.map((spec) => new ColumnValidator(spec, maxExamples));
  const nulls = schema.nullValues.length > 0 ? new Set(schema.nullValues) : undefined;
  const events: unknown[] = [];
  let rows = 0;
  for await (const event of validateParquetColumns(file, validators, nulls, nulls && new ByteTexts(nulls))) {
    if (event.kind === "checked") rows += event.rows;
    else events.push(event);
  }
  return { events, rows, results: validators.flatMap((validator) => validator.results()) };
}

async function assertSameOutcome(file: string, schema: DataSchema, maxExamples = 20): Promise<Outcome> {
  const rows = await byRows(file, schema, maxExamples);
  const columns = await byColumns(file, schema, maxExamples);
  assert.deepEqual(columns, rows);
  return columns;
}

/** Checks of every kind on the columns of the fixtures (people-*: id score name day seen active). */
const PEOPLE = parseSchema(
  `
null-values: [bob, "2024-01-03"]
columns:
  id: { type: integer, unique: true, min: 2, max: 9, stats: { mean: { min: 0 }, std: { max: 1 }, median: { min: 0 }, quantiles: { 0.9: { max: 5 } }, distinct: { min: 1 } } }
  score: { type: number, nullable: false, min: 0, max: 4, stats: { mean: { max: 1 } } }
  name: { type: category, in: [ann, cid, dan], unique: true }
  day: { type: date, max: 2024-01-08, unique: true }
  seen: { type: datetime, nullable: false }
  active: { type: boolean, in: [true] }
`,
  "people.yml",
);

/** Values checked as other types than the file's: integers of fractions, texts of numbers... */
const PEOPLE_RETYPED = parseSchema(
  `
columns:
  id: { type: string, pattern: "[1-5]" }
  score: { type: integer, max: 3 }
  name: { type: integer }
  day: { nullable: false }
  seen: { length: { min: 30 } }
  active: {}
  absent: { type: integer }
`,
  "retyped.yml",
);

/** groups-*: id small big score price name kind day seen flag tags, in several row groups. */
const GROUPS = parseSchema(
  `
null-values: [a, "2020-01-05", "[0]"]
columns:
  id: { type: integer, unique: true, max: 4000000000, stats: { std: { max: 1 }, quantiles: { 0.5: { max: 1 } } } }
  small: { type: integer, min: -100, stats: { mean: { min: 0 }, distinct: { max: 10 } } }
  big: { type: integer, unique: true, stats: { mean: { min: 0 } } }
  score: { type: number, max: 1000, stats: { median: { max: 1 } } }
  price: { type: number, min: 1 }
  name: { pattern: "n.v-\\\\d{2,3}", unique: true, stats: { distinct: { min: 1 } } }
  kind: { type: category, not-in: [bb], length: { max: 2 } }
  day: { nullable: false }
  seen: { format: email }
  flag: { type: boolean, nullable: false }
  tags: { nullable: false }
`,
  "groups.yml",
);

describe("validateParquetColumns gives the row path's outcome", () => {
  const fixtureFiles = readdirSync(fixtures).filter((name) => name.endsWith(".parquet"));
  for (const fixture of fixtureFiles) {
    const schemas = fixture.startsWith("people") ? [PEOPLE, PEOPLE_RETYPED] : [GROUPS];
    test(`${fixture} (pyarrow)`, async () => {
      for (const schema of schemas) {
        const outcome = await assertSameOutcome(join(fixtures, fixture), schema, 3);
        assert.ok(outcome.rows > 0);
        await assertSameOutcome(join(fixtures, fixture), schema);
      }
    });
  }

  test("a written file: nulls, failing values, dictionaries, several row groups", async () => {
    const file = files.write("generated.parquet", generatedParquet(5000, 700));
    const outcome = await assertSameOutcome(file, GENERATED, 5);
    // The file's failures are found: the comparison is not one of two empty outcomes.
    const failed = (outcome.results as { id: string; status: string; unexpected: number }[])
      .filter((result) => result.status === "fail")
      .map((result) => result.id);
    for (const id of ["column.id.unique", "column.count.min", "column.ratio.type", "column.code.pattern"])
      assert.ok(failed.includes(id), `${id} fails`);
    assert.equal(outcome.rows, 5000);
    await assertSameOutcome(file, GENERATED_TEXTS, 2);
  });

  test("number columns read as their dictionary: each failure kind, nulls, several row groups", async () => {
    const file = files.write("numbers.parquet", lowCardinalityNumbers(6000, 2500));
    const metadata = await readParquetFooter(file);
    for (const name of ["age", "rating", "level", "weight"])
      assert.equal(dictionaryChunkShape(metadata, 0, name)?.numeric, true, name);
    const outcome = await assertSameOutcome(file, NUMBER_CHECKS, 4);
    const failed = (outcome.results as { id: string; status: string }[])
      .filter((result) => result.status === "fail")
      .map((result) => result.id)
      .sort();
    assert.deepEqual(failed, [
      "column.age.max",
      "column.age.min",
      "column.age.nullable",
      "column.level.min",
      "column.rating.max",
      "column.rating.min",
      "column.rating.type",
      "column.weight.max",
    ]);
    await assertSameOutcome(file, NUMBER_CHECKS);
  });

  test("columns told by their null counts: the same outcome from statistics as from the values", async () => {
    for (const statistics of [EnabledStatistics.Page, EnabledStatistics.None]) {
      const file = files.write(`counted-${statistics}.parquet`, generatedParquet(3000, 700, statistics));
      const outcome = await assertSameOutcome(file, NULL_COUNTS, 3);
      const results = outcome.results as { id: string; status: string; unexpected: number }[];
      // 1,400 nulls in rows 701-1400 and 2101-2800, each counted with its row (kept as examples).
      const nulls = results.find((result) => result.id === "column.sparse.nullable");
      assert.equal(nulls?.status, "fail");
      assert.equal(nulls?.unexpected, 1400);
      await assertSameOutcome(file, NULL_COUNTS_AND_TEXTS, 3);
      // Nothing to decode where every column is counted: the rows are counted all the same.
      const counted = await assertSameOutcome(
        file,
        parseSchema("columns: { full: {}, gaps: {} }", "counted.yml"),
      );
      assert.equal(counted.rows, 3000);
    }
  });

  test("a file that is not Parquet is the same problem", async () => {
    const file = files.write("broken.parquet", "PAR1 this is not a footer");
    const outcome = await assertSameOutcome(file, PEOPLE);
    assert.equal((outcome.events[0] as { kind: string }).kind, "problem");
  });
});

/**
 * Columns checked for nulls only: counted from the statistics in a row group of no null (full) or only
 * nulls (sparse, gaps: every other one), decoded in the others and where the column is a dictionary (label).
 */
const NULL_COUNTS = parseSchema(
  `
columns:
  note: {}
  full: { nullable: false }
  sparse: { nullable: false }
  gaps: {}
  must: { nullable: false }
  shade: { type: category, nullable: false }
  flag: {}
  day: { type: category }
  label: {}
  code: { type: string }
`,
  "null-counts.yml",
);

/** With texts that mean a missing value: only the columns that cannot hold text are counted (gaps). */
const NULL_COUNTS_AND_TEXTS = parseSchema(
  `
null-values: [NA, "2020-01-05", "true", "s"]
columns:
  note: {}
  full: { nullable: false }
  sparse: { nullable: false }
  gaps: { nullable: false }
  flag: {}
  day: {}
`,
  "null-counts-texts.yml",
);
