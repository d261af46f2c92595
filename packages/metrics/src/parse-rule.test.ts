import assert from "node:assert/strict";
import { test } from "node:test";
import { parseRule } from "./parse-rule.ts";
import { formatTarget, type Rule } from "./rule.ts";

const shape = (rule: Rule) => ({
  metric: rule.metric,
  op: rule.op,
  target: rule.target,
  severity: rule.severity,
});
const errorOf = (text: string): string => {
  try {
    parseRule(text, { file: "rules", line: 3, column: 1 });
  } catch (error) {
    return (error as Error).message;
  }
  assert.fail(`expected '${text}' not to parse`);
};

test("rules as people write them", () => {
  assert.deepEqual(shape(parseRule("accuracy >= 0.90")), {
    metric: "accuracy",
    op: ">=",
    target: { kind: "number", value: 0.9 },
    severity: undefined,
  });
  assert.deepEqual(parseRule("f1 >= baseline - 0.01").target, {
    kind: "baseline",
    adjust: { op: "-", amount: { value: 0.01, percent: false } },
  });
  assert.deepEqual(parseRule("latency_p95 <= baseline * 1.10").target, {
    kind: "baseline",
    adjust: { op: "*", factor: 1.1 },
  });
  assert.deepEqual(parseRule("loss < baseline").target, { kind: "baseline" });
  assert.deepEqual(parseRule("auc > baseline - 2%").target, {
    kind: "baseline",
    adjust: { op: "-", amount: { value: 2, percent: true } },
  });
  assert.deepEqual(parseRule("x == -1e-3").target, { kind: "number", value: -0.001 });
});

test("names with dots, slashes, dashes, digits, globs, and quoted odd names", () => {
  assert.equal(parseRule("eval/val-f1.macro_2>=0.5").metric, "eval/val-f1.macro_2");
  assert.equal(parseRule("*.loss < baseline").metric, "*.loss");
  assert.equal(parseRule('"top 1 (%)" > 50').metric, "top 1 (%)");
  assert.equal(parseRule("'a>b' < 1").metric, "a>b");
});

test("a trailing [warn] / [info] / [block] sets the severity and is not part of the text", () => {
  const rule = parseRule("  latency_ms <= baseline + 5 [warn] ");
  assert.equal(rule.severity, "warn");
  assert.equal(rule.text, "latency_ms <= baseline + 5");
  assert.equal(parseRule("a > 1 [ info ]").severity, "info");
  assert.equal(parseRule("a > 1 [block]").severity, "block");
});

test("formatTarget writes the comparison back", () => {
  assert.equal(formatTarget(parseRule("auc > baseline - 2%")), "> baseline - 2%");
  assert.equal(formatTarget(parseRule("t <= baseline*1.1")), "<= baseline * 1.1");
  assert.equal(formatTarget(parseRule("a>=0.9")), ">= 0.9");
});

test("bad rules point at the column and say what was expected", () => {
  assert.equal(errorOf(""), "rules:3:1: empty rule; expected e.g. 'accuracy >= 0.9' or 'loss <= baseline'");
  assert.equal(errorOf(">= 0.9"), "rules:3:1: expected a metric name, found '>='");
  assert.equal(
    errorOf("accuracy"),
    "rules:3:9: expected a comparison (>=, >, <=, <, ==), found the end of the rule",
  );
  assert.equal(
    errorOf("f1 => 0.9"),
    "rules:3:4: expected a comparison (>=, >, <=, <, ==), found '=>'; did you mean '>='?",
  );
  assert.equal(
    errorOf("f1 = 0.9"),
    "rules:3:4: expected a comparison (>=, >, <=, <, ==), found '='; did you mean '=='?",
  );
  assert.equal(errorOf("f1 != 0.9"), "rules:3:4: expected a comparison (>=, >, <=, <, ==), found '!='");
  assert.equal(
    errorOf("auc > basline - 2%"),
    "rules:3:7: expected a number or 'baseline' after '>', found 'basline'; did you mean 'baseline'?",
  );
  assert.equal(
    errorOf("auc > "),
    "rules:3:7: expected a number or 'baseline' after '>', found the end of the rule",
  );
  assert.equal(
    errorOf("accuracy >= 90%"),
    "rules:3:15: a percentage is only allowed after 'baseline +' or 'baseline -'; write 0.9, not 90%",
  );
  assert.equal(
    errorOf("t <= baseline * 110%"),
    "rules:3:20: a percentage cannot multiply the baseline; write 'baseline * 1.1' for +10%",
  );
  assert.equal(errorOf("f1 >= baseline - x"), "rules:3:18: expected a number after '-', found 'x'");
  assert.equal(errorOf("f1 >= baseline - -1"), "rules:3:18: expected a number after '-', found '-1'");
  assert.equal(
    errorOf("f1 >= baseline / 2"),
    "rules:3:16: unexpected '/'; expected '+', '-', '*', a severity like [warn], or the end of the rule",
  );
  assert.equal(
    errorOf("a >= 1 b"),
    "rules:3:8: unexpected 'b'; expected a severity like [warn], or the end of the rule",
  );
  assert.equal(
    errorOf("a >= 1 [wran]"),
    "rules:3:9: unknown severity 'wran'; expected block, warn or info; did you mean 'warn'?",
  );
  assert.equal(errorOf("a >= 1 [warn"), "rules:3:8: unterminated severity marker; expected ']'");
  assert.equal(errorOf('"odd name >= 1'), 'rules:3:1: unterminated quoted metric name; expected a closing "');
});

test("columns are offset by where the rule starts", () => {
  assert.throws(() => parseRule("a >", { file: "p.yml", line: 7, column: 5 }), {
    message: "p.yml:7:8: expected a number or 'baseline' after '>', found the end of the rule",
  });
});
