import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createOctokit } from "@mlops-actions/kit/github";
import { ArtifactStore } from "../../../test/servers/artifact-store.ts";
import {
  defaultRepository,
  defaultToken,
  type GitHubServer,
  startGitHubServer,
} from "../../../test/servers/github/index.ts";
import { findBaselineRun } from "./find-baseline-run.ts";

let server: GitHubServer;
const store = new ArtifactStore();
const [owner = "", repo = ""] = defaultRepository.split("/");

function seedRun(
  id: number,
  fields: { workflowId?: number; event?: string; conclusion?: string; branch?: string },
) {
  server.state.addWorkflowRun(defaultRepository, {
    id,
    name: "CI",
    workflowId: fields.workflowId ?? 5,
    headBranch: fields.branch ?? "main",
    headSha: id.toString(16).padStart(40, "0"),
    event: fields.event ?? "push",
    conclusion: fields.conclusion ?? "success",
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, id % 60)).toISOString(),
  });
}

function seedArtifact(runId: number, name = "ml-metrics") {
  const artifact = store.create({
    name,
    runId,
    repository: defaultRepository,
    createdAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
  });
  artifact.finalized = true;
}

before(async () => {
  server = await startGitHubServer({ artifacts: store });
  seedRun(201, {});
  seedArtifact(201);
  seedRun(202, {}); // newer, but without the artifact
  seedArtifact(202, "other-artifact");
  seedRun(203, { conclusion: "failure" });
  seedArtifact(203);
  seedRun(204, { event: "pull_request" }); // a fork's branch named main
  seedArtifact(204);
  seedRun(205, { workflowId: 6 });
  seedArtifact(205);
  seedRun(206, {}); // this run
  seedArtifact(206);
});
after(() => server.close());

const octokit = () => createOctokit({ token: defaultToken, baseUrl: server.url, delayUnitMs: 1 });
const query = { owner, repo, workflowId: 5, branch: "main", artifactName: "ml-metrics", excludeRunId: 206 };

describe("findBaselineRun", () => {
  it("takes the newest successful push run of the workflow on the branch that has the artifact", async () => {
    const lookup = await findBaselineRun(octokit(), query);
    assert.equal(lookup.match?.run.id, 201, lookup.detail);
    assert.equal(lookup.match?.run.headSha, (201).toString(16).padStart(40, "0"));
    assert.equal(lookup.match?.artifact.name, "ml-metrics");
    assert.match(lookup.match?.run.htmlUrl ?? "", /\/actions\/runs\/201$/);
    assert.equal(lookup.detail, "artifact ml-metrics of run 201 on main");
  });

  it("says why nothing was found", async () => {
    const none = await findBaselineRun(octokit(), { ...query, branch: "release" });
    assert.equal(none.match, undefined);
    assert.equal(none.detail, "no successful run of workflow 5 on branch release");
    const noArtifact = await findBaselineRun(octokit(), { ...query, artifactName: "nope" });
    assert.equal(noArtifact.match, undefined);
    assert.match(
      noArtifact.detail,
      /^none of the last 2 successful run\(s\) on main has an artifact named nope/,
    );
  });

  it("looks through no more than maxRuns runs", async () => {
    const lookup = await findBaselineRun(octokit(), { ...query, maxRuns: 1 });
    assert.equal(lookup.match, undefined, "run 202 is the only one looked at");
  });
});
