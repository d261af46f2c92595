import assert from "node:assert/strict";
import { test } from "node:test";
import { type CacheKeyInput, runCacheKey } from "./cache-key.ts";

const base: CacheKeyInput = {
  command: "python train.py",
  shell: "bash",
  workingDirectory: ".",
  deps: [
    { path: "data.csv", sha256: "a".repeat(64), size: 10 },
    { path: "train.py", sha256: "b".repeat(64), size: 20 },
  ],
  paramsSha256: "c".repeat(64),
  env: { SEED: "1", LR: "0.1" },
  backend: "local",
};

test("the key is a prefixed sha256 and does not depend on the order of deps or env", () => {
  const key = runCacheKey(base);
  assert.match(key, /^mlops-train-[0-9a-f]{64}$/);
  assert.equal(runCacheKey({ ...base, deps: [...base.deps].reverse(), env: { LR: "0.1", SEED: "1" } }), key);
});

test("every part of the run changes the key", () => {
  const key = runCacheKey(base);
  const variants: Partial<CacheKeyInput>[] = [
    { command: "python train.py --fast" },
    { shell: "sh" },
    { workingDirectory: "models" },
    { deps: [{ path: "data.csv", sha256: "d".repeat(64), size: 10 }, base.deps[1] as never] },
    { deps: [{ path: "data2.csv", sha256: "a".repeat(64), size: 10 }, base.deps[1] as never] },
    { paramsSha256: "e".repeat(64) },
    { env: { SEED: "2", LR: "0.1" } },
    { backend: "ray" },
  ];
  for (const variant of variants)
    assert.notEqual(runCacheKey({ ...base, ...variant }), key, JSON.stringify(variant));
});
