import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type GitHubServer, startGitHubServer } from "./index.ts";
import { assertConformsToSpec, messageOf, octokitFor, rejection, sendUnchecked } from "./test-client.ts";

const owner = "octo-org";
const repo = "octo-repo";

describe("GitHub test server: deployments and deployment statuses", () => {
  let server: GitHubServer;
  before(async () => {
    server = await startGitHubServer();
  });
  after(() => server.close());

  it("creates a deployment of a branch, resolving its sha, and gets and lists it", async () => {
    const octokit = octokitFor(server);
    const mainSha = server.state.requireRepository(`${owner}/${repo}`).branches.get("main");
    const created = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: "main",
      environment: "staging",
      payload: { model: "v3" },
      required_contexts: [],
      auto_merge: false,
    });
    assert.equal(created.status, 201);
    assertConformsToSpec("repos/create-deployment", 201, created.data);
    assert.ok("id" in created.data);
    assert.equal(created.data.sha, mainSha);
    assert.equal(created.data.environment, "staging");
    assert.equal(created.data.production_environment, false);
    assert.deepEqual(created.data.payload, { model: "v3" });

    const fetched = await octokit.rest.repos.getDeployment({
      owner,
      repo,
      deployment_id: Number(created.data.id),
    });
    assertConformsToSpec("repos/get-deployment", 200, fetched.data);
    assert.equal(fetched.data.task, "deploy");

    await octokit.rest.repos.createDeployment({ owner, repo, ref: "main", required_contexts: [] });
    const staging = await octokit.rest.repos.listDeployments({ owner, repo, environment: "staging" });
    assertConformsToSpec("repos/list-deployments", 200, staging.data);
    assert.deepEqual(
      staging.data.map((d) => Number(d.id)),
      [Number(created.data.id)],
    );
    const all = await octokit.rest.repos.listDeployments({ owner, repo });
    assert.equal(all.data.length, 2);
  });

  it("refuses an unknown ref and a ref whose required status contexts are not green", async () => {
    const octokit = octokitFor(server);
    const unknown = await rejection(octokit.rest.repos.createDeployment({ owner, repo, ref: "nope" }));
    assert.equal(unknown.status, 422);
    assert.equal(messageOf(unknown), "No ref found for: nope");

    const sha = "4d".repeat(20);
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: "failure", context: "ml/gate" });
    const conflict = await rejection(octokit.rest.repos.createDeployment({ owner, repo, ref: sha }));
    assert.equal(conflict.status, 409);
    assert.equal(messageOf(conflict), `Conflict: Commit status checks failed for ${sha}.`);
    const skipped = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: sha,
      required_contexts: [],
    });
    assert.equal(skipped.status, 201);
  });

  it("adds deployment statuses, newest first, and retires the previous successful deployment", async () => {
    const octokit = octokitFor(server);
    const deploy = async () => {
      const { data } = await octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: "main",
        environment: "prod-eu",
        required_contexts: [],
      });
      assert.ok("id" in data);
      return Number(data.id);
    };
    const firstId = await deploy();
    const urls = { log_url: "https://example.com/log", environment_url: "https://model.example.com" };
    const inProgress = await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: firstId,
      state: "in_progress",
      ...urls,
    });
    assert.equal(inProgress.status, 201);
    assertConformsToSpec("repos/create-deployment-status", 201, inProgress.data);
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: firstId,
      state: "success",
      ...urls,
    });

    const statuses = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: firstId });
    assertConformsToSpec("repos/list-deployment-statuses", 200, statuses.data);
    assert.deepEqual(
      statuses.data.map((s) => s.state),
      ["success", "in_progress"],
    );
    assert.equal(statuses.data[0]?.environment_url, "https://model.example.com");

    const secondId = await deploy();
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: secondId,
      state: "success",
      ...urls,
    });
    const retired = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: firstId });
    assert.equal(retired.data[0]?.state, "inactive");

    const invalid = await rejection(
      sendUnchecked(octokit, "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
        owner,
        repo,
        deployment_id: secondId,
        state: "done",
      }),
    );
    assert.equal(invalid.status, 422);
    const missing = await rejection(
      octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: 1 }),
    );
    assert.equal(missing.status, 404);
  });
});
