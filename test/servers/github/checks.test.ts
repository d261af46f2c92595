import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type GitHubServer, startGitHubServer } from "./index.ts";
import { assertConformsToSpec, messageOf, octokitFor, rejection } from "./test-client.ts";

const owner = "octo-org";
const repo = "octo-repo";
const sha = "3c".repeat(20);

describe("GitHub test server: check runs and commit statuses", () => {
  let server: GitHubServer;
  before(async () => {
    server = await startGitHubServer();
    server.state.addPullRequest(`${owner}/${repo}`, { head: { ref: "feature", sha }, base: { ref: "main" } });
  });
  after(() => server.close());

  it("creates a check run, completes it with annotations and gets it back", async () => {
    const octokit = octokitFor(server);
    const created = await octokit.rest.checks.create({
      owner,
      repo,
      name: "evaluate-gate",
      head_sha: sha,
      status: "in_progress",
      output: { title: "Evaluating", summary: "running" },
    });
    assert.equal(created.status, 201);
    assertConformsToSpec("checks/create", 201, created.data);
    assert.equal(created.data.status, "in_progress");
    assert.equal(created.data.conclusion, null);
    assert.equal(created.data.app?.slug, "github-actions");
    assert.deepEqual(
      created.data.pull_requests.map((p) => p.head.ref),
      ["feature"],
    );

    const annotation = {
      path: "metrics.json",
      start_line: 3,
      end_line: 3,
      annotation_level: "failure" as const,
      message: "accuracy fell below 0.9",
    };
    const updated = await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: Number(created.data.id),
      conclusion: "failure",
      output: { title: "Gate failed", summary: "1 metric failed", annotations: [annotation] },
    });
    assertConformsToSpec("checks/update", 200, updated.data);
    assert.equal(updated.data.status, "completed");
    assert.equal(updated.data.conclusion, "failure");
    assert.ok(updated.data.completed_at);
    assert.equal(updated.data.output.annotations_count, 1);

    const fetched = await octokit.rest.checks.get({ owner, repo, check_run_id: Number(created.data.id) });
    assertConformsToSpec("checks/get", 200, fetched.data);
    assert.equal(fetched.data.output.title, "Gate failed");
    const annotations = await octokit.rest.checks.listAnnotations({
      owner,
      repo,
      check_run_id: Number(created.data.id),
    });
    assert.equal(annotations.data[0]?.message, "accuracy fell below 0.9");
  });

  it("lists the latest check run per name for a sha or a branch", async () => {
    const octokit = octokitFor(server);
    await octokit.rest.checks.create({ owner, repo, name: "drift", head_sha: sha, conclusion: "neutral" });
    const newer = await octokit.rest.checks.create({
      owner,
      repo,
      name: "drift",
      head_sha: sha,
      conclusion: "success",
    });
    const bySha = await octokit.rest.checks.listForRef({ owner, repo, ref: sha, check_name: "drift" });
    assertConformsToSpec("checks/list-for-ref", 200, bySha.data);
    assert.equal(bySha.data.total_count, 1);
    assert.equal(bySha.data.check_runs[0]?.id, newer.data.id);
    const all = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: "feature",
      check_name: "drift",
      filter: "all",
    });
    assert.equal(all.data.total_count, 2);
    const unknown = await rejection(octokit.rest.checks.listForRef({ owner, repo, ref: "no-such-branch" }));
    assert.equal(unknown.status, 422);
    assert.equal(messageOf(unknown), "No commit found for SHA: no-such-branch");
  });

  it("refuses a completed check run without a conclusion and an unknown check run id", async () => {
    const octokit = octokitFor(server);
    const incomplete = await rejection(
      octokit.rest.checks.create({ owner, repo, name: "x", head_sha: sha, status: "completed" }),
    );
    assert.equal(incomplete.status, 422);
    const missing = await rejection(octokit.rest.checks.get({ owner, repo, check_run_id: 1 }));
    assert.equal(missing.status, 404);
  });

  it("creates commit statuses and combines the latest per context", async () => {
    const octokit = octokitFor(server);
    const first = await octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state: "pending",
      context: "ml/gate",
    });
    assert.equal(first.status, 201);
    assertConformsToSpec("repos/create-commit-status", 201, first.data);
    assert.equal(first.data.creator?.login, "github-actions[bot]");
    await octokit.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state: "success",
      context: "ml/gate",
      target_url: "https://example.com/report",
      description: "all metrics pass",
    });
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: "success", context: "ml/drift" });

    const combined = await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha });
    assertConformsToSpec("repos/get-combined-status-for-ref", 200, combined.data);
    assert.equal(combined.data.state, "success");
    assert.equal(combined.data.total_count, 2);
    assert.deepEqual(combined.data.statuses.map((s) => s.context).sort(), ["ml/drift", "ml/gate"]);

    await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: "failure", context: "ml/drift" });
    const failing = await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: "feature" });
    assert.equal(failing.data.state, "failure");

    const list = await octokit.rest.repos.listCommitStatusesForRef({ owner, repo, ref: sha });
    assertConformsToSpec("repos/list-commit-statuses-for-ref", 200, list.data);
    assert.deepEqual(
      list.data.map((s) => s.state),
      ["failure", "success", "success", "pending"],
    );
  });
});
