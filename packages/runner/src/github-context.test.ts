import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildGitHubContext } from "./github-context.ts";

const prPayload = {
  number: 12,
  pull_request: {
    number: 12,
    head: { ref: "feature", sha: "h".repeat(40) },
    base: { ref: "main", sha: "b".repeat(40) },
    merge_commit_sha: "m".repeat(40),
  },
  repository: { full_name: "octo/models", default_branch: "main" },
  sender: { login: "octocat" },
};

describe("buildGitHubContext", () => {
  it("derives the merge ref, sha, head and base from a pull_request payload", () => {
    const github = buildGitHubContext({ name: "pull_request", payload: prPayload }, {}, "/ws");
    assert.equal(github.ref, "refs/pull/12/merge");
    assert.equal(github.ref_name, "12/merge");
    assert.equal(github.sha, "m".repeat(40));
    assert.equal(github.head_ref, "feature");
    assert.equal(github.base_ref, "main");
    assert.equal(github.repository, "octo/models");
    assert.equal(github.repository_owner, "octo");
    assert.equal(github.actor, "octocat");
  });

  it("takes ref and sha of a push from ref and after", () => {
    const github = buildGitHubContext(
      { name: "push", payload: { ref: "refs/tags/v1", after: "a".repeat(40) } },
      {},
      "/ws",
    );
    assert.equal(github.ref_type, "tag");
    assert.equal(github.ref_name, "v1");
    assert.equal(github.sha, "a".repeat(40));
    assert.equal(github.head_ref, "");
  });

  it("lets caller values win over the payload", () => {
    const github = buildGitHubContext(
      { name: "pull_request", payload: prPayload },
      { repository: "me/x", sha: "c".repeat(40) },
      "/ws",
    );
    assert.equal(github.repository, "me/x");
    assert.equal(github.sha, "c".repeat(40));
    assert.equal(github.ref, "refs/pull/12/merge");
  });

  it("derives the GraphQL URL of a GHES API URL", () => {
    const github = buildGitHubContext(
      { name: "schedule", payload: {} },
      { apiUrl: "https://ghe.local/api/v3" },
      "/ws",
    );
    assert.equal(github.graphql_url, "https://ghe.local/api/graphql");
  });
});
