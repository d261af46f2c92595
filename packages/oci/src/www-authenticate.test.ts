import assert from "node:assert/strict";
import { test } from "node:test";
import { parseWwwAuthenticate } from "./www-authenticate.ts";

test("parses a Bearer challenge with a quoted scope that contains commas", () => {
  const challenge = parseWwwAuthenticate(
    'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:octo/model:pull,push"',
  );
  assert.deepEqual(challenge, {
    scheme: "bearer",
    params: { realm: "https://ghcr.io/token", service: "ghcr.io", scope: "repository:octo/model:pull,push" },
  });
});

test("parses a Basic challenge, unquoted values, spaces and escapes", () => {
  assert.deepEqual(parseWwwAuthenticate('Basic realm="Registry \\"realm\\""'), {
    scheme: "basic",
    params: { realm: 'Registry "realm"' },
  });
  assert.deepEqual(parseWwwAuthenticate("Bearer realm=https://auth.example/token , service = registry"), {
    scheme: "bearer",
    params: { realm: "https://auth.example/token", service: "registry" },
  });
});

test("keeps only the first of several challenges", () => {
  assert.deepEqual(parseWwwAuthenticate('Bearer realm="r1",service="s", Basic realm="r2"'), {
    scheme: "bearer",
    params: { realm: "r1", service: "s" },
  });
});

test("returns undefined for an empty header", () => {
  assert.equal(parseWwwAuthenticate("  "), undefined);
});
