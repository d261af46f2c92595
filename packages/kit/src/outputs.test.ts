import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { setOutput } from "./outputs.ts";
import { withEnv } from "./testing.ts";

function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const [, name, , value] of text.matchAll(pattern)) outputs[name ?? ""] = value ?? "";
  return outputs;
}

test("setOutput writes strings as is and other values as JSON to GITHUB_OUTPUT", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "kit-outputs-"));
  const file = path.join(dir, "output");
  writeFileSync(file, "");
  try {
    await withEnv({ GITHUB_OUTPUT: file }, () => {
      setOutput("verdict", "pass");
      setOutput("score", 0.93);
      setOutput("passed", true);
      setOutput("failures", ["accuracy", "f1"]);
      setOutput("multi", "line 1\nline 2");
    });
    assert.deepEqual(readOutputs(readFileSync(file, "utf8")), {
      verdict: "pass",
      score: "0.93",
      passed: "true",
      failures: '["accuracy","f1"]',
      multi: "line 1\nline 2",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
