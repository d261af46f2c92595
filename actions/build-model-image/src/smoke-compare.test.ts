import assert from "node:assert/strict";
import { test } from "node:test";
import { compareWithExpected } from "./smoke-compare.ts";

const answer = {
  model_name: "iris",
  id: "3f0c",
  parameters: { content_type: "np" },
  outputs: [
    { name: "predict", shape: [2, 1], datatype: "BYTES", data: ["setosa", "virginica"] },
    { name: "predict_proba", shape: [2, 2], datatype: "FP64", data: [0.98, 0.02, 0.001, 0.999] },
  ],
};

test("an expected subset matches: keys it does not name are ignored", () => {
  assert.deepEqual(
    compareWithExpected(
      { model_name: "iris", outputs: [{ data: ["setosa", "virginica"] }, {}] },
      answer,
      1e-6,
    ),
    [],
  );
});

test("numbers match within the tolerance, relative to the expected value and absolute below 1", () => {
  const expect = (data: number[]) => ({ outputs: [{}, { data }] });
  assert.deepEqual(compareWithExpected(expect([0.980002, 0.02, 0.001, 0.999]), answer, 1e-6), [
    "$.outputs[1].data[0]: expected 0.980002 (±0.000001), got 0.98",
  ]);
  assert.deepEqual(compareWithExpected(expect([0.980002, 0.02, 0.001, 0.999]), answer, 1e-3), []);
  assert.deepEqual(compareWithExpected({ n: 1000.5 }, { n: 1000 }, 1e-3), []);
  assert.equal(compareWithExpected({ n: 1002 }, { n: 1000 }, 1e-3).length, 1);
});

test("each mismatch names its JSON path: values, types, lengths and missing keys", () => {
  const mismatches = compareWithExpected(
    {
      model_name: "wine",
      outputs: [{ data: ["virginica", "virginica"] }, { data: [1, 2, 3] }],
      "odd key": true,
      parameters: [],
    },
    answer,
    1e-6,
  );
  assert.deepEqual(mismatches, [
    '$.model_name: expected "wine", got "iris"',
    '$.outputs[0].data[0]: expected "virginica", got "setosa"',
    "$.outputs[1].data: expected 3 items, got 4",
    '$["odd key"]: missing from the answer',
    '$.parameters: expected an array of 0, got {"content_type":"np"}',
  ]);
});

test("strings, booleans and null are compared strictly; a number is not its string", () => {
  assert.deepEqual(compareWithExpected({ a: "1" }, { a: 1 }, 1), ['$.a: expected "1", got 1']);
  assert.deepEqual(compareWithExpected({ a: 1 }, { a: "1" }, 1), ['$.a: expected 1, got "1"']);
  assert.deepEqual(compareWithExpected({ a: null }, { a: false }, 0), ["$.a: expected null, got false"]);
  assert.deepEqual(compareWithExpected({ a: {} }, { a: [] }, 0), ["$.a: expected an object, got []"]);
});
