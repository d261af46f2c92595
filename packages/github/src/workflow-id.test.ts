import assert from "node:assert/strict";
import { after, before, it } from "node:test";
import { createOctokit } from "@mlops-actions/kit/github";
import {
  defaultRepository,
  defaultToken,
  type GitHubServer,
  startGitHubServer,
} from "../../../test/servers/github/index.ts";
import { currentWorkflowId, workflowFileFromRef } from "./workflow-id.ts";

let server: GitHubServer;
before(async () => {
  server = await startGitHubServer();
});
after(() => server.close());

it("takes the workflow file from GITHUB_WORKFLOW_REF", () => {
  assert.equal(workflowFileFromRef("octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main"), "ci.yml");
  assert.equal(
    workflowFileFromRef("octo-org/octo-repo/.github/workflows/ml.yaml@refs/pull/3/merge"),
    "ml.yaml",
  );
  assert.equal(workflowFileFromRef(undefined), undefined);
  assert.equal(workflowFileFromRef("something else"), undefined);
});

it("asks GitHub for this run's workflow when the runner does not say", async () => {
  server.state.addWorkflowRun(defaultRepository, {
    id: 77,
    name: "CI",
    workflowId: 1234,
    headBranch: "x",
    headSha: "a".repeat(40),
  });
  const octokit = createOctokit({ token: defaultToken, baseUrl: server.url, delayUnitMs: 1 });
  const [owner = "", repo = ""] = defaultRepository.split("/");
  assert.equal(await currentWorkflowId(octokit, { owner, repo }, 77, ""), 1234);
  assert.equal(
    await currentWorkflowId(octokit, { owner, repo }, 77, "o/r/.github/workflows/ci.yml@main"),
    "ci.yml",
  );
});
