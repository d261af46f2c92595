import assert from "node:assert/strict";
import { test } from "node:test";
import { compareSpecificity, globMatches } from "./glob.ts";
import { parsePolicy } from "./parse-policy.ts";
import { findEntry, resolveMetric } from "./resolve.ts";

test("globs: * spans dots and slashes, ? is one character, the rest is literal", () => {
  assert.ok(globMatches("*.loss", "train.loss"));
  assert.ok(globMatches("*.loss", "eval/val.loss"));
  assert.ok(!globMatches("*.loss", "train_loss"));
  assert.ok(globMatches("f?", "f1"));
  assert.ok(!globMatches("f?", "f10"));
  assert.ok(globMatches("a+b(c)*", "a+b(c)x"));
});

test("specificity: exact beats glob, then more literal characters, then fewer stars", () => {
  assert.ok(compareSpecificity("val.loss", "*") > 0);
  assert.ok(compareSpecificity("val.*", "*") > 0);
  assert.ok(compareSpecificity("val.l*", "val.*") > 0);
  assert.ok(compareSpecificity("val.?oss", "val.*oss") > 0);
  assert.equal(compareSpecificity("a*", "*a"), 0);
});

const policy = parsePolicy(
  `
defaults: { tolerance: 0.001, severity: warn }
metrics:
  "*": { max-drop: 5% }
  "*.loss": { max-rise: 10%, missing: ignore }
  "*a": { min: 1 }
  "a*": { min: 2 }
  val.loss: { max: 1, severity: block, direction: higher }
rules:
  - "*.loss < 10 [info]"
`,
  "p.yml",
);

test("the most specific entry wins; ties go to the entry written first", () => {
  assert.equal(findEntry(policy.metrics, "val.loss")?.pattern, "val.loss");
  assert.equal(findEntry(policy.metrics, "train.loss")?.pattern, "*.loss");
  assert.equal(findEntry(policy.metrics, "f1")?.pattern, "*");
  assert.equal(findEntry(policy.metrics, "accuracy")?.pattern, "a*");
  assert.equal(findEntry(policy.metrics, "aba")?.pattern, "*a");
});

test("settings come from the winning entry, then defaults; inline rules add to the entry's", () => {
  const trainLoss = resolveMetric("train.loss", policy);
  assert.deepEqual(
    trainLoss.rules.map((r) => r.text),
    ["max-rise: 10%", "*.loss < 10"],
  );
  assert.equal(trainLoss.severity, "warn");
  assert.equal(trainLoss.missing, "ignore");
  assert.deepEqual(trainLoss.tolerance, { value: 0.001, percent: false });
  assert.deepEqual(trainLoss.direction, { direction: "lower", inferred: true, word: "loss" });

  const valLoss = resolveMetric("val.loss", policy);
  assert.equal(valLoss.severity, "block");
  assert.deepEqual(valLoss.direction, { direction: "higher", inferred: false });
  assert.deepEqual(
    valLoss.rules.map((r) => r.text),
    ["max: 1", "*.loss < 10"],
  );
});

test("an entry without bounds gets an implicit not-worse-than-baseline rule in its direction", () => {
  const bare = parsePolicy("metrics:\n  latency_ms:\n  accuracy: { tolerance: 1% }\n", "p.yml");
  const latency = resolveMetric("latency_ms", bare);
  assert.deepEqual(
    latency.rules.map((r) => [r.origin, r.op, r.target.kind]),
    [["no-regression", "<=", "baseline"]],
  );
  assert.equal(resolveMetric("accuracy", bare).rules[0]?.op, ">=");
  assert.deepEqual(resolveMetric("other", bare).rules, []);
});
