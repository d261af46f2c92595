// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are GitHub Actions expressions, not JS templates.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ExpressionError, evaluateCondition, evaluateTemplate } from "./expressions.ts";

const contexts = {
  github: { token: "t0k", repository: "o/r", event: { pull_request: { number: 7 } } },
  runner: { temp: "/tmp/rt" },
  env: { MODE: "fast" },
};

describe("evaluateTemplate", () => {
  it("replaces context references and keeps surrounding text", () => {
    assert.equal(evaluateTemplate("${{ github.token }}", { contexts }), "t0k");
    assert.equal(
      evaluateTemplate("${{runner.temp}}/out-${{ github.event.pull_request.number }}", { contexts }),
      "/tmp/rt/out-7",
    );
  });

  it("supports ||, literals, comparisons and case-insensitive property names", () => {
    assert.equal(evaluateTemplate("${{ env.MISSING || 'fallback' }}", { contexts }), "fallback");
    assert.equal(evaluateTemplate("${{ env.mode == 'FAST' }}", { contexts }), "true");
    assert.equal(evaluateTemplate("${{ github['repository'] }}", { contexts }), "o/r");
    assert.equal(evaluateTemplate("${{ github.nothing }}", { contexts }), "");
  });

  it("rejects unknown contexts and status functions where they are not allowed", () => {
    assert.throws(() => evaluateTemplate("${{ secrets.X }}", { contexts }), ExpressionError);
    assert.throws(() => evaluateTemplate("${{ always() }}", { contexts }), /not allowed/);
  });
});

describe("evaluateCondition", () => {
  const ok = { contexts, status: { failed: false, cancelled: false } };
  const failed = { contexts, status: { failed: true, cancelled: false } };

  it("evaluates status functions", () => {
    assert.equal(evaluateCondition("always()", failed), true);
    assert.equal(evaluateCondition("success()", failed), false);
    assert.equal(evaluateCondition("${{ failure() }}", failed), true);
    assert.equal(evaluateCondition("failure()", ok), false);
  });

  it("adds an implicit success() to a condition without a status function", () => {
    assert.equal(evaluateCondition("env.MODE == 'fast'", ok), true);
    assert.equal(evaluateCondition("env.MODE == 'fast'", failed), false);
  });
});
