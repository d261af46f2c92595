import assert from "node:assert/strict";
import { test } from "node:test";
import {
  GHCR_MAX_REQUEST_BYTES,
  knownRequestLimit,
  parseChunkMinLength,
  parseRequestSizeLimit,
  planChunkSize,
} from "./chunk-plan.ts";
import { RegistryClient } from "./registry-client.ts";

const MiB = 1024 * 1024;

test("ghcr.io is capped at 4 MiB per request; other registries are not", () => {
  assert.equal(GHCR_MAX_REQUEST_BYTES, 4 * MiB);
  assert.equal(knownRequestLimit("ghcr.io"), 4 * MiB);
  assert.equal(knownRequestLimit("GHCR.io"), 4 * MiB);
  assert.equal(knownRequestLimit("docker.io"), undefined);
  assert.equal(knownRequestLimit("127.0.0.1:5000"), undefined);
});

test("a client for ghcr.io plans chunks of at most 4 MiB; others keep 64 MiB", () => {
  const ghcr = new RegistryClient({ registry: "ghcr.io" });
  assert.equal(ghcr.maxRequestBytes, 4 * MiB);
  assert.equal(planChunkSize({ preferred: ghcr.chunkSize, maxRequestBytes: 4 * MiB }), 4 * MiB);
  const hub = new RegistryClient({ registry: "docker.io" });
  assert.equal(hub.maxRequestBytes, undefined);
  assert.equal(planChunkSize({ preferred: hub.chunkSize }), 64 * MiB);
  assert.equal(new RegistryClient({ registry: "ghcr.io", maxRequestBytes: MiB }).maxRequestBytes, MiB);
});

test("the chunk size is the preference, capped, then raised to the registry's minimum", () => {
  assert.equal(planChunkSize({ preferred: 64 * MiB }), 64 * MiB);
  assert.equal(planChunkSize({ preferred: 64 * MiB, maxRequestBytes: 4 * MiB }), 4 * MiB);
  assert.equal(planChunkSize({ preferred: MiB, maxRequestBytes: 4 * MiB }), MiB);
  assert.equal(planChunkSize({ preferred: MiB, minChunkLength: 5 * MiB }), 5 * MiB);
  assert.equal(planChunkSize({ preferred: 64 * MiB, minChunkLength: 5 * MiB }), 64 * MiB);
  assert.equal(
    planChunkSize({ preferred: 64 * MiB, maxRequestBytes: 4 * MiB, minChunkLength: MiB }),
    4 * MiB,
  );
  assert.equal(
    planChunkSize({ preferred: 64 * MiB, maxRequestBytes: MiB, minChunkLength: 2 * MiB }),
    2 * MiB,
  );
});

test("OCI-Chunk-Min-Length is read as a positive byte count", () => {
  assert.equal(parseChunkMinLength("5242880"), 5 * MiB);
  assert.equal(parseChunkMinLength(" 1024 "), 1024);
  assert.equal(parseChunkMinLength("0"), undefined);
  assert.equal(parseChunkMinLength("-5"), undefined);
  assert.equal(parseChunkMinLength("5MiB"), undefined);
  assert.equal(parseChunkMinLength(""), undefined);
  assert.equal(parseChunkMinLength(null), undefined);
});

test("the limit a too-large refusal names is parsed into bytes", () => {
  const ghcr =
    "PATCH ghcr.io/v2/o/r/blobs/uploads/x failed: 416 Range Not Satisfiable (REQUESTED_RANGE_NOT_SATISFIABLE " +
    "the request body is too large and exceeds the maximum permissible limit of 4.00MiB)";
  assert.equal(parseRequestSizeLimit(ghcr), 4 * MiB);
  assert.equal(parseRequestSizeLimit("exceeds the maximum permissible limit of 2.5MiB"), 2.5 * MiB);
  assert.equal(parseRequestSizeLimit("exceeds the maximum permissible limit of 512 KiB"), 512 * 1024);
  assert.equal(parseRequestSizeLimit("exceeds the maximum permissible limit of 10MB"), 10_000_000);
  assert.equal(parseRequestSizeLimit("exceeds the maximum permissible limit of 1GiB"), 1024 * MiB);
  assert.equal(parseRequestSizeLimit("exceeds the maximum permissible limit of 100B"), 100);
  assert.equal(parseRequestSizeLimit("416 REQUESTED_RANGE_NOT_SATISFIABLE invalid content range"), undefined);
  assert.equal(parseRequestSizeLimit("exceeds the maximum permissible limit of lots"), undefined);
});
