import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { hashFiles, resolveFiles, sha256File } from "./file-hash.ts";

const dir = await mkdtemp(join(tmpdir(), "file-hash-"));
after(() => rm(dir, { recursive: true, force: true }));
await mkdir(join(dir, "model", "sub"), { recursive: true });
await writeFile(join(dir, "model", "a.bin"), "abc");
await writeFile(join(dir, "model", "sub", "b.txt"), "");
await writeFile(join(dir, "data.csv"), "x\n");

test("sha256 of known content (FIPS 180-2 example 'abc' and the empty string)", async () => {
  assert.equal(
    await sha256File(join(dir, "model", "a.bin")),
    "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  );
  assert.equal(
    await sha256File(join(dir, "model", "sub", "b.txt")),
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  );
});

test("files, directories and globs resolve to sorted files, without duplicates", async () => {
  const files = await resolveFiles(["model", "data.csv", "model/**/*.bin"], dir, "model");
  assert.deepEqual(files, [
    join(dir, "data.csv"),
    join(dir, "model", "a.bin"),
    join(dir, "model", "sub", "b.txt"),
  ]);
  assert.deepEqual(await resolveFiles(["*.csv"], dir, "deps"), [join(dir, "data.csv")]);
});

test("a pattern that matches nothing names the input and the pattern", async () => {
  await assert.rejects(
    resolveFiles(["nope/*.pkl"], dir, "model"),
    /Input 'model': 'nope\/\*\.pkl' matches no file/,
  );
  assert.deepEqual(await resolveFiles(["nope"], dir, "model", { allowEmpty: true }), []);
});

test("hashes carry paths relative to the base with sizes", async () => {
  assert.deepEqual(await hashFiles([join(dir, "model", "a.bin")], dir), [
    {
      path: "model/a.bin",
      sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      size: 3,
    },
  ]);
});
