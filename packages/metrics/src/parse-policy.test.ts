import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePolicy } from "./parse-policy.ts";
import { SourceError } from "./source-error.ts";

const errorOf = (text: string): string => {
  try {
    parsePolicy(text, "ml-policy.yml");
  } catch (error) {
    assert.ok(error instanceof SourceError);
    assert.doesNotMatch(error.message, /\n/);
    return error.message;
  }
  assert.fail("expected a policy error");
};

test("a full policy", () => {
  const policy = parsePolicy(
    `# ml-policy.yml
defaults:
  tolerance: 0.002
  severity: block
  missing: fail
metrics:
  accuracy:
    direction: higher
    min: 0.9
    max-drop: 1%
  "*.loss":
    max-rise: 0.05
    tolerance: 2%
  latency_p95_ms:
    max: 120
    severity: warn
    missing: ignore
rules:
  - f1 >= baseline - 0.01
  - "latency_p95_ms <= baseline * 1.10 [info]"
`,
    "ml-policy.yml",
  );
  assert.deepEqual(policy.defaults, {
    tolerance: { value: 0.002, percent: false },
    severity: "block",
    missing: "fail",
  });
  assert.deepEqual(policy.metrics[0], {
    pattern: "accuracy",
    location: { file: "ml-policy.yml", line: 7, column: 3 },
    direction: "higher",
    min: 0.9,
    maxDrop: { value: 1, percent: true },
  });
  assert.deepEqual(policy.metrics[1]?.tolerance, { value: 2, percent: true });
  assert.equal(policy.metrics[2]?.missing, "ignore");
  assert.deepEqual(
    policy.rules.map((r) => [r.text, r.severity, r.location]),
    [
      ["f1 >= baseline - 0.01", undefined, { file: "ml-policy.yml", line: 19, column: 5 }],
      ["latency_p95_ms <= baseline * 1.10", "info", { file: "ml-policy.yml", line: 20, column: 6 }],
    ],
  );
});

test("an empty file or empty sections are an empty policy", () => {
  assert.deepEqual(parsePolicy("", "p.yml"), { file: "p.yml", defaults: {}, metrics: [], rules: [] });
  assert.deepEqual(parsePolicy("# nothing yet\ndefaults:\nmetrics:\nrules:\n", "p.yml").metrics, []);
  assert.deepEqual(parsePolicy("metrics:\n  accuracy:\n", "p.yml").metrics[0]?.pattern, "accuracy");
});

test("unknown keys get a did-you-mean, at the key's line and column", () => {
  assert.equal(
    errorOf("metrics:\n  accuracy:\n    min: 0.9\n    max_drop: 2%\n"),
    "ml-policy.yml:4:5: unknown key 'max_drop' in metric 'accuracy'; did you mean 'max-drop'?",
  );
  assert.equal(
    errorOf("metrics:\n  f1: { tolerence: 0.01 }\n"),
    "ml-policy.yml:2:9: unknown key 'tolerence' in metric 'f1'; did you mean 'tolerance'?",
  );
  assert.equal(
    errorOf("metrics:\n  f1: { colour: red }\n"),
    "ml-policy.yml:2:9: unknown key 'colour' in metric 'f1'; expected one of direction, min, max, max-drop, max-rise, tolerance, severity, missing",
  );
  assert.equal(
    errorOf("metric:\n  f1: {}\n"),
    "ml-policy.yml:1:1: unknown key 'metric' at the top level; did you mean 'metrics'?",
  );
  assert.equal(
    errorOf("accuracy:\n  min: 0.9\n"),
    "ml-policy.yml:1:1: unknown key 'accuracy' at the top level; metric entries go under 'metrics:'",
  );
  assert.equal(
    errorOf("defaults:\n  severty: warn\n"),
    "ml-policy.yml:2:3: unknown key 'severty' in defaults; did you mean 'severity'?",
  );
  assert.equal(
    errorOf("defaults:\n  min: 1\n"),
    "ml-policy.yml:2:3: unknown key 'min' in defaults; 'min' is set per metric, defaults take only tolerance, severity, missing",
  );
});

test("bad values say what was expected", () => {
  assert.equal(
    errorOf("metrics:\n  a:\n    direction: hgher\n"),
    "ml-policy.yml:3:16: expected 'direction' in metric 'a' to be one of higher, lower, found 'hgher'; did you mean 'higher'?",
  );
  assert.equal(
    errorOf("metrics:\n  a:\n    min: 90%\n"),
    "ml-policy.yml:3:10: expected 'min' in metric 'a' to be a number, found '90%' ('min' is an absolute bound; percentages are for max-drop, max-rise and tolerance)",
  );
  assert.equal(
    errorOf("metrics:\n  a:\n    max-drop: -1\n"),
    "ml-policy.yml:3:15: expected 'max-drop' in metric 'a' to be a non-negative number or a percentage like '2%', found -1",
  );
  assert.equal(
    errorOf("metrics:\n  a:\n    max-rise: 2 %%\n"),
    "ml-policy.yml:3:15: expected 'max-rise' in metric 'a' to be a non-negative number or a percentage like '2%', found '2 %%'",
  );
  assert.equal(
    errorOf("defaults:\n  missing: skip\n"),
    "ml-policy.yml:2:12: expected 'missing' in defaults to be one of fail, warn, ignore, found 'skip'",
  );
  assert.equal(
    errorOf("metrics:\n  a: { min: 2, max: 1 }\n"),
    "ml-policy.yml:2:6: min (2) is greater than max (1) in metric 'a'; no value can pass",
  );
  assert.equal(
    errorOf("metrics:\n  a: strict\n"),
    "ml-policy.yml:2:6: expected metric 'a' to be a mapping of settings (direction, min, max, max-drop, max-rise, tolerance, severity, missing)",
  );
  assert.equal(
    errorOf("metrics: [a, b]\n"),
    "ml-policy.yml:1:10: expected 'metrics' to be a mapping of metric names or globs to settings",
  );
  assert.equal(
    errorOf("- a\n"),
    "ml-policy.yml:1:1: expected a mapping with 'defaults', 'metrics' and/or 'rules'",
  );
});

test("rules: must be a list of text, and rule errors point inside the file", () => {
  assert.equal(
    errorOf("rules: accuracy >= 0.9\n"),
    "ml-policy.yml:1:8: expected 'rules' to be a list of rules like '- accuracy >= 0.9'",
  );
  assert.equal(
    errorOf("rules:\n  - { a: 1 }\n"),
    "ml-policy.yml:2:5: expected a rule as text, like 'f1 >= baseline - 0.01'",
  );
  assert.equal(
    errorOf("rules:\n  - accuracy >= 0.9\n  - f1 >= basline\n"),
    "ml-policy.yml:3:11: expected a number or 'baseline' after '>=', found 'basline'; did you mean 'baseline'?",
  );
  assert.equal(
    errorOf("rules:\n  - 'loss < baseline [wrn]'\n"),
    "ml-policy.yml:2:23: unknown severity 'wrn'; expected block, warn or info; did you mean 'warn'?",
  );
});

test("YAML errors and duplicate keys keep their position, on one line", () => {
  assert.equal(errorOf("metrics:\n  a: {}\n  a: {}\n"), "ml-policy.yml:3:3: map keys must be unique");
  assert.match(errorOf("metrics:\n  a: [1,\n  b: 2\n"), /^ml-policy\.yml:\d+:\d+: \S/);
});
