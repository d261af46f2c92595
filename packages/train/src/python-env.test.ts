import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { describePython, ranPython } from "./python-env.ts";

const empty = await mkdtemp(join(tmpdir(), "no-python-"));
after(() => rm(empty, { recursive: true, force: true }));

test("ranPython notices python, pip and .py scripts, not other commands", () => {
  assert.equal(ranPython("python train.py", "bash"), true);
  assert.equal(ranPython("cd src && python3 -m model.train", "bash"), true);
  assert.equal(ranPython("./train.py --fast", "bash"), true);
  assert.equal(ranPython("pip install -r req.txt\nmake train", "bash"), true);
  assert.equal(ranPython("print('x')", "python"), true);
  assert.equal(ranPython("cargo run --release", "bash"), false);
  assert.equal(ranPython("echo pythonic", "bash"), false);
});

test("describes the python first in PATH: executable, version and pip's package list", async () => {
  const expected = execFileSync(
    "python3",
    ["-c", "import sys; print('.'.join(map(str, sys.version_info[:3])))"],
    {
      encoding: "utf8",
    },
  ).trim();
  const python = await describePython({ PATH: process.env.PATH }, empty);
  assert.ok(python);
  assert.equal(python.version, expected);
  assert.ok(
    python.packages.some((entry) => entry.name === "pip"),
    "pip lists itself",
  );
});

test("no Python in PATH means no description", async () => {
  assert.equal(await describePython({ PATH: empty }, empty), undefined);
});
