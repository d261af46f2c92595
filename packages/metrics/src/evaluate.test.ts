import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluate } from "./evaluate.ts";
import type { EvaluateOptions, MetricRow } from "./evaluate-types.ts";
import { parsePolicy } from "./parse-policy.ts";
import { parseRule } from "./parse-rule.ts";
import type { MetricValue } from "./value.ts";

const metrics = (entries: Record<string, MetricValue>) => new Map(Object.entries(entries));
const run = (
  candidate: Record<string, MetricValue>,
  baseline: Record<string, MetricValue> | undefined,
  policyText: string,
  options?: EvaluateOptions,
) => evaluate(metrics(candidate), baseline && metrics(baseline), parsePolicy(policyText, "p.yml"), options);
const row = (evaluation: { rows: MetricRow[] }, name: string): MetricRow => {
  const found = evaluation.rows.find((r) => r.name === name);
  assert.ok(found, `no row for ${name}`);
  return found;
};

test("an improvement passes and is labelled", () => {
  const result = run({ accuracy: 0.92 }, { accuracy: 0.9 }, "metrics:\n  accuracy: { max-drop: 1% }\n");
  assert.equal(result.verdict, "pass");
  const accuracy = row(result, "accuracy");
  assert.equal(accuracy.status, "improved");
  assert.equal(accuracy.checks[0]?.outcome, "pass");
  assert.ok(Math.abs((accuracy.delta?.absolute ?? 0) - 0.02) < 1e-12);
  assert.ok(Math.abs((accuracy.delta?.relative ?? 0) - 0.02 / 0.9) < 1e-12);
  assert.deepEqual(result.failedMetrics, []);
});

test("a regression within tolerance is within noise, not a failure", () => {
  const result = run({ accuracy: 0.899 }, { accuracy: 0.9 }, "metrics:\n  accuracy: { tolerance: 0.002 }\n");
  const accuracy = row(result, "accuracy");
  assert.equal(accuracy.checks[0]?.rule.origin, "no-regression");
  assert.equal(accuracy.checks[0]?.outcome, "within-noise");
  assert.equal(accuracy.status, "within-noise");
  assert.equal(result.verdict, "pass");
});

test("a regression beyond an absolute max-drop fails with a reason", () => {
  const result = run({ accuracy: 0.88 }, { accuracy: 0.9 }, "metrics:\n  accuracy: { max-drop: 0.01 }\n");
  assert.equal(result.verdict, "fail");
  assert.deepEqual(result.failedMetrics, ["accuracy"]);
  const accuracy = row(result, "accuracy");
  assert.equal(accuracy.status, "fail");
  assert.equal(accuracy.reason, "max-drop: 0.01 not met: expected >= 0.89 (baseline 0.9 - 0.01), got 0.88");
});

test("percentage max-drop is relative to the baseline", () => {
  const policy = "metrics:\n  accuracy: { max-drop: 2% }\n";
  // 0.9 - 2% of 0.9 = 0.882
  assert.equal(row(run({ accuracy: 0.881 }, { accuracy: 0.9 }, policy), "accuracy").status, "fail");
  const ok = row(run({ accuracy: 0.885 }, { accuracy: 0.9 }, policy), "accuracy");
  assert.equal(ok.status, "regressed-ok");
  assert.equal(ok.checks[0]?.threshold, 0.9 - 0.018);
});

test("with a baseline of 0 a percentage allows no change; an absolute amount does", () => {
  assert.equal(
    row(run({ err: 0.001 }, { err: 0 }, "metrics:\n  err: { max-rise: 50% }\n"), "err").status,
    "fail",
  );
  assert.equal(
    row(run({ err: 0.001 }, { err: 0 }, "metrics:\n  err: { max-rise: 0.01 }\n"), "err").status,
    "regressed-ok",
  );
});

test("min and max are absolute bounds, and tolerance does not soften them", () => {
  const policy = "metrics:\n  accuracy: { min: 0.9, tolerance: 0.05 }\n  latency_ms: { max: 120 }\n";
  const result = run({ accuracy: 0.89, latency_ms: 130 }, { accuracy: 0.89, latency_ms: 100 }, policy);
  assert.equal(row(result, "accuracy").status, "fail");
  assert.equal(row(result, "accuracy").reason, "min: 0.9 not met: expected >= 0.9, got 0.89");
  assert.equal(row(result, "latency_ms").reason, "max: 120 not met: expected <= 120, got 130");
  assert.deepEqual(result.failedMetrics, ["accuracy", "latency_ms"]);
});

test("a metric missing on the candidate side fails closed, unless the policy says otherwise", () => {
  const baseline = { accuracy: 0.9, f1: 0.8 };
  const failing = run({ f1: 0.8 }, baseline, "metrics:\n  accuracy: { min: 0.5 }\n");
  assert.equal(row(failing, "accuracy").status, "fail");
  assert.equal(row(failing, "accuracy").reason, "not found in the candidate metrics (missing: fail)");
  assert.equal(row(failing, "accuracy").checks[0]?.outcome, "skipped");

  const warning = run({ f1: 0.8 }, baseline, "metrics:\n  accuracy: { min: 0.5, missing: warn }\n");
  assert.equal(warning.verdict, "warn");
  assert.deepEqual(warning.warnedMetrics, ["accuracy"]);

  const ignored = run(
    { f1: 0.8 },
    baseline,
    "defaults: { missing: ignore }\nmetrics:\n  accuracy: { min: 0.5 }\n",
  );
  assert.equal(ignored.verdict, "pass");
  assert.equal(row(ignored, "accuracy").status, "missing");
});

test("a policy naming a metric neither side has fails with a did-you-mean", () => {
  const result = run({ accuracy: 0.9 }, { accuracy: 0.9 }, "rules:\n  - acuracy >= 0.8\n");
  assert.equal(
    row(result, "acuracy").reason,
    "not found in the candidate or baseline metrics; did you mean 'accuracy'? (missing: fail)",
  );
  assert.equal(result.verdict, "fail");
});

test("NaN and Infinity fail closed even where the comparison would pass", () => {
  const result = run(
    { accuracy: Number.NaN, auc: Number.POSITIVE_INFINITY },
    { accuracy: 0.9, auc: 0.8 },
    "metrics:\n  accuracy: { min: 0.5 }\n  auc: { min: 0.5 }\n",
  );
  assert.deepEqual(result.failedMetrics, ["accuracy", "auc"]);
  assert.equal(row(result, "auc").reason, "value is Infinity (missing: fail)");
  const ignored = run(
    { accuracy: Number.NaN },
    undefined,
    "metrics:\n  accuracy: { min: 0.5, missing: ignore }\n",
    {
      onMissingBaseline: "pass",
    },
  );
  assert.equal(row(ignored, "accuracy").status, "non-finite");
  assert.equal(ignored.verdict, "pass");
});

test("a non-numeric value under a numeric rule fails; without a rule it is only shown", () => {
  const result = run(
    { accuracy: "high", model: "resnet" },
    { accuracy: 0.9, model: "vgg" },
    "rules:\n  - accuracy >= 0.8\n",
  );
  assert.equal(row(result, "accuracy").status, "fail");
  assert.equal(row(result, "accuracy").reason, 'value "high" is not a number (missing: fail)');
  assert.equal(row(result, "model").status, "non-numeric");
  assert.equal(row(result, "model").gated, false);
});

test("missing baseline, on-missing-baseline warn (default): baseline rules skipped, verdict warn", () => {
  const policy = "metrics:\n  accuracy: { min: 0.8, max-drop: 1% }\n  f1:\n";
  const result = run({ accuracy: 0.9, f1: 0.7 }, undefined, policy);
  assert.equal(result.verdict, "warn");
  assert.equal(result.baseline.present, false);
  assert.equal(result.baseline.skippedRules, 2);
  assert.match(result.baseline.note ?? "", /no baseline: 2 baseline rule\(s\) not evaluated/);
  const accuracy = row(result, "accuracy");
  assert.deepEqual(
    accuracy.checks.map((c) => [c.rule.origin, c.outcome, c.level]),
    [
      ["min", "pass", "none"],
      ["max-drop", "skipped", "warn"],
    ],
  );
  assert.equal(accuracy.status, "warn");
  assert.equal(accuracy.reason, "not evaluated: no baseline");
  assert.match(result.summary, /^warn: /);
});

test("missing baseline, on-missing-baseline fail: the verdict fails", () => {
  const result = run({ accuracy: 0.9 }, undefined, "metrics:\n  accuracy: { max-drop: 1% }\n", {
    onMissingBaseline: "fail",
  });
  assert.equal(result.verdict, "fail");
  assert.deepEqual(result.failedMetrics, ["accuracy"]);
});

test("missing baseline, on-missing-baseline pass: no failure, but the result says what was skipped", () => {
  const result = run(
    { accuracy: 0.9, loss: 0.2 },
    undefined,
    "metrics:\n  accuracy: { max-drop: 1% }\n  loss: { max: 0.5 }\n",
    {
      onMissingBaseline: "pass",
    },
  );
  assert.equal(result.verdict, "pass");
  assert.equal(row(result, "accuracy").status, "skipped");
  assert.equal(row(result, "accuracy").reason, "1 of 1 rule(s) not evaluated: no baseline");
  assert.equal(row(result, "loss").status, "pass");
  assert.equal(result.baseline.skippedRules, 1);
  assert.match(result.summary, /no baseline: 1 baseline rule\(s\) not evaluated/);
});

test("absolute rules still gate when the baseline is missing", () => {
  const result = run({ accuracy: 0.7 }, undefined, "metrics:\n  accuracy: { min: 0.8 }\n", {
    onMissingBaseline: "pass",
  });
  assert.equal(result.verdict, "fail");
});

test("a baseline value that is NaN cannot anchor a baseline rule: treated like a missing baseline", () => {
  const result = run({ accuracy: 0.9 }, { accuracy: Number.NaN }, "metrics:\n  accuracy: { max-drop: 1% }\n");
  assert.equal(row(result, "accuracy").status, "warn");
  assert.equal(row(result, "accuracy").reason, "not evaluated: baseline value is NaN");
});

test("a metric new in this change: baseline rules are skipped without effect, absolute ones apply", () => {
  const result = run(
    { recall: 0.6, auc: 0.9 },
    { accuracy: 0.9 },
    "metrics:\n  recall: { max-drop: 1% }\n  auc: { min: 0.95 }\n",
  );
  assert.equal(row(result, "recall").status, "new");
  assert.equal(row(result, "recall").checks[0]?.reason, "not evaluated: not in the baseline");
  assert.equal(row(result, "auc").status, "fail");
  assert.equal(row(result, "accuracy").status, "removed");
  assert.equal(result.verdict, "fail");
});

test("glob specificity decides which entry applies", () => {
  const policy = `metrics:
  "*": { max-drop: 50% }
  "*.loss": { max-rise: 1% }
  val.loss: { max-rise: 20% }
`;
  const result = run(
    { "train.loss": 0.12, "val.loss": 0.12, accuracy: 0.6 },
    { "train.loss": 0.1, "val.loss": 0.1, accuracy: 0.9 },
    policy,
  );
  assert.equal(row(result, "train.loss").entry, "*.loss");
  assert.equal(row(result, "train.loss").status, "fail");
  assert.equal(row(result, "val.loss").entry, "val.loss");
  assert.equal(row(result, "val.loss").status, "regressed-ok");
  assert.equal(row(result, "accuracy").entry, "*");
  assert.equal(row(result, "accuracy").status, "regressed-ok");
});

test("warn and info severities do not block", () => {
  const policy = `metrics:
  latency_ms: { max-rise: 10%, severity: warn }
  size_mb: { max: 100, severity: info }
rules:
  - "f1 >= baseline [warn]"
`;
  const result = run(
    { latency_ms: 150, size_mb: 120, f1: 0.8 },
    { latency_ms: 100, size_mb: 90, f1: 0.81 },
    policy,
  );
  assert.equal(result.verdict, "warn");
  assert.deepEqual(result.failedMetrics, []);
  assert.deepEqual(result.warnedMetrics, ["latency_ms", "f1"]);
  assert.equal(row(result, "size_mb").status, "info");
  assert.equal(row(result, "size_mb").reason, "max: 100 not met: expected <= 100, got 120");

  const infoOnly = run(
    { size_mb: 120, f1: 0.9 },
    { size_mb: 90, f1: 0.8 },
    policy.replace(/ {2}latency.*\n/, ""),
  );
  assert.equal(infoOnly.verdict, "pass");
  assert.equal(row(infoOnly, "size_mb").status, "info");
});

test("inline rules from options join the policy's, and the inline severity marker wins", () => {
  const rules = [parseRule("loss <= baseline * 1.1 [warn]"), parseRule("loss < 1")];
  const result = run({ loss: 0.5 }, { loss: 0.4 }, "defaults: { severity: info }\n", { rules });
  const loss = row(result, "loss");
  assert.deepEqual(
    loss.checks.map((c) => [c.rule.text, c.severity, c.outcome]),
    [
      ["loss <= baseline * 1.1", "warn", "fail"],
      ["loss < 1", "info", "pass"],
    ],
  );
  assert.equal(loss.status, "warn");
});

test("metrics with no rule are shown and diffed, never gated", () => {
  const result = run(
    { accuracy: 0.8, train_loss: 0.3, epochs: 10, extra: 1 },
    { accuracy: 0.9, train_loss: 0.35, epochs: 10, gone: 2 },
    "",
  );
  assert.equal(result.verdict, "pass");
  assert.deepEqual(
    result.rows.map((r) => [r.name, r.status, r.gated]),
    [
      ["accuracy", "regressed-ok", false],
      ["gone", "removed", false],
      ["extra", "new", false],
      ["train_loss", "improved", false],
      ["epochs", "pass", false],
    ],
  );
  assert.equal(result.counts["regressed-ok"], 1);
  assert.equal(result.counts.fail, 0);
  assert.equal(result.summary, "pass: 1 improved; 1 regressed within the rules; 0 of 5 metric(s) gated");
});

test("rows come worst first; unmatched globs are reported", () => {
  const result = run(
    { a: 1, b: 0.5 },
    { a: 1, b: 0.9 },
    "metrics:\n  b: { min: 0.8 }\n  '*.auc': { min: 0.5 }\n",
  );
  assert.deepEqual(
    result.rows.map((r) => r.name),
    ["b", "a"],
  );
  assert.deepEqual(result.unmatchedPatterns, ["*.auc"]);
});

test("direction shows whether it was inferred and from which word", () => {
  const result = run(
    { val_rmse: 1.1, score: 1 },
    { val_rmse: 1, score: 1 },
    "metrics:\n  score: { direction: lower }\n",
  );
  assert.deepEqual(row(result, "val_rmse").direction, { direction: "lower", inferred: true, word: "rmse" });
  assert.deepEqual(row(result, "score").direction, { direction: "lower", inferred: false });
  assert.equal(row(result, "val_rmse").status, "regressed-ok");
});

test("skippedRules counts only rules skipped for lack of a baseline", () => {
  const result = run(
    { f1: 0.9 },
    undefined,
    "metrics:\n  accuracy: { max-drop: 1% }\n  f1: { max-drop: 1% }\n",
    {
      onMissingBaseline: "pass",
    },
  );
  assert.equal(result.baseline.skippedRules, 1);
  assert.equal(row(result, "accuracy").status, "fail");
  assert.equal(row(result, "f1").status, "skipped");
  assert.equal(result.verdict, "fail");
});
