// The test bed proved end to end on the fixture action's committed bundle: inputs as the runner passes
// them, outputs, job summary, annotations, the post step, a spec-valid GitHub call, a spec-invalid one the
// test server rejects, a retried 5xx, and an artifact handed from one simulated run to another.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type BundledRun, eventPayload, type RunBundledOptions, runBundled } from "../harness/index.ts";
import { ArtifactStore } from "../servers/artifact-store.ts";
import { type ArtifactServer, startArtifactServer } from "../servers/artifacts/index.ts";
import {
  defaultRepository,
  defaultToken,
  type GitHubServer,
  startGitHubServer,
} from "../servers/github/index.ts";

const workspaces: string[] = [];
const text = (lines: string[]) => lines.join("\n");
const runs: BundledRun[] = [];

function newWorkspace(files: Record<string, string> = {}): string {
  const workspace = mkdtempSync(join(tmpdir(), "fixture-ws-"));
  workspaces.push(workspace);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(workspace, name), content);
  return workspace;
}

async function fixture(options: RunBundledOptions): Promise<BundledRun> {
  const result = await runBundled("fixture-action", options);
  runs.push(result);
  return result;
}

after(() => {
  for (const dir of [...workspaces, ...runs.map((run) => dirname(run.runnerTemp))]) {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("fixture action: inputs, outputs, summary, annotations, post", () => {
  it("reads every kind of input and writes outputs, summary, a warning annotation and a report", async () => {
    const workspace = newWorkspace({ "notes.txt": "first\n# TODO: second\nthird\n", "b.csv": "x\n" });
    const result = await fixture({
      workspace,
      event: "push",
      inputs: {
        message: "hello",
        count: "2",
        loud: "TRUE",
        file: "notes.txt",
        files: "*.txt\n*.csv",
        tags: "alpha\n# a comment\nbeta\n",
        timeout: "1m30s",
      },
    });
    assert.equal(result.exitCode, 0, text(result.logs));
    assert.equal(result.outputs.greeting, "HELLO HELLO");
    assert.equal(result.outputs.count, "2");
    assert.deepEqual(JSON.parse(result.outputs.files ?? ""), ["b.csv", "notes.txt"]);
    assert.deepEqual(JSON.parse(result.outputs.tags ?? ""), ["alpha", "beta"]);
    assert.equal(result.outputs["timeout-ms"], "90000");
    assert.deepEqual(
      result.annotations.map(({ level, file, line }) => ({ level, file, line })),
      [{ level: "warning", file: "notes.txt", line: 2 }],
    );
    assert.match(result.summary, /<td>greeting<\/td><td>HELLO HELLO<\/td>/);
    assert.equal(result.reports.length, 1);
    const report = result.reports[0]?.report as { action: string; status: string; run: { id: number } };
    assert.equal(report.action, "fixture");
    assert.equal(report.status, "warn");
    assert.equal(result.outputs.report, result.reports[0]?.file);
    assert.ok(result.post, "the post step ran");
    assert.equal(result.post.exitCode, 0);
    assert.match(text(result.post.logs), /post: cleaning up after 'HELLO HELLO'/);
    assert.match(result.post.summary, /Post step saw the greeting: HELLO HELLO/);
  });

  it("fails a bad input with one error line naming the input, the value and what is accepted", async () => {
    const result = await fixture({ workspace: newWorkspace(), inputs: { message: "hi", count: "9" } });
    assert.equal(result.exitCode, 1);
    assert.deepEqual(
      result.annotations.map((a) => `${a.level}: ${a.message}`),
      ["error: Input 'count' has value '9': expected an integer between 1 and 5"],
    );
    assert.doesNotMatch(text(result.logs), /\n\s+at /, "no stack trace for a user error");
  });

  it("names a path input that does not exist", async () => {
    const result = await fixture({ workspace: newWorkspace(), inputs: { message: "hi", file: "nope.txt" } });
    assert.equal(result.exitCode, 1);
    assert.equal(result.annotations.length, 1);
    assert.match(result.annotations[0]?.message ?? "", /^Input 'file' has value 'nope.txt'/);
  });

  it("reports a bug as an internal error, with its stack only in debug mode", async () => {
    const quiet = await fixture({ workspace: newWorkspace(), inputs: { message: "hi", fail: "bug" } });
    assert.equal(quiet.exitCode, 1);
    assert.match(quiet.annotations[0]?.message ?? "", /Internal error.*the fixture was asked to crash/);
    assert.doesNotMatch(text(quiet.logs), /TypeError: the fixture was asked to crash\s+at /);
    const debug = await fixture({
      workspace: newWorkspace(),
      inputs: { message: "hi", fail: "bug" },
      env: { RUNNER_DEBUG: "1" },
    });
    assert.equal(debug.exitCode, 1);
    assert.ok(
      debug.debug.some((line) => /\bat .*index\.js/.test(line)),
      "the stack is in the debug log",
    );
  });
});

describe("fixture action against the loopback GitHub API", () => {
  let github: GitHubServer;
  const pullRequest = eventPayload("pull_request") as {
    number: number;
    repository: { full_name: string };
    pull_request: { head: { ref: string; sha: string }; base: { ref: string } };
  };
  const repository = pullRequest.repository.full_name;

  before(async () => {
    github = await startGitHubServer({ repositories: [repository, defaultRepository] });
    github.state.addPullRequest(repository, {
      number: pullRequest.number,
      head: pullRequest.pull_request.head,
      base: pullRequest.pull_request.base,
    });
  });
  after(() => github.close());

  const onPullRequest = (inputs: Record<string, string>): RunBundledOptions => ({
    workspace: newWorkspace(),
    event: "pull_request",
    github,
    token: defaultToken,
    inputs: { message: "hi", ...inputs },
  });

  it("makes a spec-valid call: a comment on the pull request of the real pull_request payload", async () => {
    const result = await fixture(onPullRequest({ mode: "comment" }));
    assert.equal(result.exitCode, 0, text(result.logs));
    const created = github.requests.filter((r) => r.operationId === "issues/create-comment");
    assert.equal(created.length, 1);
    assert.equal(created[0]?.status, 201);
    assert.equal(created[0]?.path, `/repos/${repository}/issues/${pullRequest.number}/comments`);
    assert.ok(Number(result.outputs["comment-id"]) > 0);
  });

  it("fails the step when the server rejects a spec-invalid call with 422", async () => {
    const result = await fixture(onPullRequest({ mode: "invalid-call" }));
    assert.equal(result.exitCode, 1);
    const rejected = github.requests.filter((r) => r.operationId === "checks/create");
    assert.equal(rejected.at(-1)?.status, 422);
    assert.match(result.annotations[0]?.message ?? "", /GitHub rejected the check run \(HTTP 422\)/);
  });

  it("retries a 5xx and succeeds", async () => {
    const before = github.requests.length;
    github.fault({ match: { method: "POST", path: /\/comments$/ }, times: 1, kind: "5xx", status: 502 });
    const result = await fixture(onPullRequest({ mode: "comment" }));
    assert.equal(result.exitCode, 0, text(result.logs));
    const attempts = github.requests
      .slice(before)
      .filter((r) => r.method === "POST" && r.path.endsWith("/comments"));
    assert.deepEqual(
      attempts.map((r) => r.status),
      [502, 201],
    );
  });

  it("skips the GitHub call with a note when there is no token", async () => {
    const result = await fixture({ ...onPullRequest({ mode: "comment", "github-token": "" }), token: "" });
    assert.equal(result.exitCode, 0, text(result.logs));
    assert.ok(
      result.annotations.some((a) => a.level === "notice" && /No GitHub token available/.test(a.message)),
    );
  });
});

describe("fixture action: an artifact passed between two simulated runs", () => {
  let github: GitHubServer;
  let artifacts: ArtifactServer;
  before(async () => {
    const store = new ArtifactStore();
    artifacts = await startArtifactServer({ store, repository: defaultRepository });
    github = await startGitHubServer({ artifacts: store, repositories: [defaultRepository] });
  });
  after(async () => {
    await artifacts.close();
    await github.close();
  });

  it("uploads in run 501 and downloads by run id in run 502", async () => {
    const common = { github, artifacts, token: defaultToken, context: { repository: defaultRepository } };
    const uploader = await fixture({
      ...common,
      runId: 501,
      workspace: newWorkspace({ "model.bin": "weights".repeat(1000), "metrics.json": '{"accuracy":0.9}' }),
      inputs: { message: "up", mode: "upload", files: "*.bin\n*.json", "artifact-name": "ml-metrics" },
    });
    assert.equal(uploader.exitCode, 0, text(uploader.logs));
    assert.ok(Number(uploader.outputs["artifact-id"]) > 0);

    const downloader = await fixture({
      ...common,
      runId: 502,
      workspace: newWorkspace(),
      inputs: { message: "down", mode: "download", "artifact-name": "ml-metrics", "artifact-run-id": "501" },
    });
    assert.equal(downloader.exitCode, 0, text(downloader.logs));
    assert.deepEqual(JSON.parse(downloader.outputs.downloaded ?? ""), ["metrics.json", "model.bin"]);
    assert.ok(
      github.requests.some((r) => r.operationId === "actions/download-artifact" && r.status === 302),
      "the second run went through GitHub's REST zip route",
    );
  });
});
