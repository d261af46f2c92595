import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { resolveBaseline } from "./resolve-baseline.ts";

let repo: string;
let base: string;
let branchPoint: string;
const temp = mkdtempSync(join(tmpdir(), "resolve-baseline-"));

function git(...args: string[]): string {
  return execFileSync("git", args, {
    cwd: repo,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@e",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@e",
    },
  }).trim();
}

// main: c1 (accuracy 0.8) - c2 (0.9); feature branches from c1 and writes 0.95.
before(() => {
  repo = join(temp, "repo");
  mkdirSync(join(repo, "out"), { recursive: true });
  git("init", "-q", "-b", "main");
  writeFileSync(join(repo, "out", "metrics.json"), '{"accuracy": 0.8}');
  git("add", ".");
  git("commit", "-q", "-m", "c1");
  branchPoint = git("rev-parse", "HEAD");
  writeFileSync(join(repo, "out", "metrics.json"), '{"accuracy": 0.9}');
  git("commit", "-q", "-am", "c2");
  base = git("rev-parse", "HEAD");
  git("checkout", "-q", "-b", "feature", branchPoint);
  writeFileSync(join(repo, "out", "metrics.json"), '{"accuracy": 0.95}');
  git("commit", "-q", "-am", "feature");
});
after(() => rmSync(temp, { recursive: true, force: true }));

const options = () => ({
  artifactName: "ml-metrics",
  candidateFiles: ["out/metrics.json"],
  workspace: repo,
  tempDir: temp,
  branch: "main",
});

describe("resolveBaseline", () => {
  it("auto without a token: says the artifact lookup was skipped, then takes the merge-base commit", async () => {
    const { files, provenance } = await resolveBaseline({
      ...options(),
      spec: { kind: "auto" },
      baseSha: base,
    });
    assert.equal(provenance.source, "git");
    assert.equal(provenance.sha, branchPoint, "the merge-base, not the base branch's tip");
    assert.deepEqual(files, [{ name: "out/metrics.json", text: '{"accuracy": 0.8}' }]);
    assert.deepEqual(
      provenance.attempts.map((a) => [a.source, a.found, a.detail]),
      [
        ["artifact", false, "skipped: no GitHub token"],
        ["git", true, `file(s) at merge-base commit ${branchPoint.slice(0, 7)}`],
      ],
    );
    assert.equal(typeof provenance.ageDays, "number");
    assert.deepEqual(provenance.stale, []);
  });

  it("auto with a base commit the clone does not have: missing, with the advice to fetch more", async () => {
    const { files, provenance } = await resolveBaseline({
      ...options(),
      spec: { kind: "auto" },
      baseSha: "f".repeat(40),
    });
    assert.equal(files, undefined);
    assert.equal(provenance.source, "missing");
    assert.match(
      provenance.attempts[1]?.detail ?? "",
      /is not in the local clone \(check out with fetch-depth: 0/,
    );
    assert.match(
      provenance.description,
      /^no baseline found \(artifact: skipped: no GitHub token; git: commit f+ is not/,
    );
  });

  it("git:<ref> reads the files at that ref; a ref without them is reported", async () => {
    const atMain = await resolveBaseline({ ...options(), spec: { kind: "git", ref: "main" } });
    assert.equal(atMain.provenance.source, "git");
    assert.equal(atMain.provenance.sha, base);
    assert.equal(atMain.files?.[0]?.text, '{"accuracy": 0.9}');
    const unknown = await resolveBaseline({ ...options(), spec: { kind: "git", ref: "no-such-branch" } });
    assert.equal(unknown.provenance.source, "missing");
    const otherFiles = await resolveBaseline({
      ...options(),
      candidateFiles: ["eval.json"],
      spec: { kind: "git", ref: "main" },
    });
    assert.match(otherFiles.provenance.attempts[0]?.detail ?? "", /has none of eval\.json$/);
  });

  it("artifact mode never falls back to git", async () => {
    const { provenance } = await resolveBaseline({ ...options(), spec: { kind: "artifact" }, baseSha: base });
    assert.equal(provenance.source, "missing");
    assert.deepEqual(
      provenance.attempts.map((a) => a.source),
      ["artifact"],
    );
  });

  it("none is deliberate: no files, no attempts", async () => {
    const { files, provenance } = await resolveBaseline({ ...options(), spec: { kind: "none" } });
    assert.equal(files, undefined);
    assert.equal(provenance.source, "none");
    assert.deepEqual(provenance.attempts, []);
  });

  it("reads a path: a file as is, a folder's files paired by name, and reports other file sets", async () => {
    const folder = join(temp, "baseline");
    mkdirSync(join(folder, "out"), { recursive: true });
    writeFileSync(join(folder, "out", "metrics.json"), '{"accuracy": 0.7}');
    writeFileSync(join(folder, "old.json"), '{"f1": 0.7}');
    const fromFolder = await resolveBaseline({ ...options(), spec: { kind: "path", path: folder } });
    assert.equal(fromFolder.provenance.source, "file");
    assert.deepEqual(fromFolder.provenance.files, ["out/metrics.json"]);
    assert.deepEqual(fromFolder.provenance.stale, [
      "the baseline comes from another set of metrics files: only the baseline has old.json",
    ]);
    const fromFile = await resolveBaseline({
      ...options(),
      spec: { kind: "path", path: join(folder, "old.json") },
    });
    assert.equal(fromFile.files?.length, 1);
    assert.deepEqual(fromFile.provenance.stale, []);
  });
});
