import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { emptyPolicy, evaluate, type MetricValue, parsePolicy } from "@mlops-actions/metrics";
import { renderComment } from "./render.ts";
import type { CommentReport } from "./types.ts";

const runUrl = "https://github.com/octo-org/octo-repo/actions/runs/42";

function gateReport(
  candidate: Record<string, MetricValue>,
  baseline: Record<string, MetricValue>,
  policy = emptyPolicy(),
): CommentReport {
  const evaluation = evaluate(new Map(Object.entries(candidate)), new Map(Object.entries(baseline)), policy);
  const status = evaluation.verdict;
  // Through JSON, as a report file is read.
  const data = JSON.parse(
    JSON.stringify({
      ...evaluation,
      baseline: { ...evaluation.baseline, source: "artifact", sha: "0123456789abcdef" },
    }),
  );
  return { action: "evaluate-gate", status, summary: evaluation.summary, data };
}

const policy = parsePolicy(
  "metrics:\n  accuracy:\n    max-drop: 0.01\n  loss:\n    direction: lower\n    max-rise: 5%\n",
  "ml-policy.yml",
);

const accuracyPolicy = parsePolicy("metrics:\n  accuracy:\n    max-drop: 0.01\n", "ml-policy.yml");

describe("renderComment", () => {
  it("leads with the verdict and counts, then the metric table with signs and directions", () => {
    const report = gateReport(
      { accuracy: 0.95, loss: 0.2, f1: 0.8 },
      { accuracy: 0.93, loss: 0.25, f1: 0.8 },
      policy,
    );
    const { markdown, level } = renderComment({ reports: [report], title: "train", runUrl }, 65_000);
    assert.equal(level, "full");
    const [first, second] = markdown.split("\n");
    assert.equal(first, "### ✅ Passed · train");
    assert.match(second ?? "", /^\*\*3 metrics\*\*: 2 improved, 1 unchanged/);
    assert.match(
      markdown,
      /\| accuracy <sub>↑<\/sub> \| 0\.93 \| 0\.95 \| 🟢 \+0\.02 \(\+2\.2%\) \| 🟢 improved \|/,
    );
    assert.match(markdown, /\| loss <sub>↓<\/sub> \| 0\.25 \| 0\.2 \| 🟢 −0\.05 \(−20%\) \|/);
    assert.match(markdown, /Baseline: artifact at <code>0123456<\/code>/);
    assert.match(
      markdown,
      /\[Workflow run\]\(https:\/\/github\.com\/octo-org\/octo-repo\/actions\/runs\/42\)/,
    );
  });

  it("says blocked and why when the gate fails", () => {
    const report = gateReport({ accuracy: 0.9 }, { accuracy: 0.93 }, accuracyPolicy);
    const { markdown } = renderComment({ reports: [report] }, 65_000);
    assert.match(markdown, /^### ❌ Blocked\n\*\*1 metric\*\*: 1 failed/);
    assert.match(markdown, /🔴 −0\.03 \(−3\.2%\) \| ❌ failed: /);
  });

  it("says passed with warnings for a warning anywhere", () => {
    const drift: CommentReport = {
      action: "drift-check",
      status: "warn",
      summary: "2 of 9 columns drifted",
      data: {},
    };
    const gate = gateReport({ accuracy: 0.95 }, { accuracy: 0.93 }, accuracyPolicy);
    const { markdown } = renderComment({ reports: [gate, drift] }, 65_000);
    assert.match(
      markdown,
      /^### ⚠️ Passed with warnings\n\*\*1 metric\*\*: 1 improved · \*\*1 check\*\*: 1 warned/,
    );
    assert.match(markdown, /⚠️ <b>Drift<\/b>: 2 of 9 columns drifted/);
  });

  it("renders hostile metric names and messages inert", () => {
    const hostile = ["@org/team", "<img src=x>", "x](http://evil)", "a|b", "<!-- -->"];
    const candidate = Object.fromEntries(hostile.map((name) => [name, 1]));
    const baseline = Object.fromEntries(hostile.map((name) => [name, 0.5]));
    const unknown: CommentReport = {
      action: "custom-check",
      status: "fail",
      summary: "@org/team <img src=x> ](http://evil) | <script>",
      data: { "<b>field</b>": "@octocat [x](http://evil)" },
    };
    const { markdown } = renderComment(
      { reports: [gateReport(candidate, baseline), unknown], title: "@org/leg" },
      65_000,
    );
    assert.doesNotMatch(markdown, /@(org|octocat)/, "no mention can notify");
    assert.doesNotMatch(markdown, /<img|<script|<b>field|<!-- -->/, "no HTML from user text");
    assert.doesNotMatch(markdown, /\]\(http:\/\/evil/, "no link from user text");
    assert.doesNotMatch(markdown, /http:\/\/evil/, "no autolink either");
    for (const line of markdown.split("\n").filter((l) => l.startsWith("| ") && l.includes("<sub>"))) {
      assert.equal(line.split("|").length, 7, `a row keeps its 5 cells: ${line}`);
    }
  });

  it("renders report actions it does not know as a generic section", () => {
    const report: CommentReport = {
      action: "quantize",
      status: "pass",
      summary: "int8 model is 4x smaller",
      data: {
        modelBytes: 3_145_728,
        durationMs: 95_000,
        digest: `sha256:${"a".repeat(64)}`,
        nested: { ok: true },
      },
    };
    const { markdown } = renderComment({ reports: [report] }, 65_000);
    assert.match(markdown, /<details><summary>✅ <b>quantize<\/b>: int8 model is 4x smaller<\/summary>/);
    assert.match(markdown, /\| modelBytes \| 3 MiB \|/);
    assert.match(markdown, /\| durationMs \| 1m 35s \|/);
    assert.match(markdown, /\| nested\.ok \| yes \|/);
  });

  it("lists drifted columns most drifted first and shows a parameters diff", () => {
    const drift: CommentReport = {
      action: "drift-check",
      status: "warn",
      summary: "1 of 3 columns drifted",
      data: {
        columns: [
          { name: "age", score: 0.02, drifted: false },
          { name: "income", score: 0.4, drifted: true },
          { name: "city", score: 0.1, drifted: false },
        ],
      },
    };
    const train: CommentReport = {
      action: "train",
      status: "pass",
      summary: "trained in 3m",
      data: { params: { lr: 0.01, depth: 6 }, baselineParams: { lr: 0.1, depth: 6 } },
    };
    const { markdown } = renderComment({ reports: [train, drift] }, 65_000);
    assert.ok(markdown.indexOf("Drift") < markdown.indexOf("Training"), "pipeline order");
    const order = ["income", "city", "age"].map((name) => markdown.indexOf(`| ${name} |`));
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    );
    assert.match(markdown, /\| lr \| 0\.1 \| 0\.01 \|/);
    assert.doesNotMatch(markdown, /\| depth \|/);
  });

  it("draws a trend as a text sparkline", () => {
    const { markdown } = renderComment(
      { reports: [], trends: [{ metric: "accuracy", values: [0.9, 0.91, 0.95, 0.93] }] },
      65_000,
    );
    assert.match(markdown, /\| accuracy \| ▁▂█▅ \| 0\.93 \|/);
  });

  it("shows a gap in a trend as a space, and no latest value when the latest run lacks the metric", () => {
    const { markdown } = renderComment(
      { reports: [], trends: [{ metric: "f1", values: [0.7, Number.NaN, 0.8, Number.NaN] }] },
      65_000,
    );
    assert.match(markdown, /\| f1 \| ▁ █ {2}\| — \|/);
  });
});

describe("renderComment within a size budget", () => {
  function manyMetrics(count: number, changedEvery: number): CommentReport {
    const candidate: Record<string, number> = {};
    const baseline: Record<string, number> = {};
    for (let i = 0; i < count; i++) {
      baseline[`eval.group_${i % 50}.metric_number_${i}`] = 0.5;
      candidate[`eval.group_${i % 50}.metric_number_${i}`] = i % changedEvery === 0 ? 0.6 : 0.5;
    }
    return gateReport(candidate, baseline);
  }

  it("drops unchanged rows first, saying how many", () => {
    const report = manyMetrics(1_000, 10);
    const { markdown, level, omittedRows } = renderComment({ reports: [report], runUrl }, 65_000);
    assert.equal(level, "changed-rows");
    assert.equal(omittedRows, 900);
    assert.ok(markdown.length <= 65_000);
    assert.match(
      markdown,
      /_900 unchanged metrics are not shown; the full table is in the \[job summary\]\(https:/,
    );
    assert.equal(markdown.match(/<sub>↑<\/sub>/g)?.length, 100);
  });

  for (const count of [5_000, 20_000]) {
    it(`keeps ${count.toLocaleString("en-US")} metrics under the limit with a link to the rest`, () => {
      const report = manyMetrics(count, 2);
      const { markdown, level, omittedRows } = renderComment({ reports: [report], runUrl }, 65_000);
      assert.equal(level, "truncated");
      assert.ok(markdown.length <= 65_000, `${markdown.length} characters`);
      assert.ok(markdown.length > 60_000, "uses the room it has");
      const shown = markdown.match(/<sub>↑<\/sub>/g)?.length ?? 0;
      assert.equal(shown + omittedRows, count);
      assert.match(
        markdown,
        new RegExp(
          `_${omittedRows} of ${count} metrics are not shown here; the full table is in the \\[job summary\\]`,
        ),
      );
      assert.match(markdown, /^### ✅ Passed/);
    });
  }

  it("says where the full table is when told (the job summary points at the report)", () => {
    const where = "every row is in the evaluate-gate report";
    const { markdown } = renderComment(
      { reports: [manyMetrics(5_000, 2)], runUrl, fullTableAt: where },
      65_000,
    );
    assert.match(markdown, /metrics are not shown here; every row is in the evaluate-gate report\._/);
    assert.doesNotMatch(markdown, /full table is in the/);
  });

  it("still renders something within a tiny budget", () => {
    const { markdown, level } = renderComment({ reports: [manyMetrics(200, 1)], runUrl }, 300);
    assert.ok(markdown.length <= 300);
    assert.equal(level, "cut");
    assert.match(markdown, /^### ✅ Passed/);
  });
});
