import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { formatFromExtension, parseMetrics, readMetricsFile, sniffFormat } from "./read-metrics.ts";

const fixtures = join(import.meta.dirname, "..", "test-fixtures");

const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail("expected an error");
};

test("JSON: nested keys flatten with '.', arrays by index, numeric strings become numbers", async () => {
  const file = await readMetricsFile(join(fixtures, "metrics.json"));
  assert.equal(file.format, "json");
  assert.deepEqual(
    [...file.metrics.keys()],
    ["accuracy", "val.loss", "val.f1.0", "val.f1.1", "lr", "diverged", "model"],
  );
  assert.equal(file.metrics.get("val.f1.1"), 0.8);
  assert.equal(file.metrics.get("lr"), 0.001);
  assert.ok(Number.isNaN(file.metrics.get("diverged")));
  assert.equal(file.metrics.get("model"), "resnet18");
});

test("the example of the brief: {a:{b:[1,2]}} gives a.b.0 and a.b.1", () => {
  const { metrics } = parseMetrics('{"a":{"b":[1,2]}}', "json", "m.json");
  assert.deepEqual(
    [...metrics],
    [
      ["a.b.0", 1],
      ["a.b.1", 2],
    ],
  );
});

test("YAML: .inf / -.inf are kept non-finite, booleans stay non-numeric", async () => {
  const { metrics, format } = await readMetricsFile(join(fixtures, "metrics.yaml"));
  assert.equal(format, "yaml");
  assert.equal(metrics.get("accuracy"), 0.91);
  assert.equal(metrics.get("val.loss"), Number.POSITIVE_INFINITY);
  assert.equal(metrics.get("val.rmse"), Number.NEGATIVE_INFINITY);
  assert.equal(metrics.get("converged"), true);
});

test("JSON as Python writes it: bare NaN and Infinity are kept non-finite", () => {
  const { metrics } = parseMetrics('{"loss": NaN, "grad": {"max": Infinity}}', "json", "m.json");
  assert.ok(Number.isNaN(metrics.get("loss")));
  assert.equal(metrics.get("grad.max"), Number.POSITIVE_INFINITY);
});

test("syntax errors point at line and column, on one line", () => {
  const yamlError = messageOf(() => parseMetrics("accuracy: 0.9\nloss:\n  - 1\n  - [2,\n", "yaml", "m.yaml"));
  assert.match(yamlError, /^m\.yaml:5:\d+: \S/);
  assert.doesNotMatch(yamlError, /\n/);
  assert.equal(
    messageOf(() => parseMetrics('{"accuracy": 0.9,\n "loss": }', "json", "m.json")),
    "m.json:2:10: expected a value, found '}'",
  );
});

test("CSV with one header row and one value row", async () => {
  const { metrics, format } = await readMetricsFile(join(fixtures, "wide.csv"));
  assert.equal(format, "csv");
  assert.deepEqual(
    [...metrics],
    [
      ["accuracy", 0.93],
      ["f1", 0.88],
      ["latency_ms", 120],
    ],
  );
});

test("TSV name/value table with header, quoted cell and nan", async () => {
  const { metrics, format } = await readMetricsFile(join(fixtures, "long.tsv"));
  assert.equal(format, "tsv");
  assert.equal(metrics.get("accuracy"), 0.93);
  assert.ok(Number.isNaN(metrics.get("val.loss")));
  assert.equal(metrics.get("notes"), "fine, mostly");
  assert.equal(metrics.has("name"), false);
});

test("the content decides when the extension says nothing", async () => {
  const file = await readMetricsFile(join(fixtures, "eval.txt"));
  assert.equal(file.format, "csv");
  assert.deepEqual(
    [...file.metrics],
    [
      ["accuracy", 0.9],
      ["loss", 0.2],
    ],
  );
  assert.equal(sniffFormat('  {"a": 1}'), "json");
  assert.equal(sniffFormat("a\tb\n1\t2"), "tsv");
  assert.equal(sniffFormat("a: 1, b: 2"), "yaml");
  assert.equal(sniffFormat("accuracy: 0.9\n"), "yaml");
  assert.equal(formatFromExtension("out/m.YML"), "yaml");
  assert.equal(formatFromExtension("out/m.txt"), undefined);
});

test("a missing file is a one-line error naming it", async () => {
  await assert.rejects(readMetricsFile(join(fixtures, "nope.json")), /nope\.json: file not found$/);
});

test("a top level that is not a mapping, and names that flatten alike, are errors", () => {
  assert.equal(
    messageOf(() => parseMetrics("[1, 2]", "json", "m.json")),
    "m.json: expected a mapping of metric names to values at the top level, found a list",
  );
  assert.equal(
    messageOf(() => parseMetrics('{"a.b": 1, "a": {"b": 2}}', "json", "m.json")),
    "m.json: metric 'a.b' is defined twice (a dotted key and a nested one)",
  );
  assert.equal(
    messageOf(() => parseMetrics("", "yaml", "m.yaml")),
    "m.yaml: expected a mapping of metric names to values at the top level, found nothing",
  );
});
