import assert from "node:assert/strict";
import { test } from "node:test";
import { parseEnvLines } from "./env-input.ts";

test("NAME=value lines, values kept as written after the first =", () => {
  assert.deepEqual(parseEnvLines("SEED=1\n\n# comment\nURL=http://x/?a=b c\nEMPTY=\n"), {
    SEED: "1",
    URL: "http://x/?a=b c",
    EMPTY: "",
  });
});

test("a line without = or with a bad name names the line", () => {
  assert.throws(() => parseEnvLines("A=1\nnot a pair"), /Input 'env' has value 'not a pair' on line 2/);
  assert.throws(() => parseEnvLines("1A=x"), /expected NAME=value/);
});
