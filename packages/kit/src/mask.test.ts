import assert from "node:assert/strict";
import { test } from "node:test";
import { mask } from "./mask.ts";
import { captureStdout } from "./testing.ts";

test("masks a token and its base64 form", async () => {
  const lines = await captureStdout(() => mask("ghs_abcdef123"));
  assert.deepEqual(lines, [
    "::add-mask::ghs_abcdef123",
    `::add-mask::${Buffer.from("ghs_abcdef123").toString("base64")}`,
    `::add-mask::${Buffer.from("ghs_abcdef12").toString("base64")}`,
  ]);
});

test("masks the URL-encoded form when it differs", async () => {
  const lines = await captureStdout(() => mask("p@ss word"));
  // The runner decodes %25 back to %, so this registers "p%40ss%20word".
  assert.ok(lines.includes("::add-mask::p%2540ss%2520word"));
  assert.ok(lines.includes("::add-mask::p@ss word"));
});

test("masks each line of a multi-line secret, never the raw multi-line value", async () => {
  const key = "-----BEGIN KEY-----\nMIIBOgIBAAJBAK\n-----END KEY-----\n";
  const lines = await captureStdout(() => mask(key));
  assert.ok(lines.includes("::add-mask::-----BEGIN KEY-----"));
  assert.ok(lines.includes("::add-mask::MIIBOgIBAAJBAK"));
  assert.ok(lines.includes("::add-mask::-----END KEY-----"));
  assert.equal(
    lines.every((line) => line.startsWith("::add-mask::")),
    true,
  );
});

test("ignores empty and very short values", async () => {
  const lines = await captureStdout(() => {
    mask(undefined);
    mask("");
    mask("abc");
    mask("  \n x \n");
  });
  assert.deepEqual(lines, []);
});

test("registers a value only once", async () => {
  const lines = await captureStdout(() => {
    mask("same-secret-value");
    mask("same-secret-value");
  });
  assert.equal(lines.filter((line) => line === "::add-mask::same-secret-value").length, 1);
});
