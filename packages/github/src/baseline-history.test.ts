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
import { listBaselineHistory } from "./baseline-history.ts";

let server: GitHubServer;
const store = new ArtifactStore();
const [owner = "", repo = ""] = defaultRepository.split("/");

function seedRun(id: number, fields: { workflowId?: number; event?: string; conclusion?: string } = {}) {
  server.state.addWorkflowRun(defaultRepository, {
    id,
    name: "CI",
    workflowId: fields.workflowId ?? 7,
    headBranch: "main",
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
  for (const id of [301, 302, 303, 304, 305]) {
    seedRun(id);
    seedArtifact(id);
  }
  seedRun(306); // no artifact
  seedRun(307, { conclusion: "failure" });
  seedArtifact(307);
  seedRun(308, { event: "pull_request" });
  seedArtifact(308);
  seedRun(309, { workflowId: 8 });
  seedArtifact(309);
});
after(() => server.close());

const octokit = () => createOctokit({ token: defaultToken, baseUrl: server.url, delayUnitMs: 1 });
const query = { owner, repo, workflowId: 7, branch: "main", artifactName: "ml-metrics" };

describe("listBaselineHistory", () => {
  it("lists the successful push runs with the artifact, oldest first", async () => {
    const history = await listBaselineHistory(octokit(), query);
    assert.deepEqual(
      history.map((match) => match.run.id),
      [301, 302, 303, 304, 305],
    );
    assert.ok(history.every((match) => match.artifact.name === "ml-metrics"));
  });

  it("keeps the newest runs up to the limit", async () => {
    const history = await listBaselineHistory(octokit(), { ...query, limit: 2 });
    assert.deepEqual(
      history.map((match) => match.run.id),
      [304, 305],
    );
  });

  it("is empty without runs on the branch or with the artifact", async () => {
    assert.deepEqual(await listBaselineHistory(octokit(), { ...query, branch: "release" }), []);
    assert.deepEqual(await listBaselineHistory(octokit(), { ...query, artifactName: "nope" }), []);
  });
});
