import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import { fileURLToPath } from "node:url";

const fixture = fileURLToPath(new URL("./fixtures/run-fixture.ts", import.meta.url));

function runFixture(mode: string, env: Record<string, string> = {}) {
  const childEnv: Record<string, string | undefined> = { ...process.env, GITHUB_WORKSPACE: "/ws", ...env };
  if (!("RUNNER_DEBUG" in env)) delete childEnv.RUNNER_DEBUG;
  const child = spawnSync(process.execPath, [fixture, mode], { env: childEnv, encoding: "utf8" });
  const lines = child.stdout.split("\n").filter((line) => line !== "");
  return {
    status: child.status,
    lines,
    errors: lines.filter((line) => line.startsWith("::error")),
    stderr: child.stderr,
  };
}

describe("run", () => {
  test("success exits 0 with no error line", () => {
    const result = runFixture("ok");
    assert.equal(result.status, 0);
    assert.deepEqual(result.lines, ["working"]);
  });

  test("a UserError is exactly one ::error:: line, no stack, exit 1", () => {
    const result = runFixture("user-error");
    assert.equal(result.status, 1);
    assert.deepEqual(result.errors, ["::error::Input 'timeout' has value '15x': expected a duration"]);
    assert.doesNotMatch(result.lines.join("\n") + result.stderr, /at main|run-fixture\.ts:/);
  });

  test("a UserError with a location becomes a file annotation", () => {
    const result = runFixture("user-error-located");
    assert.equal(result.status, 1);
    assert.deepEqual(result.errors, [
      "::error file=data/train.csv,line=7,col=2::row has 3 columns, expected 4",
    ]);
  });

  test("a bug is one internal-error line without the stack", () => {
    const result = runFixture("bug");
    assert.equal(result.status, 1);
    assert.deepEqual(result.errors, [
      "::error::Internal error in mlops-actions (a bug, please report it): cannot read properties of undefined",
    ]);
    assert.equal(
      result.lines.some((line) => line.includes("run-fixture.ts")),
      false,
    );
  });

  test("a bug shows its stack as ::debug:: lines when RUNNER_DEBUG=1", () => {
    const result = runFixture("bug", { RUNNER_DEBUG: "1" });
    assert.equal(result.status, 1);
    assert.equal(result.errors.length, 1);
    const debug = result.lines.filter((line) => line.startsWith("::debug::"));
    assert.equal(debug[0], "::debug::TypeError: cannot read properties of undefined");
    assert.ok(debug.some((line) => line.includes("run-fixture.ts")));
  });

  test("a thrown non-Error is reported as an internal error", () => {
    const result = runFixture("string");
    assert.equal(result.status, 1);
    assert.deepEqual(result.errors, [
      "::error::Internal error in mlops-actions (a bug, please report it): plain string thrown",
    ]);
  });
});

describe("runPost", () => {
  test("a failing post step warns and exits 0", () => {
    const result = runFixture("post-bug");
    assert.equal(result.status, 0);
    assert.deepEqual(result.errors, []);
    assert.equal(result.lines.filter((line) => line.startsWith("::warning::Internal error")).length, 1);
  });
});
