import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, it } from "node:test";
import { ArtifactStore, type StoredArtifact } from "../artifact-store.ts";
import { type GitHubServer, startGitHubServer } from "./index.ts";
import { assertConformsToSpec, octokitFor, rejection } from "./test-client.ts";

const owner = "octo-org";
const repo = "octo-repo";
const day = 24 * 3600 * 1000;

/** Stores a finalized artifact as the artifact service does at the end of an upload. */
function upload(
  store: ArtifactStore,
  name: string,
  runId: number,
  zip: Buffer,
  expiresInMs = 90 * day,
): StoredArtifact {
  const artifact = store.create({
    name,
    runId,
    repository: `${owner}/${repo}`,
    createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    expiresAt: new Date(Date.now() + expiresInMs).toISOString().replace(/\.\d{3}Z$/, "Z"),
  });
  artifact.zip = zip;
  artifact.size = zip.length;
  artifact.digest = `sha256:${createHash("sha256").update(zip).digest("hex")}`;
  artifact.finalized = true;
  return artifact;
}

describe("GitHub test server: workflow runs and artifacts", () => {
  let server: GitHubServer;
  const store = new ArtifactStore();
  before(async () => {
    server = await startGitHubServer({ artifacts: store });
    const seed = server.state.addWorkflowRun.bind(server.state, `${owner}/${repo}`);
    seed({
      id: 101,
      name: "CI",
      workflowId: 11,
      path: ".github/workflows/ci.yml",
      headBranch: "main",
      headSha: "a1".repeat(20),
      event: "push",
      conclusion: "success",
      createdAt: "2026-11-01T10:00:00Z",
    });
    seed({
      id: 102,
      name: "CI",
      workflowId: 11,
      path: ".github/workflows/ci.yml",
      headBranch: "feature",
      headSha: "b2".repeat(20),
      event: "pull_request",
      conclusion: "failure",
      createdAt: "2026-11-02T10:00:00Z",
    });
    seed({
      id: 103,
      name: "Train",
      workflowId: 12,
      path: ".github/workflows/train.yml",
      headBranch: "main",
      headSha: "c3".repeat(20),
      event: "workflow_dispatch",
      status: "in_progress",
      createdAt: "2026-11-03T10:00:00Z",
    });
  });
  after(() => server.close());

  it("lists workflow runs newest first with branch, status and event filters", async () => {
    const octokit = octokitFor(server);
    const all = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo });
    assertConformsToSpec("actions/list-workflow-runs-for-repo", 200, all.data);
    assert.deepEqual(
      all.data.workflow_runs.map((r) => r.id),
      [103, 102, 101],
    );
    const onMain = await octokit.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      branch: "main",
      status: "success",
    });
    assert.deepEqual(
      onMain.data.workflow_runs.map((r) => r.id),
      [101],
    );
    const running = await octokit.rest.actions.listWorkflowRunsForRepo({
      owner,
      repo,
      status: "in_progress",
    });
    assert.deepEqual(
      running.data.workflow_runs.map((r) => r.id),
      [103],
    );
    const paged = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, {
      owner,
      repo,
      per_page: 2,
    });
    assert.deepEqual(
      paged.map((r) => r.id),
      [103, 102, 101],
    );
    const pulls = await octokit.rest.actions.listWorkflowRunsForRepo({ owner, repo, event: "pull_request" });
    assert.equal(pulls.data.total_count, 1);
    assert.equal(pulls.data.workflow_runs[0]?.head_branch, "feature");
  });

  it("lists runs of one workflow by id or file name and gets one run", async () => {
    const octokit = octokitFor(server);
    const byId = await octokit.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: 11 });
    assertConformsToSpec("actions/list-workflow-runs", 200, byId.data);
    assert.deepEqual(
      byId.data.workflow_runs.map((r) => r.id),
      [102, 101],
    );
    const byFile = await octokit.rest.actions.listWorkflowRuns({ owner, repo, workflow_id: "train.yml" });
    assert.deepEqual(
      byFile.data.workflow_runs.map((r) => r.id),
      [103],
    );
    const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 101 });
    assertConformsToSpec("actions/get-workflow-run", 200, run.data);
    assert.equal(run.data.head_sha, "a1".repeat(20));
    assert.equal(run.data.workflow_id, 11);
    const missing = await rejection(octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: 999 }));
    assert.equal(missing.status, 404);
  });

  it("lists the artifacts a run uploaded, by run and by name", async () => {
    const octokit = octokitFor(server);
    const model = upload(store, "model", 101, Buffer.from("model zip"));
    upload(store, "report", 101, Buffer.from("report zip"));
    upload(store, "model", 102, Buffer.from("other run"));
    const unfinished = store.create({
      name: "partial",
      runId: 101,
      repository: `${owner}/${repo}`,
      createdAt: "2026-11-01T10:00:00Z",
      expiresAt: "2027-01-01T00:00:00Z",
    });

    const ofRun = await octokit.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: 101 });
    assertConformsToSpec("actions/list-workflow-run-artifacts", 200, ofRun.data);
    assert.deepEqual(ofRun.data.artifacts.map((a) => a.name).sort(), ["model", "report"]);
    assert.ok(!ofRun.data.artifacts.some((a) => a.id === unfinished.id));

    const named = await octokit.rest.actions.listWorkflowRunArtifacts({
      owner,
      repo,
      run_id: 101,
      name: "model",
    });
    assert.deepEqual(
      named.data.artifacts.map((a) => a.id),
      [model.id],
    );
    assert.equal(named.data.artifacts[0]?.workflow_run?.head_sha, "a1".repeat(20));
    assert.equal(named.data.artifacts[0]?.digest, model.digest);

    const inRepo = await octokit.rest.actions.listArtifactsForRepo({ owner, repo, name: "model" });
    assertConformsToSpec("actions/list-artifacts-for-repo", 200, inRepo.data);
    assert.equal(inRepo.data.total_count, 2);

    const one = await octokit.rest.actions.getArtifact({ owner, repo, artifact_id: model.id });
    assertConformsToSpec("actions/get-artifact", 200, one.data);
    assert.equal(one.data.size_in_bytes, model.size);
    assert.equal(one.data.expired, false);
  });

  it("redirects an artifact download to a signed URL on the same server that serves the zip", async () => {
    const octokit = octokitFor(server);
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    const artifact = upload(store, "metrics", 103, zip);

    const raw = await fetch(`${server.url}/repos/${owner}/${repo}/actions/artifacts/${artifact.id}/zip`, {
      headers: { authorization: "token ghs_testWriteToken0000000000000000000000" },
      redirect: "manual",
    });
    assert.equal(raw.status, 302);
    const location = raw.headers.get("location") ?? "";
    assert.ok(location.startsWith(`${server.url}/`), location);

    const downloaded = await octokit.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: artifact.id,
      archive_format: "zip",
    });
    assert.deepEqual(Buffer.from(downloaded.data as ArrayBuffer), zip);

    const tampered = await fetch(location.replace(/sig=[0-9a-f]+/, "sig=00"));
    assert.equal(tampered.status, 403);
  });

  it("refuses downloads without a token, of unknown formats and of expired artifacts", async () => {
    const octokit = octokitFor(server);
    const artifact = upload(store, "old", 101, Buffer.from("old"), -day);
    const fresh = upload(store, "fresh", 101, Buffer.from("fresh"));
    const anonymous = await rejection(
      octokitFor(server, null).rest.actions.downloadArtifact({
        owner,
        repo,
        artifact_id: fresh.id,
        archive_format: "zip",
      }),
    );
    assert.equal(anonymous.status, 401);
    const tarball = await rejection(
      octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: fresh.id, archive_format: "tar" }),
    );
    assert.equal(tarball.status, 404);
    const expired = await rejection(
      octokit.rest.actions.downloadArtifact({ owner, repo, artifact_id: artifact.id, archive_format: "zip" }),
    );
    assert.equal(expired.status, 410);
  });
});
