import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluate, parsePolicy } from "@mlops-actions/metrics";
import { formatDelta, formatValue, gateBody, gateTable } from "./render.ts";

const policy = parsePolicy("metrics:\n  accuracy:\n    max-drop: 1%\n", "ml-policy.yml");

describe("render", () => {
  it("formats values and changes with sensible precision", () => {
    assert.equal(formatValue(0.8900000000000001), "0.89");
    assert.equal(formatValue(undefined), "—");
    assert.equal(formatValue("resnet"), '"resnet"');
    assert.equal(formatValue(Number.NaN), "NaN");
    const [row] = evaluate(new Map([["accuracy", 0.88]]), new Map([["accuracy", 0.9]]), policy).rows;
    assert.deepEqual(row && formatDelta(row), { absolute: "-0.02", relative: "-2.22%" });
  });

  it("escapes metric names and labels new and removed metrics", () => {
    const evaluation = evaluate(
      new Map([
        ["<img src=x>", 1],
        ["accuracy", 0.95],
      ]),
      new Map([
        ["accuracy", 0.9],
        ["@someone", 2],
      ]),
      policy,
    );
    const table = gateTable(evaluation.rows).html;
    assert.doesNotMatch(table, /<img/);
    assert.doesNotMatch(table, /@someone/, "no mention can form");
    assert.match(table, /➕ new/);
    assert.match(table, /➖ removed/);
    assert.match(table, /✨ improved/);
  });

  it("puts the verdict and the baseline in the overview, the table in the details", () => {
    const evaluation = evaluate(new Map([["accuracy", 0.8]]), new Map([["accuracy", 0.9]]), policy);
    const body = gateBody(evaluation, {
      source: "artifact",
      description: "artifact ml-metrics of run 4 on main (abc1234)",
      ageDays: 40,
      stale: ["the baseline is 40 days old (more than 30)"],
      attempts: [{ source: "artifact", found: true, detail: "artifact ml-metrics of run 4 on main" }],
    });
    const overview = body.overview.map((part) => part.html).join("\n");
    assert.match(overview, /❌ Gate failed/);
    assert.match(
      overview,
      /Baseline: artifact ml&#45;metrics of run 4 on main &#40;abc1234&#41;, 40 day&#40;s&#41; old/,
    );
    assert.match(overview, /Stale baseline: the baseline is 40 days old/);
    const details = body.details.map((part) => part.html).join("\n");
    assert.match(details, /<table>/);
    assert.match(details, /Where the baseline was looked for/);
  });
});
