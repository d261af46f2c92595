import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { DEFAULT_KEYS, ENTRY_KEYS, parsePolicy, TOP_KEYS } from "./parse-policy.ts";

const schemaPath = join(import.meta.dirname, "..", "schema", "policy.schema.json");
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const validate = new Ajv({ allErrors: true, strictTypes: false }).compile(schema);

test("the schema names exactly the keys the parser knows", () => {
  assert.deepEqual(Object.keys(schema.properties), [...TOP_KEYS]);
  assert.deepEqual(Object.keys(schema.properties.defaults.properties), [...DEFAULT_KEYS]);
  assert.deepEqual(Object.keys(schema.definitions.metric.properties), [...ENTRY_KEYS]);
});

const good = [
  "",
  "metrics:\n  accuracy:\n",
  `defaults: { tolerance: 0.5%, severity: warn, missing: ignore }
metrics:
  accuracy: { direction: higher, min: 0.9, max-drop: 1% }
  "*.loss": { max-rise: 0.05, tolerance: 2%, severity: info, missing: warn }
rules:
  - f1 >= baseline - 0.01
  - "'odd name' < baseline * 1.1 [warn]"
`,
];

const bad = [
  "metrics:\n  accuracy: { max_drop: 2% }\n",
  "metrics:\n  accuracy: { direction: up }\n",
  "metrics:\n  accuracy: { max-drop: -1 }\n",
  "defaults: { min: 1 }\n",
  "rules:\n  - accuracy\n",
  "accuracy: { min: 1 }\n",
];

test("policies the parser accepts validate against the schema", () => {
  for (const text of good) {
    parsePolicy(text, "p.yml");
    assert.ok(validate(parse(text) ?? null), `${text}\n${JSON.stringify(validate.errors)}`);
  }
});

test("policies the parser rejects do not validate", () => {
  for (const text of bad) {
    assert.throws(() => parsePolicy(text, "p.yml"));
    assert.equal(validate(parse(text)), false, text);
  }
});
