import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultTags, imageLabels, sanitizeTag } from "./image-metadata.ts";

const sha = "0123456789abcdef0123456789abcdef01234567";

test("a push to the default branch: branch, latest and sha", () => {
  assert.deepEqual(defaultTags({ sha, ref: "refs/heads/main", defaultBranch: "main" }), [
    "main",
    "latest",
    "sha-0123456",
  ]);
});

test("another branch: its name made a valid tag, no latest", () => {
  assert.deepEqual(defaultTags({ sha, ref: "refs/heads/feature/new-model", defaultBranch: "main" }), [
    "feature-new-model",
    "sha-0123456",
  ]);
});

test("semver tags give version, minor and major; pre-releases and 0.x give less", () => {
  assert.deepEqual(defaultTags({ sha, ref: "refs/tags/v1.2.3" }), [
    "1.2.3",
    "1.2",
    "1",
    "latest",
    "sha-0123456",
  ]);
  assert.deepEqual(defaultTags({ sha, ref: "refs/tags/v2.0.0-rc.1" }), ["2.0.0-rc.1", "sha-0123456"]);
  assert.deepEqual(defaultTags({ sha, ref: "refs/tags/0.4.1" }), ["0.4.1", "0.4", "latest", "sha-0123456"]);
  assert.deepEqual(defaultTags({ sha, ref: "refs/tags/release-2024" }), ["release-2024", "sha-0123456"]);
});

test("a pull request: pr-<number>", () => {
  assert.deepEqual(defaultTags({ sha, ref: "refs/pull/7/merge", pullRequestNumber: 7 }), [
    "pr-7",
    "sha-0123456",
  ]);
});

test("sanitizeTag drops leading dots and dashes and cuts at 128", () => {
  assert.equal(sanitizeTag("-.x/y z"), "x-y-z");
  assert.equal(sanitizeTag("a".repeat(200)).length, 128);
});

test("labels leave out empty facts", () => {
  assert.deepEqual(
    imageLabels({
      created: "2024-01-01T00:00:00Z",
      revision: sha,
      framework: "onnx",
      modelDigest: "sha256:aa",
      licenses: "",
    }),
    {
      "org.opencontainers.image.created": "2024-01-01T00:00:00Z",
      "org.opencontainers.image.revision": sha,
      "dev.mlops-actions.model.framework": "onnx",
      "dev.mlops-actions.model.sha256": "sha256:aa",
    },
  );
});
