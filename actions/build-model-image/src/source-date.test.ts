import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { sourceDateEpoch } from "./source-date.ts";

const dir = mkdtempSync(join(tmpdir(), "source-date-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("SOURCE_DATE_EPOCH wins; a bad value is a one-line error", () => {
  assert.deepEqual(sourceDateEpoch(dir, { SOURCE_DATE_EPOCH: "1700000000" }), {
    seconds: 1700000000,
    from: "SOURCE_DATE_EPOCH",
  });
  assert.throws(
    () => sourceDateEpoch(dir, { SOURCE_DATE_EPOCH: "yesterday" }),
    /expected whole seconds since 1970/,
  );
});

test("otherwise the commit time of HEAD, otherwise 0", () => {
  assert.equal(sourceDateEpoch(dir, {}).seconds, 0);
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: dir, env: { ...process.env, GIT_COMMITTER_DATE: "@1600000000 +0000" } });
  git("init", "-q");
  writeFileSync(join(dir, "f"), "x");
  git("add", "f");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "m");
  assert.deepEqual(sourceDateEpoch(dir, {}), { seconds: 1600000000, from: "commit time" });
});
