import assert from "node:assert/strict";
import { test } from "node:test";
import { parseJson } from "./json-parse.ts";
import { SourceError } from "./source-error.ts";

const errorOf = (text: string): string => {
  try {
    parseJson(text, "m.json");
  } catch (error) {
    assert.ok(error instanceof SourceError);
    return error.message;
  }
  assert.fail("expected a parse error");
};

test("parses what JSON.parse parses", () => {
  const text = '{"a": [1, -2.5e3, true, false, null], "b": {"c": "x\\"y\\u00e9"}, "d": {}}';
  assert.deepEqual(parseJson(text, "m.json"), JSON.parse(text));
});

test("accepts Python's NaN, Infinity and -Infinity", () => {
  const value = parseJson('{"a": NaN, "b": Infinity, "c": [-Infinity]}', "m.json") as Record<string, unknown>;
  assert.ok(Number.isNaN(value.a));
  assert.equal(value.b, Number.POSITIVE_INFINITY);
  assert.deepEqual(value.c, [Number.NEGATIVE_INFINITY]);
});

test("errors carry line and column", () => {
  assert.equal(errorOf('{"a": 1,\n "b": }'), "m.json:2:7: expected a value, found '}'");
  assert.equal(errorOf('{"a" 1}'), "m.json:1:6: expected ':' after property name, found '1'");
  assert.equal(
    errorOf('{"a": 1 "b": 2}'),
    "m.json:1:9: expected ',' or '}' after property value, found '\"'",
  );
  assert.equal(errorOf("{\n  'a': 1}"), "m.json:2:3: expected a property name in double quotes, found '''");
  assert.equal(errorOf('{"a": 1} x'), "m.json:1:10: unexpected 'x' after the end of the JSON value");
  assert.equal(errorOf('{"a": [1, 2}'), "m.json:1:12: expected ',' or ']' after array element, found '}'");
  assert.equal(errorOf(""), "m.json:1:1: expected a value, found end of file");
  assert.equal(
    errorOf('{"a": "x\n"}'),
    "m.json:1:7: unterminated string; expected a closing '\"' on the same line",
  );
});

test("a key repeated in one object is an error", () => {
  assert.equal(errorOf('{"a": 1,\n "a": 2}'), 'm.json:2:2: duplicate key "a"');
});
