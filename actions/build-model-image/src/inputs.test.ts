import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, beforeEach, test } from "node:test";
import { DEFAULT_BASE_IMAGE, readInputs } from "./inputs.ts";

const workspace = mkdtempSync(join(tmpdir(), "bmi-inputs-"));
writeFileSync(join(workspace, "model.onnx"), "x");
after(() => rmSync(workspace, { recursive: true, force: true }));

const saved = { ...process.env };
beforeEach(() => {
  for (const key of Object.keys(process.env))
    if (key.startsWith("INPUT_") || key.startsWith("GITHUB_")) delete process.env[key];
  Object.assign(process.env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTOR: "octocat",
    INPUT_MODEL: "model.onnx",
  });
});
after(() => {
  process.env = saved;
});

function given(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

test("defaults: the pinned runtime, image format, push, no credentials off ghcr.io", () => {
  given({ image: "registry.example.com/team/iris", "github-token": "ghs_workflowtoken123" });
  const inputs = readInputs();
  assert.equal(`${inputs.base.registry}/${inputs.base.repository}:${inputs.base.tag}`, DEFAULT_BASE_IMAGE);
  assert.equal(inputs.format, "image");
  assert.equal(inputs.push, true);
  assert.equal(inputs.credentials, undefined, "the workflow token is never sent to another registry");
  assert.equal(inputs.model, join(workspace, "model.onnx"));
});

test("on ghcr.io the actor and the workflow token are the default credentials", () => {
  given({ image: "ghcr.io/octo-org/iris", "github-token": "ghs_workflowtoken123" });
  assert.deepEqual(readInputs().credentials, { username: "octocat", password: "ghs_workflowtoken123" });
  given({ "registry-username": "bot", "registry-password": "pat_456789" });
  assert.deepEqual(readInputs().credentials, { username: "bot", password: "pat_456789" });
});

test("bad values fail with one line naming the input", () => {
  given({ image: "ghcr.io/octo-org/iris:v1" });
  assert.throws(
    () => readInputs(),
    /^UserError: Input 'image' has value 'ghcr.io\/octo-org\/iris:v1': expected registry\/repository without a tag/,
  );
  given({ image: "ghcr.io/Octo/Iris" });
  assert.throws(
    () => readInputs(),
    /Input 'image' has value 'ghcr.io\/Octo\/Iris': expected an image reference/,
  );
  given({ image: "ghcr.io/o/r", labels: "no-equals-sign" });
  assert.throws(() => readInputs(), /Input 'labels' has value 'no-equals-sign': expected name=value/);
  given({ labels: "", platforms: "amd64" });
  assert.throws(() => readInputs(), /Input 'platforms' has value 'amd64': expected os\/architecture/);
  given({ platforms: "", "registry-username": "bot", "registry-password": "" });
  assert.throws(
    () => readInputs(),
    /Input 'registry-password' .* expected a password or token for user 'bot'/,
  );
});

test("labels, tags and platforms are lists", () => {
  given({
    image: "ghcr.io/o/r",
    labels: "a=1\nb = x=y",
    tags: "one, two",
    platforms: "linux/amd64,linux/arm/v7",
    format: "modelpack",
  });
  const inputs = readInputs();
  assert.deepEqual(inputs.labels, { a: "1", b: "x=y" });
  assert.deepEqual(inputs.tags, ["one", "two"]);
  assert.deepEqual(inputs.platforms, ["linux/amd64", "linux/arm/v7"]);
  assert.equal(inputs.format, "modelpack");
});
