import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluate } from "./evaluate.ts";
import { parsePolicy } from "./parse-policy.ts";

const policy = parsePolicy("metrics:\n  accuracy:\n    max-drop: 0.01\n  mae:\n    max-rise: 0.1\n", "p.yml");
const candidate = new Map([
  ["accuracy", 0.85],
  ["mae", 1.3],
]);
const baseline = new Map([
  ["accuracy", 0.9],
  ["mae", 1.0],
]);

function statuses(noise?: Map<string, { low: number; high: number; significant: boolean }>) {
  const result = evaluate(candidate, baseline, policy, noise ? { noise } : {});
  return Object.fromEntries(result.rows.map((row) => [row.name, row.status]));
}

describe("noise evidence", () => {
  it("without it, the drops fail", () => {
    assert.deepEqual(statuses(), { accuracy: "fail", mae: "fail" });
  });

  it("a change that is not significant never fails a baseline rule", () => {
    const noise = new Map([["accuracy", { low: -0.09, high: 0.01, significant: false }]]);
    const result = evaluate(candidate, baseline, policy, { noise });
    const accuracy = result.rows.find((row) => row.name === "accuracy");
    assert.equal(accuracy?.status, "regressed-ok");
    assert.equal(accuracy?.checks[0]?.outcome, "within-noise");
    assert.match(
      accuracy?.checks[0]?.reason ?? "",
      /^max-drop: 0\.01 not met, but the change is not significant \(confidence interval/,
    );
    assert.equal(result.verdict, "fail", "mae has no evidence and still fails");
  });

  it("a significant change fails only if the rule fails at the interval's favourable end", () => {
    const reaching = new Map([
      ["accuracy", { low: -0.08, high: -0.005, significant: true }], // 0.9 - 0.005 >= 0.89
      ["mae", { low: 0.05, high: 0.5, significant: true }], // 1.0 + 0.05 <= 1.1
    ]);
    assert.deepEqual(statuses(reaching), { accuracy: "regressed-ok", mae: "regressed-ok" });
    const beyond = new Map([
      ["accuracy", { low: -0.08, high: -0.02, significant: true }],
      ["mae", { low: 0.2, high: 0.5, significant: true }],
    ]);
    assert.deepEqual(statuses(beyond), { accuracy: "fail", mae: "fail" });
  });

  it("absolute rules ignore it", () => {
    const strict = parsePolicy("metrics:\n  accuracy:\n    min: 0.88\n", "p.yml");
    const noise = new Map([["accuracy", { low: -0.09, high: 0.01, significant: false }]]);
    const result = evaluate(candidate, baseline, strict, { noise });
    assert.equal(result.rows.find((row) => row.name === "accuracy")?.status, "fail");
  });
});
