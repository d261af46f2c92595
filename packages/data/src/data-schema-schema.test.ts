import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { COLUMN_KEYS, STATS_KEYS } from "./parse-column.ts";
import { DATASET_KEYS } from "./parse-dataset.ts";
import { SCHEMA_KEYS } from "./parse-schema.ts";
import { MOSTLY_CHECKS } from "./schema.ts";

const schemaFile = join(dirname(fileURLToPath(import.meta.url)), "..", "schema", "data-schema.schema.json");
const jsonSchema = JSON.parse(readFileSync(schemaFile, "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(jsonSchema);

describe("data-schema.schema.json (for editors)", () => {
  test("names exactly the keys the parser accepts", () => {
    assert.deepEqual(Object.keys(jsonSchema.properties).sort(), [...SCHEMA_KEYS].sort());
    assert.deepEqual(Object.keys(jsonSchema.$defs.column.properties).sort(), [...COLUMN_KEYS].sort());
    assert.deepEqual(
      Object.keys(jsonSchema.$defs.column.properties.stats.properties).sort(),
      [...STATS_KEYS].sort(),
    );
    assert.deepEqual(Object.keys(jsonSchema.$defs.dataset.properties).sort(), [...DATASET_KEYS].sort());
    assert.deepEqual(
      Object.keys(jsonSchema.$defs.column.properties.mostly.oneOf[1].properties).sort(),
      [...MOSTLY_CHECKS].sort(),
    );
  });

  test("accepts a full schema and rejects a misspelt key", () => {
    const good = parse(
      "version: 1\ncolumns:\n  a: { type: integer, min: 0, stats: { quantiles: { 0.9: { max: 3 } } } }\n  b:\ndataset:\n  rows: 10\n  columns: { match: exact, ordered: true }\n  unique: [a, [a, b]]\n  compare: ['a >= b']\n",
    );
    assert.equal(validate(good), true, JSON.stringify(validate.errors));
    assert.equal(validate(parse("columns:\n  a: { tpye: integer }\n")), false);
    assert.equal(validate(parse("columns:\n  a: { min: 0, mostly: { min: 0.9 } }\n")), true);
    assert.equal(validate(parse("columns:\n  a: { min: 0, mostly: { mni: 0.9 } }\n")), false);
    assert.equal(validate(parse("columns:\n  a: { min: 0, mostly: 1.5 }\n")), false);
  });
});
