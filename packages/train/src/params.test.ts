import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { readParams } from "./params.ts";

const dir = await mkdtemp(join(tmpdir(), "train-params-"));
after(() => rm(dir, { recursive: true, force: true }));

test("YAML params are recorded with their values and hash", async () => {
  await writeFile(join(dir, "params.yaml"), "lr: 0.1\nlayers: [2, 3]\n");
  const params = await readParams(join(dir, "params.yaml"), "params.yaml");
  assert.deepEqual(params.values, { lr: 0.1, layers: [2, 3] });
  assert.match(params.sha256, /^[0-9a-f]{64}$/);
});

test("a params file that is no mapping keeps only its hash; a missing one is an error", async () => {
  await writeFile(join(dir, "params.txt"), "just text");
  assert.equal((await readParams(join(dir, "params.txt"), "params.txt")).values, undefined);
  await assert.rejects(
    readParams(join(dir, "nope.yaml"), "nope.yaml"),
    /Input 'params': the file 'nope.yaml' does not exist/,
  );
});
