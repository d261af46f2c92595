import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { unzipSync } from "fflate";
import { packageWorkingDir } from "./package-dir.ts";

const dirs: string[] = [];
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function project(git: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ray-package-"));
  dirs.push(dir);
  await writeFile(join(dir, "train.py"), "print('hi')\n");
  await writeFile(join(dir, ".gitignore"), "data/\n*.ckpt\n");
  await mkdir(join(dir, "data"));
  await writeFile(join(dir, "data", "big.csv"), "x\n");
  await writeFile(join(dir, "model.ckpt"), "weights");
  await mkdir(join(dir, "src"));
  await writeFile(join(dir, "src", "model.py"), "class M: pass\n");
  await mkdir(join(dir, ".venv", "lib"), { recursive: true });
  await writeFile(join(dir, ".venv", "pyvenv.cfg"), "home = /usr/bin\n");
  await writeFile(join(dir, ".venv", "lib", "x.py"), "\n");
  if (git) {
    execFileSync("git", ["init", "-q", dir]);
    await writeFile(join(dir, ".git", "marker"), "not packed\n");
  }
  return dir;
}

test("in a git work tree: ignored files, .git and virtualenvs stay out; files sit at the zip's root", async () => {
  const pkg = await packageWorkingDir(await project(true));
  assert.deepEqual(pkg.files, [".gitignore", "src/model.py", "train.py"]);
  assert.deepEqual(Object.keys(unzipSync(pkg.zip)).sort(), [".gitignore", "src/model.py", "train.py"]);
  assert.match(pkg.uri, /^gcs:\/\/_ray_pkg_[0-9a-f]{32}\.zip$/);
});

test("outside git everything but .git and virtualenvs is packed", async () => {
  const pkg = await packageWorkingDir(await project(false));
  assert.deepEqual(pkg.files, [".gitignore", "data/big.csv", "model.ckpt", "src/model.py", "train.py"]);
});

test("the package name follows the content", async () => {
  const dir = await project(true);
  const before = (await packageWorkingDir(dir)).uri;
  assert.equal((await packageWorkingDir(dir)).uri, before);
  await writeFile(join(dir, "train.py"), "print('changed')\n");
  assert.notEqual((await packageWorkingDir(dir)).uri, before);
});

test("a package over Ray's limit is refused with sizes and what to do", async () => {
  const dir = await project(true);
  await assert.rejects(
    packageWorkingDir(dir, 100),
    /The working directory packs to 0\.0 MiB \(3 files, 0\.0 MiB before compression\), over Ray's limit of 0\.0 MiB for an uploaded working_dir: list large files .* in \.gitignore/,
  );
});
