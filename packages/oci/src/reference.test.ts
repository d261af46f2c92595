import assert from "node:assert/strict";
import { test } from "node:test";
import { formatReference, isLoopbackRegistry, parseReference, registryApiHost } from "./reference.ts";

test("parses references with Docker's defaults", () => {
  assert.deepEqual(parseReference("ghcr.io/octo/model:v1"), {
    registry: "ghcr.io",
    repository: "octo/model",
    tag: "v1",
  });
  assert.deepEqual(parseReference("127.0.0.1:5000/base"), { registry: "127.0.0.1:5000", repository: "base" });
  assert.deepEqual(parseReference("seldonio/mlserver:1.7.1"), {
    registry: "docker.io",
    repository: "seldonio/mlserver",
    tag: "1.7.1",
  });
  assert.deepEqual(parseReference("python"), { registry: "docker.io", repository: "library/python" });
  const digest = `sha256:${"a".repeat(64)}`;
  assert.deepEqual(parseReference(`localhost/x/y@${digest}`), {
    registry: "localhost",
    repository: "x/y",
    digest,
  });
  assert.equal(formatReference(parseReference("ghcr.io/o/r:t")), "ghcr.io/o/r:t");
  assert.equal(registryApiHost("docker.io"), "registry-1.docker.io");
});

test("rejects upper case repositories, bad tags and bad digests", () => {
  assert.throws(() => parseReference("ghcr.io/Octo/Model"), /invalid repository name 'Octo\/Model'/);
  assert.throws(() => parseReference("ghcr.io/o/r:-bad"), /invalid tag '-bad'/);
  assert.throws(() => parseReference("ghcr.io/o/r@sha256:123"), /invalid digest/);
});

test("loopback registries are recognised", () => {
  assert.equal(isLoopbackRegistry("127.0.0.1:5000"), true);
  assert.equal(isLoopbackRegistry("localhost"), true);
  assert.equal(isLoopbackRegistry("[::1]:5000"), true);
  assert.equal(isLoopbackRegistry("ghcr.io"), false);
  assert.equal(isLoopbackRegistry("127.example.com"), false);
});
