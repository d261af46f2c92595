import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type Annotation, annotate, annotateAll, limitAnnotations } from "./annotations.ts";
import { captureStdout, withEnv } from "./testing.ts";

const WORKSPACE = "/home/runner/work/repo/repo";

describe("annotate", () => {
  test("writes a workflow command with the file relative to the workspace", async () => {
    const lines = await withEnv({ GITHUB_WORKSPACE: WORKSPACE }, () =>
      captureStdout(() =>
        annotate({
          level: "error",
          message: "column 'age' has 3 nulls",
          title: "Validation",
          file: `${WORKSPACE}/data/train.csv`,
          line: 4,
          endLine: 6,
          column: 2,
          endColumn: 5,
        }),
      ),
    );
    assert.deepEqual(lines, [
      "::error title=Validation,file=data/train.csv,line=4,endLine=6,col=2,endColumn=5::column 'age' has 3 nulls",
    ]);
  });

  test("supports warning and notice and escapes newlines in the message", async () => {
    const lines = await captureStdout(() => {
      annotate({ level: "warning", message: "first\nsecond" });
      annotate({ level: "notice", message: "100% done" });
    });
    assert.deepEqual(lines, ["::warning::first%0Asecond", "::notice::100%25 done"]);
  });
});

describe("limitAnnotations", () => {
  const make = (level: Annotation["level"], count: number): Annotation[] =>
    Array.from({ length: count }, (_, index) => ({ level, message: `${level} ${index}` }));

  test("keeps everything within the limit", () => {
    const input = [...make("error", 10), ...make("warning", 3)];
    const { shown, omitted } = limitAnnotations(input);
    assert.equal(shown.length, 13);
    assert.deepEqual(omitted, { error: [], warning: [], notice: [] });
  });

  test("keeps the first of each level and says how many were left out", () => {
    const input = [...make("warning", 12), ...make("error", 25)];
    const { shown, omitted } = limitAnnotations(input);
    const errors = shown.filter((annotation) => annotation.level === "error");
    const warnings = shown.filter((annotation) => annotation.level === "warning");
    assert.equal(errors.length, 10);
    assert.equal(warnings.length, 10);
    assert.equal(errors[0]?.message, "error 0");
    assert.equal(errors[8]?.message, "error 8");
    assert.equal(errors[9]?.message, "16 more errors not shown here; see the step log");
    assert.equal(warnings[9]?.message, "3 more warnings not shown here; see the step log");
    assert.equal(omitted.error.length, 16);
    assert.equal(shown[0]?.level, "error", "errors come first");
  });

  test("annotateAll logs the omitted ones as plain lines", async () => {
    const input = [...make("error", 3), { level: "error" as const, message: "late", file: "a.csv", line: 7 }];
    const lines = await captureStdout(() => annotateAll(input, 2));
    assert.deepEqual(lines, [
      "::error::error 0",
      "::error::3 more errors not shown here; see the step log",
      "error: error 1",
      "error: error 2",
      "error: a.csv:7: late",
    ]);
  });
});
