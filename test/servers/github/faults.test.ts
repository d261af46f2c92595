import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Octokit } from "@octokit/core";
import { restEndpointMethods } from "@octokit/plugin-rest-endpoint-methods";
import { throttling } from "@octokit/plugin-throttling";
import { defaultToken, type GitHubServer, startGitHubServer } from "./index.ts";
import { messageOf, octokitFor, rejection } from "./test-client.ts";

const owner = "octo-org";
const repo = "octo-repo";
const auth = { authorization: `token ${defaultToken}` };

describe("GitHub test server: injected faults", () => {
  let server: GitHubServer;
  before(async () => {
    server = await startGitHubServer();
  });
  after(() => server.close());

  it("answers matching requests with a 5xx for the given number of times", async () => {
    const octokit = octokitFor(server);
    const fault = server.fault({
      match: { method: "POST", path: /\/issues$/ },
      kind: "5xx",
      status: 503,
      times: 2,
    });
    const listed = await octokit.rest.issues.listForRepo({ owner, repo });
    assert.equal(listed.status, 200, "a GET does not match a POST fault");
    for (let i = 0; i < 2; i++) {
      const error = await rejection(octokit.rest.issues.create({ owner, repo, title: "flaky" }));
      assert.equal(error.status, 503);
      assert.equal(messageOf(error), "Service Unavailable");
    }
    const created = await octokit.rest.issues.create({ owner, repo, title: "flaky" });
    assert.equal(created.status, 201);
    assert.equal(fault.hits, 2);
    assert.equal(fault.remaining, 0);
    assert.deepEqual(
      server.requests.slice(-3).map((r) => r.status),
      [503, 503, 201],
    );
  });

  it("defaults to one 502 and matches a string path exactly", async () => {
    server.fault({ match: { path: `/repos/${owner}/${repo}` }, kind: "5xx" });
    const other = await fetch(`${server.url}/repos/${owner}/${repo}/issues`);
    assert.equal(other.status, 200);
    const hit = await fetch(`${server.url}/repos/${owner}/${repo}`);
    assert.equal(hit.status, 502);
    assert.deepEqual(await hit.json(), { message: "Server Error" });
    const after = await fetch(`${server.url}/repos/${owner}/${repo}`);
    assert.equal(after.status, 200);
  });

  it("answers a secondary rate limit as GitHub does: 403, retry-after and the message", async () => {
    server.fault({ kind: "secondary-rate-limit", retryAfterSeconds: 30 });
    const response = await fetch(`${server.url}/repos/${owner}/${repo}/issues`, { headers: auth });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get("retry-after"), "30");
    const body = (await response.json()) as { message: string; documentation_url: string };
    assert.match(
      body.message,
      /^You have exceeded a secondary rate limit\. Please wait a few minutes before you try again\./,
    );
    assert.ok(body.message.includes(response.headers.get("x-github-request-id") ?? "missing"));
    assert.match(body.documentation_url, /secondary-rate-limits$/);
  });

  it("is recognised by @octokit/plugin-throttling, which waits and retries", async () => {
    const Throttled = Octokit.plugin(restEndpointMethods, throttling);
    const waits: number[] = [];
    const octokit = new Throttled({
      baseUrl: server.url,
      auth: defaultToken,
      throttle: {
        onRateLimit: () => false,
        onSecondaryRateLimit: (retryAfter: number) => {
          waits.push(retryAfter);
          return waits.length === 1;
        },
      },
    });
    server.fault({ match: { method: "GET" }, kind: "secondary-rate-limit", retryAfterSeconds: 1 });
    const response = await octokit.rest.issues.listForRepo({ owner, repo });
    assert.equal(response.status, 200);
    assert.deepEqual(waits, [1]);
  });

  it("answers 429 with retry-after", async () => {
    server.fault({ kind: "rate-limit-429", retryAfterSeconds: 7 });
    const response = await fetch(`${server.url}/repos/${owner}/${repo}/issues`, { headers: auth });
    assert.equal(response.status, 429);
    assert.equal(response.headers.get("retry-after"), "7");
  });

  it("answers an exhausted primary rate limit with remaining 0 and the reset time", async () => {
    server.fault({ kind: "primary-rate-limit", retryAfterSeconds: 120 });
    const response = await fetch(`${server.url}/repos/${owner}/${repo}/issues`, { headers: auth });
    assert.equal(response.status, 403);
    assert.equal(response.headers.get("x-ratelimit-remaining"), "0");
    assert.ok(Number(response.headers.get("x-ratelimit-reset")) >= Math.floor(Date.now() / 1000) + 100);
    assert.match(((await response.json()) as { message: string }).message, /^API rate limit exceeded/);
  });

  it("holds a slow answer while other requests go through, then answers normally", async () => {
    server.fault({ match: { path: `/repos/${owner}/${repo}/pulls` }, kind: "slow", delayMs: 1000 });
    const order: string[] = [];
    const slow = fetch(`${server.url}/repos/${owner}/${repo}/pulls`).then((r) => {
      order.push("slow");
      return r.status;
    });
    const fast = fetch(`${server.url}/repos/${owner}/${repo}/issues`).then((r) => {
      order.push("fast");
      return r.status;
    });
    assert.deepEqual(await Promise.all([slow, fast]), [200, 200]);
    assert.deepEqual(order, ["fast", "slow"]);
  });

  it("keeps hitting with times: Infinity until the faults are cleared", async () => {
    server.fault({
      match: { path: /\/deployments$/ },
      kind: "5xx",
      status: 500,
      times: Number.POSITIVE_INFINITY,
    });
    for (let i = 0; i < 3; i++) {
      assert.equal((await fetch(`${server.url}/repos/${owner}/${repo}/deployments`)).status, 500);
    }
    server.clearFaults();
    assert.equal((await fetch(`${server.url}/repos/${owner}/${repo}/deployments`)).status, 200);
  });
});
