import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { getContext } from "./context.ts";
import { UserError } from "./errors.ts";

// Real webhook payloads, as GitHub sends them.
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples") as {
  name: string;
  examples: Record<string, unknown>[];
}[];

function example(name: string, match: (payload: Record<string, unknown>) => boolean = () => true) {
  const payload = examples.find((event) => event.name === name)?.examples.find(match);
  assert.ok(payload, `no ${name} example`);
  return payload;
}

describe("getContext", () => {
  let dir = "";
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "kit-context-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function eventFile(name: string, payload: unknown): string {
    const file = path.join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(payload));
    return file;
  }

  const runner = {
    GITHUB_REPOSITORY: "octo-org/ml-repo",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REF: "refs/pull/2/merge",
    GITHUB_REF_NAME: "2/merge",
    GITHUB_RUN_ID: "987654321",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_WORKSPACE: "/home/runner/work/ml-repo/ml-repo",
    RUNNER_TEMP: "/home/runner/work/_temp",
    GITHUB_JOB: "evaluate",
    GITHUB_WORKFLOW: "CI",
    GITHUB_ACTOR: "octocat",
  };

  test("reads the runner's variables and a pull_request payload", () => {
    const context = getContext({
      ...runner,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_EVENT_PATH: eventFile("pr", example("pull_request")),
    });
    assert.equal(context.owner, "octo-org");
    assert.equal(context.repo, "ml-repo");
    assert.equal(context.repository, "octo-org/ml-repo");
    assert.equal(context.sha, runner.GITHUB_SHA);
    assert.equal(context.ref, "refs/pull/2/merge");
    assert.equal(context.refName, "2/merge");
    assert.equal(context.eventName, "pull_request");
    assert.equal(context.pullRequestNumber, 2);
    assert.equal(context.runId, 987654321);
    assert.equal(context.runAttempt, 1);
    assert.equal(context.apiUrl, "https://api.github.com");
    assert.equal(context.graphqlUrl, "https://api.github.com/graphql");
    assert.equal(context.workspace, runner.GITHUB_WORKSPACE);
    assert.equal(context.runnerTemp, runner.RUNNER_TEMP);
    assert.equal(context.job, "evaluate");
    assert.equal(context.workflow, "CI");
    assert.equal(context.actor, "octocat");
    assert.equal(context.runUrl, "https://github.com/octo-org/ml-repo/actions/runs/987654321");
    assert.equal((context.payload.pull_request as { number: number }).number, 2);
  });

  test("pull_request_target carries the same pull_request object", () => {
    const context = getContext({
      ...runner,
      GITHUB_EVENT_NAME: "pull_request_target",
      GITHUB_EVENT_PATH: eventFile("prt", example("pull_request")),
    });
    assert.equal(context.pullRequestNumber, 2);
  });

  test("workflow_run takes the first associated pull request", () => {
    const withPull = example("workflow_run", (payload) => {
      const run = payload.workflow_run as { pull_requests: unknown[] };
      return run.pull_requests.length > 0;
    });
    const withoutPull = example("workflow_run", (payload) => {
      const run = payload.workflow_run as { pull_requests: unknown[] };
      return run.pull_requests.length === 0;
    });
    const env = { ...runner, GITHUB_EVENT_NAME: "workflow_run" };
    assert.equal(getContext({ ...env, GITHUB_EVENT_PATH: eventFile("wr1", withPull) }).pullRequestNumber, 2);
    assert.equal(
      getContext({ ...env, GITHUB_EVENT_PATH: eventFile("wr0", withoutPull) }).pullRequestNumber,
      undefined,
    );
  });

  test("issue_comment has a pull request number only when the issue is a pull request", () => {
    const comment = example("issue_comment");
    const env = { ...runner, GITHUB_EVENT_NAME: "issue_comment" };
    assert.equal(
      getContext({ ...env, GITHUB_EVENT_PATH: eventFile("ic", comment) }).pullRequestNumber,
      undefined,
    );
    const onPull = { ...comment, issue: { ...(comment.issue as object), pull_request: { url: "x" } } };
    assert.equal(getContext({ ...env, GITHUB_EVENT_PATH: eventFile("icp", onPull) }).pullRequestNumber, 1);
  });

  test("a push has no pull request number", () => {
    const context = getContext({
      ...runner,
      GITHUB_EVENT_NAME: "push",
      GITHUB_EVENT_PATH: eventFile("push", example("push")),
    });
    assert.equal(context.pullRequestNumber, undefined);
    assert.equal(typeof context.payload.ref, "string");
  });

  test("a missing event file is an empty payload", () => {
    const context = getContext({ ...runner, GITHUB_EVENT_PATH: path.join(dir, "nope.json") });
    assert.deepEqual(context.payload, {});
    assert.deepEqual(getContext({}).payload, {});
  });

  test("an event file that is not JSON is a UserError naming the file", () => {
    const file = path.join(dir, "broken.json");
    writeFileSync(file, "{ not json");
    assert.throws(
      () => getContext({ GITHUB_EVENT_PATH: file }),
      (error: unknown) => {
        return error instanceof UserError && error.message.includes(file);
      },
    );
  });

  test("run URL includes the attempt after a re-run; GHES URLs are honoured", () => {
    const context = getContext({
      ...runner,
      GITHUB_RUN_ATTEMPT: "3",
      GITHUB_SERVER_URL: "https://ghe.example.com/",
      GITHUB_API_URL: "https://ghe.example.com/api/v3",
      GITHUB_GRAPHQL_URL: "https://ghe.example.com/api/graphql",
    });
    assert.equal(
      context.runUrl,
      "https://ghe.example.com/octo-org/ml-repo/actions/runs/987654321/attempts/3",
    );
    assert.equal(context.apiUrl, "https://ghe.example.com/api/v3");
    assert.equal(context.graphqlUrl, "https://ghe.example.com/api/graphql");
  });

  test("outside a workflow everything has a safe default", () => {
    const context = getContext({});
    assert.equal(context.owner, "");
    assert.equal(context.repo, "");
    assert.equal(context.runId, 0);
    assert.equal(context.runAttempt, 1);
    assert.equal(context.runUrl, "");
    assert.equal(context.serverUrl, "https://github.com");
    assert.equal(context.workspace, process.cwd());
    assert.equal(context.runnerTemp, tmpdir());
  });
});
