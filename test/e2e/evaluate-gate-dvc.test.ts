// evaluate-gate's diff (old, new, change) against the real `dvc metrics diff --json` on the same two files.
// DVC comes from PyPI: scripts/ci/install-dvc.sh puts it in .venv-dvc (MLOPS_TEST_DVC may name another dvc).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, it } from "node:test";
import { promisify } from "node:util";
import {
  fixturesDir,
  forget,
  gateReport,
  git,
  removeTempDirs,
  workspaceWith,
  writeInto,
} from "../fixtures/evaluate-gate/helpers.ts";
import { runBundled } from "../harness/index.ts";
import {
  defaultRepository,
  defaultToken,
  type GitHubServer,
  startGitHubServer,
} from "../servers/github/index.ts";

interface DvcChange {
  old: number | null;
  new: number | null;
  diff?: number;
}

const run = promisify(execFile);
const repoRoot = resolve(fixturesDir, "..", "..", "..");

// A loopback GitHub for the gate's check run, so no call waits on retries against an unreachable one.
let github: GitHubServer;
before(async () => {
  github = await startGitHubServer({ repositories: [defaultRepository] });
});
after(async () => {
  await github?.close();
  removeTempDirs();
});

function dvcExecutable(): string {
  const dvc = process.env.MLOPS_TEST_DVC || join(repoRoot, ".venv-dvc", "bin", "dvc");
  if (!existsSync(dvc)) throw new Error(`no DVC at ${dvc}: run scripts/ci/install-dvc.sh first`);
  return dvc;
}

/** DVC's diff of old.json -> new.json: old.json committed as metrics.json, new.json in the working tree. */
async function dvcMetricsDiff(): Promise<Record<string, DvcChange>> {
  const dvc = dvcExecutable();
  const repo = workspaceWith({
    "metrics.json": { fixture: "dvc/old.json" },
    "dvc.yaml": { text: "metrics:\n  - metrics.json\n" },
  });
  // DVC's site cache and global config in a temp dir of their own: nothing read from or left in ~, /var/tmp.
  const dvcHome = workspaceWith({});
  const env = {
    ...process.env,
    DVC_NO_ANALYTICS: "1",
    DVC_SITE_CACHE_DIR: join(dvcHome, "site-cache"),
    DVC_GLOBAL_CONFIG_DIR: join(dvcHome, "config"),
  };
  const dvcIn = (...args: string[]) => run(dvc, args, { cwd: repo, env });
  git(repo, "init", "-q");
  await dvcIn("init", "-q");
  // No update check against dvc.org from a test.
  writeInto(repo, ".dvc/config", { text: "[core]\n    analytics = false\n    check_update = false\n" });
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "old metrics");
  writeInto(repo, "metrics.json", { fixture: "dvc/new.json" });
  // --all keeps unchanged metrics (f1.weighted) in the output, so a zero change is compared too.
  const { stdout } = await dvcIn("metrics", "diff", "--all", "--json");
  return (JSON.parse(stdout) as Record<string, Record<string, DvcChange>>)["metrics.json"] ?? {};
}

it("agrees with dvc metrics diff on every metric DVC reports", async () => {
  const [dvcDiff, gateRun] = await Promise.all([
    dvcMetricsDiff(),
    runBundled("evaluate-gate", {
      workspace: workspaceWith({
        "metrics.json": { fixture: "dvc/new.json" },
        "base/metrics.json": { fixture: "dvc/old.json" },
      }),
      inputs: { metrics: "metrics.json", baseline: "base/metrics.json" },
      github,
      token: defaultToken,
    }),
  ]);
  const gate = forget(gateRun);
  assert.equal(gate.exitCode, 0, gate.logs.join("\n"));
  const rows = new Map(gateReport(gate).data.rows.map((row) => [row.name, row]));
  assert.ok(Object.keys(dvcDiff).length >= 8, JSON.stringify(dvcDiff));
  for (const [name, change] of Object.entries(dvcDiff)) {
    const row = rows.get(name);
    assert.ok(row, `a row for ${name}`);
    assert.equal(row.baseline ?? null, change.old, `${name}: old`);
    assert.equal(row.candidate ?? null, change.new, `${name}: new`);
    assert.equal(row.delta?.absolute, change.diff, `${name}: change`);
    if (change.old === null) assert.equal(row.status, "new");
    if (change.new === null) assert.equal(row.status, "removed");
  }
  // DVC skips lists; the gate flattens them by index and diffs them too.
  assert.equal(rows.get("per_class.1")?.delta?.absolute, 0.7 - 0.75);
});
