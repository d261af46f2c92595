import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createOctokit } from "@mlops-actions/kit/github";
import {
  defaultRepository,
  defaultToken,
  type GitHubServer,
  startGitHubServer,
} from "../../../test/servers/github/index.ts";
import { type CheckAnnotation, conclusionOf, fitCheckText, publishCheckRun } from "./check-run.ts";

let server: GitHubServer;
const [owner = "", repo = ""] = defaultRepository.split("/");
const readToken = "ghs_readOnly0000000000000000000000000000";
const headSha = "b".repeat(40);

before(async () => {
  server = await startGitHubServer();
  server.state.addToken(readToken, "read");
});
after(() => server.close());

const request = { owner, repo, headSha, title: "Gate passed", summary: "all good" };

describe("publishCheckRun", () => {
  it("creates a completed check run and adds annotations beyond 50 in updates", async () => {
    const annotations: CheckAnnotation[] = Array.from({ length: 120 }, (_, i) => ({
      path: "ml-policy.yml",
      start_line: i + 1,
      end_line: i + 1,
      annotation_level: "warning",
      message: `line ${i + 1}`,
    }));
    const octokit = createOctokit({ token: defaultToken, baseUrl: server.url, delayUnitMs: 1 });
    const result = await publishCheckRun(octokit, {
      ...request,
      name: "gate many",
      conclusion: "neutral",
      text: "<table></table>",
      annotations,
    });
    assert.ok(result.created);
    const stored = server.state
      .requireRepository(defaultRepository)
      .checkRuns.find((r) => r.id === result.id);
    assert.equal(stored?.conclusion, "neutral");
    assert.equal(stored?.output.annotations.length, 120);
    assert.equal(stored?.output.text, "<table></table>");
    const calls = server.requests
      .filter((r) => r.operationId?.startsWith("checks/"))
      .map((r) => r.operationId);
    assert.deepEqual(calls, ["checks/create", "checks/update", "checks/update"]);
  });

  it("returns a refusal instead of throwing when the token is read-only", async () => {
    const octokit = createOctokit({ token: readToken, baseUrl: server.url, delayUnitMs: 1 });
    const result = await publishCheckRun(octokit, { ...request, name: "gate fork", conclusion: "success" });
    assert.equal(result.created, false);
    assert.ok(!result.created && result.forbidden);
    assert.match(!result.created ? result.reason : "", /^GitHub answered 403 to creating the check run: /);
  });
});

it("maps verdicts to conclusions", () => {
  assert.deepEqual((["pass", "warn", "fail"] as const).map(conclusionOf), ["success", "neutral", "failure"]);
});

it("cuts output text to GitHub's limit and says so", () => {
  assert.equal(fitCheckText("short"), "short");
  const cut = fitCheckText("x".repeat(200), 100);
  assert.equal(cut.length, 100);
  assert.match(cut, /truncated; see the job summary/);
});
