import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { parseSections } from "@mlops-actions/github/sticky-comment";
import { installationClient } from "./app-client.ts";
import { type BotServer, startBotServer } from "./server.ts";
import {
  addCommentArtifact,
  appId,
  type BotFixture,
  owner,
  repo,
  signedHeaders,
  startFixture,
  webhookSecret,
  workflowRunPayload,
} from "./testing/fixture.ts";

describe("the bot against the GitHub test server", () => {
  let fixture: BotFixture;
  let bot: BotServer;
  const logs: string[] = [];

  before(async () => {
    fixture = await startFixture();
    const credentials = { appId: String(appId), privateKey: fixture.privateKey, apiUrl: fixture.github.url };
    bot = await startBotServer({
      webhookSecret,
      clientFor: (o, r) => installationClient(credentials, o, r),
      settleMs: 20,
      log: (line) => logs.push(line),
    });
  });
  after(async () => {
    await bot.close();
    await fixture.github.close();
  });

  const deliver = (body: string, headers: Record<string, string>) =>
    fetch(`${bot.url}/webhook`, { method: "POST", body, headers });
  const ours = (pull: number) =>
    fixture.github.state
      .requireRepository(`${owner}/${repo}`)
      .comments.filter(
        (c) => c.issueNumber === pull && c.body.startsWith("<!-- mlops-actions:metrics-comment "),
      );
  const addPull = (number: number, sha: string) =>
    fixture.github.state.addPullRequest(`${owner}/${repo}`, {
      number,
      head: { ref: `fork-${number}`, sha, repository: "fork-owner/octo-repo" },
      base: { ref: "main" },
    });

  it("answers /healthz and binds the loopback address", async () => {
    assert.match(bot.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${bot.url}/healthz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { ok: true });
  });

  it("posts the comment of a signed workflow_run delivery as the app, from the run's artifact", async () => {
    const head = "a".repeat(40);
    addPull(31, head);
    addCommentArtifact(fixture, { runId: 7001, headSha: head, pullRequest: 31 });
    const body = JSON.stringify(workflowRunPayload(7001, head));
    const response = await deliver(body, signedHeaders(body));
    assert.equal(response.status, 200);
    const { outcomes } = (await response.json()) as { outcomes: Array<Record<string, unknown>> };
    const [comment] = ours(31);
    assert.ok(comment);
    assert.deepEqual(outcomes, [
      { artifact: "mlops-comment-train", outcome: "created", pullRequest: 31, commentId: comment.id },
    ]);
    assert.equal(comment.user.login, "mlops-bot[bot]");
    assert.match(comment.body, new RegExp(`key=CI sha=${head} run=7001 attempt=1`));
    assert.deepEqual(
      parseSections(comment.body).map((s) => s.id),
      ["train"],
    );
    // The same renderer as the action: the drift report's section, the data validation's.
    assert.match(comment.body, /⚠️ <b>Drift<\/b>: 1 of 3 columns drifted/);
    assert.match(comment.body, /<b>Data validation<\/b>: 12,000 rows checked/);
    const used = fixture.github.requests.map((r) => r.operationId);
    assert.ok(used.includes("apps/get-repo-installation"));
    assert.ok(used.includes("apps/create-installation-access-token"));

    // The same delivery again: the sticky logic sees the same content for the same commit.
    const again = await deliver(body, signedHeaders(body));
    assert.deepEqual(
      ((await again.json()) as { outcomes: Array<{ outcome: string }> }).outcomes[0]?.outcome,
      "unchanged",
    );
    assert.equal(ours(31).length, 1);
  });

  it("refuses a bad signature with 401 and makes no GitHub call", async () => {
    const head = "b".repeat(40);
    addPull(32, head);
    addCommentArtifact(fixture, { runId: 7002, headSha: head, pullRequest: 32 });
    const body = JSON.stringify(workflowRunPayload(7002, head));
    const mark = fixture.github.requests.length;
    for (const headers of [
      signedHeaders(body, "not the secret"),
      signedHeaders(`${body} `),
      { ...signedHeaders(body), "x-hub-signature-256": "sha256=" },
      Object.fromEntries(
        Object.entries(signedHeaders(body)).filter(([name]) => name !== "x-hub-signature-256"),
      ),
    ]) {
      const response = await deliver(body, headers);
      assert.equal(response.status, 401);
    }
    assert.equal(fixture.github.requests.length, mark);
    assert.equal(ours(32).length, 0);
  });

  it("posts nothing when the pull request's head is not the run's commit, or the artifact names another", async () => {
    const head = "c".repeat(40);
    addPull(33, "d".repeat(40)); // pushed to since the run
    addCommentArtifact(fixture, { runId: 7003, headSha: head, pullRequest: 33 });
    const body = JSON.stringify(workflowRunPayload(7003, head));
    const response = await deliver(body, signedHeaders(body));
    const { outcomes } = (await response.json()) as { outcomes: Array<Record<string, unknown>> };
    assert.equal(outcomes[0]?.outcome, "refused");
    assert.match(String(outcomes[0]?.reason), /pull request #33 has head ddddddd, not the run's/);

    addPull(34, "e".repeat(40));
    addCommentArtifact(fixture, { runId: 7004, headSha: "f".repeat(40), pullRequest: 34 });
    const other = JSON.stringify(workflowRunPayload(7004, "e".repeat(40)));
    const second = (await (await deliver(other, signedHeaders(other))).json()) as {
      outcomes: Array<Record<string, unknown>>;
    };
    assert.match(String(second.outcomes[0]?.reason), /names commit fffffff/);
    assert.equal(ours(33).length + ours(34).length, 0);
  });

  it("acknowledges other events and runs without artifacts without posting", async () => {
    const ping = JSON.stringify({ zen: "Keep it logically awesome." });
    assert.equal((await deliver(ping, signedHeaders(ping, webhookSecret, "ping"))).status, 200);
    const push = JSON.stringify({ ref: "refs/heads/main" });
    assert.equal((await deliver(push, signedHeaders(push, webhookSecret, "push"))).status, 202);
    const empty = JSON.stringify(workflowRunPayload(7005, "1".repeat(40)));
    const response = await deliver(empty, signedHeaders(empty));
    assert.deepEqual(await response.json(), { outcomes: [] });
    assert.equal((await fetch(`${bot.url}/webhook`)).status, 405);
    assert.equal((await fetch(`${bot.url}/nope`)).status, 404);
  });
});
