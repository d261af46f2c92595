import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { defaultToken, type GitHubServer, startGitHubServer } from "./index.ts";
import { messageOf, octokitFor, rejection, sendUnchecked } from "./test-client.ts";

const owner = "octo-org";
const repo = "octo-repo";

describe("GitHub test server: routing, validation, authentication", () => {
  let server: GitHubServer;
  before(async () => {
    server = await startGitHubServer({ tokens: { [defaultToken]: "write", ghs_read: "read" } });
  });
  after(() => server.close());

  it("answers an unknown route with GitHub's 404 body", async () => {
    const response = await fetch(`${server.url}/repos/${owner}/${repo}/no-such-thing`);
    assert.equal(response.status, 404);
    assert.deepEqual(await response.json(), {
      message: "Not Found",
      documentation_url: "https://docs.github.com/rest",
      status: "404",
    });
    assert.equal(response.headers.get("content-type"), "application/json; charset=utf-8");
    assert.match(
      response.headers.get("x-github-request-id") ?? "",
      /^[0-9A-F]{4}:[0-9A-F]{4}:[0-9A-F]{6}:[0-9A-F]{6}:[0-9A-F]{8}$/,
    );
    assert.equal(response.headers.get("x-github-api-version-selected"), "2022-11-28");
  });

  it("answers a known path with a method GitHub does not have with 404", async () => {
    const response = await fetch(`${server.url}/repos/${owner}/${repo}/issues`, { method: "DELETE" });
    assert.equal(response.status, 404);
  });

  it("answers 404 for a repository that is not in state and for a path parameter of the wrong type", async () => {
    const octokit = octokitFor(server);
    const missing = await rejection(octokit.rest.issues.get({ owner, repo: "nope", issue_number: 1 }));
    assert.equal(missing.status, 404);
    const response = await fetch(`${server.url}/repos/${owner}/${repo}/issues/abc`);
    assert.equal(response.status, 404);
  });

  it("rejects a check run without name and head_sha with GitHub's Invalid request message", async () => {
    const octokit = octokitFor(server);
    const error = await rejection(
      sendUnchecked(octokit, "POST /repos/{owner}/{repo}/check-runs", { owner, repo }),
    );
    assert.equal(error.status, 422);
    assert.deepEqual(error.response?.data, {
      message: `Invalid request.\n\n"name", "head_sha" weren't supplied.`,
      documentation_url: "https://docs.github.com/rest/reference/checks#create-a-check-run",
      status: "422",
    });
  });

  it("rejects a conclusion outside the enum, naming the property and the allowed values", async () => {
    const octokit = octokitFor(server);
    const error = await rejection(
      sendUnchecked(octokit, "POST /repos/{owner}/{repo}/check-runs", {
        owner,
        repo,
        name: "gate",
        head_sha: "a".repeat(40),
        conclusion: "passed",
      }),
    );
    assert.equal(error.status, 422);
    const message = messageOf(error);
    assert.match(
      message,
      /^Invalid request\.\n\nFor 'properties\/conclusion', "passed" is not a member of \["action_required", /,
    );
  });

  it("rejects a body of the wrong type and a query parameter outside its enum", async () => {
    const octokit = octokitFor(server);
    const typed = await rejection(
      sendUnchecked(octokit, "POST /repos/{owner}/{repo}/issues", { owner, repo, title: "t", body: 42 }),
    );
    assert.equal(typed.status, 422);
    assert.match(messageOf(typed), /For 'properties\/body', 42 is not a string/);
    const query = await rejection(
      sendUnchecked(octokit, "GET /repos/{owner}/{repo}/issues", { owner, repo, state: "bogus" }),
    );
    assert.equal(query.status, 422);
  });

  it("answers malformed JSON with 400 Problems parsing JSON", async () => {
    const response = await fetch(`${server.url}/repos/${owner}/${repo}/issues`, {
      method: "POST",
      headers: { authorization: `token ${defaultToken}` },
      body: "{not json",
    });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { message: string }).message, "Problems parsing JSON");
  });

  it("answers a documented but unimplemented operation with 501 naming its operationId", async () => {
    const octokit = octokitFor(server);
    const error = await rejection(octokit.rest.repos.listReleases({ owner, repo }));
    assert.equal(error.status, 501);
    assert.match(error.message, /repos\/list-releases/);
  });

  it("requires a token for writes and accepts both `token` and `Bearer` schemes", async () => {
    const anonymous = await rejection(
      octokitFor(server, null).rest.issues.create({ owner, repo, title: "anonymous" }),
    );
    assert.equal(anonymous.status, 401);
    assert.equal(messageOf(anonymous), "Requires authentication");
    const bearer = await fetch(`${server.url}/repos/${owner}/${repo}/issues`, {
      method: "POST",
      headers: { authorization: `Bearer ${defaultToken}` },
      body: JSON.stringify({ title: "with bearer" }),
    });
    assert.equal(bearer.status, 201);
  });

  it("answers an unknown token with 401 Bad credentials", async () => {
    const error = await rejection(octokitFor(server, "ghs_unknown").rest.issues.listForRepo({ owner, repo }));
    assert.equal(error.status, 401);
    assert.equal(messageOf(error), "Bad credentials");
  });

  it("lets a read-only token (a fork's GITHUB_TOKEN) read but answers its writes with 403", async () => {
    const reader = octokitFor(server, "ghs_read");
    const list = await reader.rest.issues.listForRepo({ owner, repo });
    assert.equal(list.status, 200);
    const error = await rejection(reader.rest.issues.create({ owner, repo, title: "from a fork" }));
    assert.equal(error.status, 403);
    assert.equal(messageOf(error), "Resource not accessible by integration");
  });

  it("sends primary rate-limit headers that count requests per token", async () => {
    const first = await fetch(`${server.url}/repos/${owner}/${repo}`, {
      headers: { authorization: "token ghs_read" },
    });
    const second = await fetch(`${server.url}/repos/${owner}/${repo}`, {
      headers: { authorization: "token ghs_read" },
    });
    assert.equal(second.headers.get("x-ratelimit-limit"), "5000");
    assert.equal(second.headers.get("x-ratelimit-resource"), "core");
    const usedBefore = Number(first.headers.get("x-ratelimit-used"));
    assert.equal(Number(second.headers.get("x-ratelimit-used")), usedBefore + 1);
    assert.equal(Number(second.headers.get("x-ratelimit-remaining")), 5000 - usedBefore - 1);
    assert.ok(Number(second.headers.get("x-ratelimit-reset")) > Date.now() / 1000);
  });

  it("records every request with method, path, query, body, operation and status", async () => {
    const octokit = octokitFor(server);
    const before = server.requests.length;
    await octokit.rest.issues.create({ owner, repo, title: "recorded" });
    await octokit.rest.issues.listForRepo({ owner, repo, state: "all", per_page: 5 });
    const [create, list] = server.requests.slice(before);
    assert.deepEqual(
      { method: create?.method, path: create?.path, body: create?.body, status: create?.status },
      { method: "POST", path: `/repos/${owner}/${repo}/issues`, body: { title: "recorded" }, status: 201 },
    );
    assert.equal(create?.operationId, "issues/create");
    assert.deepEqual(list?.query, { state: "all", per_page: "5" });
    assert.equal(list?.status, 200);
  });
});
