import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type GitHubServer, startGitHubServer } from "./index.ts";
import { assertConformsToSpec, octokitFor, rejection } from "./test-client.ts";

const owner = "octo-org";
const repo = "octo-repo";
const headSha = "1f".repeat(20);

describe("GitHub test server: issues, comments and pull requests", () => {
  let server: GitHubServer;
  before(async () => {
    server = await startGitHubServer();
  });
  after(() => server.close());

  it("creates, gets, closes and reopens an issue in GitHub's shape", async () => {
    const octokit = octokitFor(server);
    const created = await octokit.rest.issues.create({
      owner,
      repo,
      title: "Model drift",
      body: "psi 0.3",
      labels: ["ml"],
    });
    assert.equal(created.status, 201);
    assertConformsToSpec("issues/create", 201, created.data);
    assert.equal(created.data.user?.login, "github-actions[bot]");
    assert.deepEqual(
      created.data.labels.map((l) => (typeof l === "string" ? l : l.name)),
      ["ml"],
    );
    assert.equal(created.data.html_url, `https://github.com/${owner}/${repo}/issues/${created.data.number}`);

    const fetched = await octokit.rest.issues.get({ owner, repo, issue_number: created.data.number });
    assertConformsToSpec("issues/get", 200, fetched.data);
    assert.equal(fetched.data.id, created.data.id);
    assert.equal(fetched.data.state, "open");

    const closed = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: created.data.number,
      state: "closed",
    });
    assertConformsToSpec("issues/update", 200, closed.data);
    assert.equal(closed.data.state, "closed");
    assert.equal(closed.data.state_reason, "completed");
    assert.ok(closed.data.closed_at);
    const reopened = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: created.data.number,
      state: "open",
    });
    assert.equal(reopened.data.state, "open");
    assert.equal(reopened.data.closed_at, null);
  });

  it("lists issues filtered by state, labels and creator", async () => {
    const octokit = octokitFor(server);
    const repository = server.state.requireRepository(`${owner}/${repo}`);
    const alice = server.state.user("alice");
    server.state.createIssue(repository, { title: "by alice", labels: ["data", "bug"], user: alice });
    const { data: closed } = await octokit.rest.issues.create({
      owner,
      repo,
      title: "closed one",
      labels: ["data"],
    });
    await octokit.rest.issues.update({ owner, repo, issue_number: closed.number, state: "closed" });

    const open = await octokit.rest.issues.listForRepo({ owner, repo });
    assertConformsToSpec("issues/list-for-repo", 200, open.data);
    assert.ok(open.data.every((issue) => issue.state === "open"));
    assert.ok(!open.data.some((issue) => issue.number === closed.number));

    const labelled = await octokit.rest.issues.listForRepo({ owner, repo, state: "all", labels: "data,bug" });
    assert.deepEqual(
      labelled.data.map((issue) => issue.title),
      ["by alice"],
    );
    const byAlice = await octokit.rest.issues.listForRepo({ owner, repo, state: "all", creator: "alice" });
    assert.deepEqual(
      byAlice.data.map((issue) => issue.user?.login),
      ["alice"],
    );
    const closedOnly = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      state: "closed",
      labels: "data",
    });
    assert.deepEqual(
      closedOnly.data.map((issue) => issue.number),
      [closed.number],
    );
  });

  it("creates, gets, updates and deletes issue comments", async () => {
    const octokit = octokitFor(server);
    const { data: issue } = await octokit.rest.issues.create({ owner, repo, title: "comments" });
    const created = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issue.number,
      body: "first",
    });
    assert.equal(created.status, 201);
    assertConformsToSpec("issues/create-comment", 201, created.data);
    assert.match(created.data.node_id, /^IC_/);
    assert.equal(created.data.issue_url, `${server.url}/repos/${owner}/${repo}/issues/${issue.number}`);

    const fetched = await octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id });
    assertConformsToSpec("issues/get-comment", 200, fetched.data);
    assert.equal(fetched.data.body, "first");

    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: "edited",
    });
    assertConformsToSpec("issues/update-comment", 200, updated.data);
    assert.equal(updated.data.body, "edited");

    const deleted = await octokit.rest.issues.deleteComment({ owner, repo, comment_id: created.data.id });
    assert.equal(deleted.status, 204);
    const gone = await rejection(
      octokit.rest.issues.getComment({ owner, repo, comment_id: created.data.id }),
    );
    assert.equal(gone.status, 404);
  });

  it("paginates 75 comments 30 at a time with GitHub's Link header", async () => {
    const octokit = octokitFor(server);
    const { data: issue } = await octokit.rest.issues.create({ owner, repo, title: "many comments" });
    const repository = server.state.requireRepository(`${owner}/${repo}`);
    for (let i = 1; i <= 75; i++)
      server.state.createComment(repository, issue.number, `comment ${i}`, server.state.user("bob"));

    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issue.number,
      per_page: 30,
    });
    assert.equal(all.length, 75);
    assert.deepEqual(
      all.map((comment) => comment.body),
      Array.from({ length: 75 }, (_, i) => `comment ${i + 1}`),
    );

    const base = `${server.url}/repos/${owner}/${repo}/issues/${issue.number}/comments?per_page=30`;
    const first = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: issue.number,
      per_page: 30,
    });
    assertConformsToSpec("issues/list-comments", 200, first.data);
    assert.equal(first.headers.link, `<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`);
    const middle = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: issue.number,
      per_page: 30,
      page: 2,
    });
    assert.equal(
      middle.headers.link,
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", <${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`,
    );
    const last = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: issue.number,
      per_page: 30,
      page: 3,
    });
    assert.equal(last.data.length, 15);
    assert.equal(last.headers.link, `<${base}&page=2>; rel="prev", <${base}&page=1>; rel="first"`);

    const defaults = await octokit.rest.issues.listComments({ owner, repo, issue_number: issue.number });
    assert.equal(defaults.data.length, 30);
    const capped = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: issue.number,
      per_page: 500,
    });
    assert.equal(capped.data.length, 75);
    assert.equal(capped.headers.link, undefined);
  });

  it("serves seeded pull requests, whose comments are issue comments", async () => {
    const octokit = octokitFor(server);
    const seeded = server.state.addPullRequest(`${owner}/${repo}`, {
      head: { ref: "feature/model", sha: headSha },
      base: { ref: "main" },
      title: "Better model",
    });
    const pull = await octokit.rest.pulls.get({ owner, repo, pull_number: seeded.number });
    assertConformsToSpec("pulls/get", 200, pull.data);
    assert.equal(pull.data.head.sha, headSha);
    assert.equal(pull.data.head.ref, "feature/model");
    assert.equal(pull.data.base.ref, "main");
    assert.equal(pull.data.state, "open");

    const list = await octokit.rest.pulls.list({ owner, repo, head: `${owner}:feature/model` });
    assertConformsToSpec("pulls/list", 200, list.data);
    assert.deepEqual(
      list.data.map((p) => p.number),
      [seeded.number],
    );
    const closedList = await octokit.rest.pulls.list({ owner, repo, state: "closed" });
    assert.equal(closedList.data.length, 0);

    const comment = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: seeded.number,
      body: "metrics",
    });
    assert.equal(
      comment.data.html_url,
      `https://github.com/${owner}/${repo}/pull/${seeded.number}#issuecomment-${comment.data.id}`,
    );
    const asIssue = await octokit.rest.issues.get({ owner, repo, issue_number: seeded.number });
    assert.ok(asIssue.data.pull_request);
    assert.equal(asIssue.data.comments, 1);

    const missing = await rejection(octokit.rest.pulls.get({ owner, repo, pull_number: 9999 }));
    assert.equal(missing.status, 404);
  });

  it("serves a fork's pull request with the fork as head repository", async () => {
    const octokit = octokitFor(server);
    const seeded = server.state.addPullRequest(`${owner}/${repo}`, {
      head: { ref: "patch-1", sha: "2e".repeat(20), repository: "contributor/octo-repo" },
      base: { ref: "main" },
      user: "contributor",
    });
    const pull = await octokit.rest.pulls.get({ owner, repo, pull_number: seeded.number });
    assertConformsToSpec("pulls/get", 200, pull.data);
    assert.equal(pull.data.head.repo?.full_name, "contributor/octo-repo");
    assert.equal(pull.data.head.label, "contributor:patch-1");
    assert.equal(pull.data.base.repo.full_name, `${owner}/${repo}`);
  });
});
