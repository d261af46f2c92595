import assert from "node:assert/strict";
import { it } from "node:test";
import { parseBaselineSpec } from "./baseline-spec.ts";

it("reads every form of the baseline input", () => {
  assert.deepEqual(parseBaselineSpec(""), { kind: "auto" });
  assert.deepEqual(parseBaselineSpec("AUTO"), { kind: "auto" });
  assert.deepEqual(parseBaselineSpec("artifact"), { kind: "artifact" });
  assert.deepEqual(parseBaselineSpec("None"), { kind: "none" });
  assert.deepEqual(parseBaselineSpec("git:origin/main"), { kind: "git", ref: "origin/main" });
  assert.deepEqual(parseBaselineSpec("GIT:v1.2"), { kind: "git", ref: "v1.2" });
  assert.deepEqual(parseBaselineSpec("baseline/metrics.json"), {
    kind: "path",
    path: "baseline/metrics.json",
  });
});

it("refuses refs that are empty, hold spaces, or would read as a git option", () => {
  assert.equal(parseBaselineSpec("git:"), undefined);
  assert.equal(parseBaselineSpec("git:--output=/tmp/x"), undefined);
  assert.equal(parseBaselineSpec("git:main extra"), undefined);
});
