import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, beforeEach, test } from "node:test";
import { DEFAULT_SMOKE_TIMEOUT_MS, DEFAULT_SMOKE_TOLERANCE, readSmokeInputs } from "./smoke-inputs.ts";

const workspace = mkdtempSync(join(tmpdir(), "bmi-smoke-inputs-"));
const request = { inputs: [{ name: "x", shape: [1, 4], datatype: "FP64", data: [1, 2, 3, 4] }] };
writeFileSync(join(workspace, "request.json"), JSON.stringify(request));
writeFileSync(join(workspace, "expect.json"), JSON.stringify({ outputs: [{ data: ["setosa"] }] }));
writeFileSync(join(workspace, "broken.json"), "{ not json");
writeFileSync(join(workspace, "no-inputs.json"), JSON.stringify({ data: [1] }));
after(() => rmSync(workspace, { recursive: true, force: true }));

const saved = { ...process.env };
beforeEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith("INPUT_")) delete process.env[key];
  process.env.GITHUB_WORKSPACE = workspace;
});
after(() => {
  process.env = saved;
});

function given(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

test("no smoke-request: no smoke test", () => {
  assert.equal(readSmokeInputs("image"), undefined);
});

test("reads and parses the request and the expectation, with the defaults", () => {
  given({ "smoke-request": "request.json", "smoke-expect": "expect.json" });
  const smoke = readSmokeInputs("image");
  assert.deepEqual(smoke?.request, request);
  assert.deepEqual(smoke?.expect, { outputs: [{ data: ["setosa"] }] });
  assert.equal(smoke?.timeoutMs, DEFAULT_SMOKE_TIMEOUT_MS);
  assert.equal(smoke?.tolerance, DEFAULT_SMOKE_TOLERANCE);
  assert.equal(smoke?.runtime, "auto");
});

test("timeout, tolerance and runtime are read and checked", () => {
  given({ "smoke-request": "request.json", "smoke-timeout": "90s", "smoke-tolerance": "0.01" });
  given({ "container-runtime": "Docker" });
  const smoke = readSmokeInputs("image");
  assert.equal(smoke?.timeoutMs, 90_000);
  assert.equal(smoke?.tolerance, 0.01);
  assert.equal(smoke?.runtime, "docker");
  assert.equal(smoke?.expect, undefined);
  given({ "container-runtime": "containerd" });
  assert.throws(() => readSmokeInputs("image"), /Input 'container-runtime' has value 'containerd'/);
});

test("bad files fail with the input's name before any work", () => {
  given({ "smoke-expect": "expect.json" });
  assert.throws(() => readSmokeInputs("image"), /Input 'smoke-expect'.*together with smoke-request/);
  given({ "smoke-request": "broken.json" });
  assert.throws(
    () => readSmokeInputs("image"),
    /Input 'smoke-request' has value 'broken.json': expected a JSON file/,
  );
  given({ "smoke-request": "no-inputs.json" });
  assert.throws(() => readSmokeInputs("image"), /expected a V2 inference request/);
  given({ "smoke-request": "missing.json" });
  assert.throws(() => readSmokeInputs("image"), /Input 'smoke-request'/);
  given({ "smoke-request": "request.json" });
  assert.throws(() => readSmokeInputs("modelpack"), /no smoke test with format: modelpack/);
});
