import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, test } from "node:test";
import { createOctokit, getOctokitOrSkip } from "./github.ts";
import { captureStdout } from "./testing.ts";

interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
}

type Responder = (
  request: SeenRequest,
  index: number,
) => { status: number; headers?: Record<string, string>; body: unknown };

/** A loopback GitHub stand-in that answers with `respond` and records every request it saw. */
async function withServer(respond: Responder, fn: (baseUrl: string, seen: SeenRequest[]) => Promise<void>) {
  const seen: SeenRequest[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const entry = { method: request.method ?? "", url: request.url ?? "", headers: request.headers };
    seen.push(entry);
    const answer = respond(entry, seen.length - 1);
    response.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await fn(`http://127.0.0.1:${port}`, seen);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const repo = { id: 1, name: "ml-repo", full_name: "octo-org/ml-repo" };

describe("createOctokit", () => {
  test("retries a 5xx and succeeds", async () => {
    await withServer(
      (_request, index) =>
        index === 0 ? { status: 500, body: { message: "boom" } } : { status: 200, body: repo },
      async (baseUrl, seen) => {
        const lines = await captureStdout(async () => {
          const octokit = createOctokit({ token: "test-token-value", baseUrl, delayUnitMs: 1 });
          const response = await octokit.rest.repos.get({ owner: "octo-org", repo: "ml-repo" });
          assert.equal(response.status, 200);
          assert.equal(response.data.full_name, "octo-org/ml-repo");
        });
        assert.equal(seen.length, 2);
        assert.deepEqual(
          seen.map((request) => request.url),
          ["/repos/octo-org/ml-repo", "/repos/octo-org/ml-repo"],
        );
        assert.ok(lines.includes("::add-mask::test-token-value"), "the token is masked");
      },
    );
  });

  test("waits out a secondary rate limit, warns, and succeeds", async () => {
    await withServer(
      (_request, index) =>
        index === 0
          ? {
              status: 403,
              headers: { "retry-after": "1" },
              body: {
                message:
                  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
              },
            }
          : { status: 200, body: repo },
      async (baseUrl, seen) => {
        const octokit = createOctokit({ baseUrl, delayUnitMs: 1 });
        const lines = await captureStdout(async () => {
          const response = await octokit.rest.repos.get({ owner: "octo-org", repo: "ml-repo" });
          assert.equal(response.status, 200);
        });
        assert.equal(seen.length, 2);
        const warnings = lines.filter((line) => line.startsWith("::warning::"));
        assert.equal(warnings.length, 1);
        assert.match(
          warnings[0] ?? "",
          /secondary rate limit hit on GET .*; retrying in 1s \(retry 1 of 3\)/,
        );
      },
    );
  });

  test("waits out a primary rate limit until the reset time", async () => {
    await withServer(
      (_request, index) =>
        index === 0
          ? {
              status: 403,
              headers: {
                "x-ratelimit-remaining": "0",
                "x-ratelimit-reset": String(Math.floor(Date.now() / 1000)),
              },
              body: { message: "API rate limit exceeded" },
            }
          : { status: 200, body: repo },
      async (baseUrl, seen) => {
        const octokit = createOctokit({ baseUrl, delayUnitMs: 1 });
        await captureStdout(() => octokit.rest.repos.get({ owner: "octo-org", repo: "ml-repo" }));
        assert.equal(seen.length, 2);
      },
    );
  });

  test("gives up after the configured number of rate-limit retries", async () => {
    await withServer(
      () => ({ status: 403, headers: { "retry-after": "1" }, body: { message: "secondary rate limit" } }),
      async (baseUrl, seen) => {
        const octokit = createOctokit({ baseUrl, delayUnitMs: 1, rateLimitRetries: 2 });
        await captureStdout(() =>
          assert.rejects(
            octokit.rest.repos.get({ owner: "o", repo: "r" }),
            (error: { status?: number }) => error.status === 403,
          ),
        );
        assert.equal(seen.length, 3);
      },
    );
  });

  test("gives up on a 5xx after the configured retries", async () => {
    await withServer(
      () => ({ status: 502, body: { message: "Bad Gateway" } }),
      async (baseUrl, seen) => {
        const octokit = createOctokit({ baseUrl, delayUnitMs: 1, retries: 2 });
        await assert.rejects(
          octokit.rest.repos.get({ owner: "o", repo: "r" }),
          (error: { status?: number }) => error.status === 502,
        );
        assert.equal(seen.length, 3);
      },
    );
  });

  test("does not retry a 404", async () => {
    await withServer(
      () => ({ status: 404, body: { message: "Not Found" } }),
      async (baseUrl, seen) => {
        const octokit = createOctokit({ baseUrl, delayUnitMs: 1 });
        await assert.rejects(
          octokit.rest.repos.get({ owner: "o", repo: "r" }),
          (error: { status?: number }) => error.status === 404,
        );
        assert.equal(seen.length, 1);
      },
    );
  });

  test("honours a GHES base URL with a path prefix, sends the token and our user agent", async () => {
    await withServer(
      () => ({ status: 200, body: repo }),
      async (baseUrl, seen) => {
        await captureStdout(() => {
          const octokit = createOctokit({
            token: "ghes-token-1234",
            baseUrl: `${baseUrl}/api/v3/`,
            delayUnitMs: 1,
          });
          return octokit.rest.repos.get({ owner: "octo-org", repo: "ml-repo" });
        });
        assert.equal(seen[0]?.url, "/api/v3/repos/octo-org/ml-repo");
        assert.equal(seen[0]?.headers.authorization, "token ghes-token-1234");
        assert.match(seen[0]?.headers["user-agent"] ?? "", /^mlops-actions /);
      },
    );
  });

  test("takes the base URL from GITHUB_API_URL", async () => {
    await withServer(
      () => ({ status: 200, body: [{ id: 1 }] }),
      async (baseUrl, seen) => {
        const saved = process.env.GITHUB_API_URL;
        process.env.GITHUB_API_URL = `${baseUrl}/api/v3`;
        try {
          const octokit = createOctokit({ delayUnitMs: 1 });
          const releases = await octokit.paginate(octokit.rest.repos.listReleases, { owner: "o", repo: "r" });
          assert.deepEqual(releases, [{ id: 1 }]);
        } finally {
          if (saved === undefined) delete process.env.GITHUB_API_URL;
          else process.env.GITHUB_API_URL = saved;
        }
        assert.match(seen[0]?.url ?? "", /^\/api\/v3\/repos\/o\/r\/releases/);
      },
    );
  });
});

describe("getOctokitOrSkip", () => {
  test("without a token returns undefined with a notice", async () => {
    let client: unknown = "unset";
    const lines = await captureStdout(() => {
      client = getOctokitOrSkip("", "the PR comment");
    });
    assert.equal(client, undefined);
    assert.deepEqual(lines, ["::notice::No GitHub token available: skipping the PR comment."]);
  });

  test("with a token returns a client and masks the token", async () => {
    let client: unknown;
    const lines = await captureStdout(() => {
      client = getOctokitOrSkip(" ghp_skiptoken123 ");
    });
    assert.equal(typeof (client as { request?: unknown }).request, "function");
    assert.ok(lines.includes("::add-mask::ghp_skiptoken123"));
  });
});
