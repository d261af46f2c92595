// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are GitHub Actions expressions, not JS templates.
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { writeThrowawayAction } from "@mlops-actions/runner/testing";
import { type ArtifactServer, startArtifactServer } from "../servers/artifacts/index.ts";
import { defaultToken, type GitHubServer, startGitHubServer } from "../servers/github/index.ts";
import { ReportValidationError } from "./reports.ts";
import {
  assertNode24,
  placeholderToken,
  resolveBundledAction,
  runBundled,
  unreachableApiUrl,
} from "./run-bundled.ts";

const root = mkdtempSync(join(tmpdir(), "mlops-harness-test-"));
const runnerDirs: string[] = [];
after(() => {
  for (const dir of [root, ...runnerDirs]) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway action (not a user-facing one) that reports what the runner gave it. */
const probe = writeThrowawayAction(
  {
    metadata: {
      name: "probe",
      description: "harness test action",
      inputs: {
        "github-token": { default: "${{ github.token }}" },
        report: { default: "none" },
        call: { default: "no" },
      },
      runs: { using: "node24", main: "dist/index.js" },
    },
    files: {
      "dist/index.js": `
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
const env = process.env;
const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
const out = (name, value) => appendFileSync(env.GITHUB_OUTPUT, name + "<<END\\n" + value + "\\nEND\\n");
out("event", JSON.stringify(event));
for (const name of ["GITHUB_EVENT_NAME", "GITHUB_REF", "GITHUB_HEAD_REF", "GITHUB_SHA", "GITHUB_API_URL", "GITHUB_RUN_ID", "ACTIONS_RESULTS_URL", "ACTIONS_RUNTIME_TOKEN"]) {
  out(name.toLowerCase(), env[name] ?? "");
}
out("token", env["INPUT_GITHUB-TOKEN"]);
out("node", process.version);
if (env.INPUT_CALL === "yes") {
  const response = await fetch(env.GITHUB_API_URL + "/repos/" + env.GITHUB_REPOSITORY, {
    headers: { authorization: "token " + env["INPUT_GITHUB-TOKEN"], accept: "application/vnd.github+json", "user-agent": "probe" },
  });
  out("status", String(response.status));
}
if (env.INPUT_REPORT !== "none") {
  const dir = join(env.RUNNER_TEMP, "mlops-actions", "reports");
  mkdirSync(dir, { recursive: true });
  const report = {
    schema: "mlops-actions/report@1", action: "probe", status: "pass", summary: "all good",
    git: { sha: env.GITHUB_SHA, ref: env.GITHUB_REF },
    run: { id: Number(env.GITHUB_RUN_ID), attempt: Number(env.GITHUB_RUN_ATTEMPT), url: "" },
    data: {}, createdAt: new Date().toISOString(),
  };
  if (env.INPUT_REPORT === "invalid") report.status = "sort-of";
  writeFileSync(join(dir, "probe.json"), JSON.stringify(report));
}
`,
    },
  },
  join(root, "probe"),
);

async function run(options: Parameters<typeof runBundled>[1]) {
  const result = await runBundled(probe, options);
  runnerDirs.push(dirname(result.runnerTemp));
  return result;
}

describe("runBundled events", () => {
  it("gives a pull_request the real 'opened' example and the refs GitHub derives from it", async () => {
    const result = await run({ event: "pull_request" });
    const event = JSON.parse(result.outputs.event ?? "{}");
    assert.equal(event.action, "opened");
    assert.equal(result.outputs.github_event_name, "pull_request");
    assert.equal(result.outputs.github_ref, `refs/pull/${event.number}/merge`);
    assert.equal(result.outputs.github_head_ref, event.pull_request.head.ref);
    assert.equal(result.outputs.node?.startsWith("v24."), true);
  });

  it("gives a push a real branch push example with its 'after' commit", async () => {
    const result = await run({ event: "push" });
    const event = JSON.parse(result.outputs.event ?? "{}");
    assert.match(event.ref, /^refs\/heads\//);
    assert.equal(result.outputs.github_ref, event.ref);
    assert.equal(result.outputs.github_sha, event.after);
  });

  it("gives workflow_run a real completed example and schedule the cron payload", async () => {
    const workflowRun = await run({ event: "workflow_run" });
    const payload = JSON.parse(workflowRun.outputs.event ?? "{}");
    assert.equal(payload.action, "completed");
    assert.equal(payload.workflow_run.conclusion, "success");
    const schedule = await run({ event: "schedule" });
    assert.deepEqual(JSON.parse(schedule.outputs.event ?? "{}"), { schedule: "0 3 * * 1" });
  });
});

describe("runBundled servers", () => {
  let github: GitHubServer;
  let artifacts: ArtifactServer;
  before(async () => {
    github = await startGitHubServer();
    artifacts = await startArtifactServer();
  });
  after(async () => {
    await github.close();
    await artifacts.close();
  });

  it("points the action at the loopback GitHub and artifact service", async () => {
    const result = await run({
      inputs: { call: "yes" },
      github,
      artifacts,
      token: defaultToken,
      runId: 4242,
      context: { repository: "octo-org/octo-repo" },
    });
    assert.equal(result.outputs.github_api_url, github.url);
    assert.equal(result.outputs.status, "200");
    assert.equal(result.outputs.github_run_id, "4242");
    assert.equal(result.outputs.actions_results_url, artifacts.envFor({ runId: 4242 }).ACTIONS_RESULTS_URL);
    assert.notEqual(result.outputs.actions_runtime_token, "");
    assert.ok(github.requests.some((request) => request.operationId === "repos/get"));
  });

  it("without a server, uses a placeholder token and an API URL where nothing listens", async () => {
    const result = await run({});
    assert.equal(result.outputs.token, placeholderToken);
    assert.equal(result.outputs.github_api_url, unreachableApiUrl);
    assert.ok(result.masks.includes(placeholderToken));
  });
});

describe("runBundled reports", () => {
  it("returns the reports a run wrote, validated against the report schema", async () => {
    const result = await run({ inputs: { report: "valid" } });
    assert.deepEqual(
      result.reports.map((entry) => (entry.report as { action: string }).action),
      ["probe"],
    );
  });

  it("throws on a report that does not match the schema", async () => {
    const error = await run({ inputs: { report: "invalid" } }).then(
      () => assert.fail("an invalid report must throw"),
      (thrown: unknown) => thrown,
    );
    assert.ok(error instanceof ReportValidationError);
    assert.match(error.message, /probe\.json: \/status must be equal to one of the allowed values/);
    const file = error.reports[0]?.file ?? "";
    runnerDirs.push(dirname(dirname(dirname(dirname(file)))));
  });

  it("returns no reports for a run that wrote none", async () => {
    assert.deepEqual((await run({})).reports, []);
  });
});

describe("runBundled checks", () => {
  it("refuses a Node other than v24", () => {
    const fakeNode = join(root, "node20");
    writeFileSync(fakeNode, "#!/bin/sh\necho v20.11.1\n");
    chmodSync(fakeNode, 0o755);
    assert.throws(() => assertNode24(fakeNode), /bundled actions run on node24; .* is v20\.11\.1/);
    assert.doesNotThrow(() => assertNode24(process.execPath));
  });

  it("refuses an action whose main is not a dist/ bundle, and an unknown name", () => {
    const unbundled = writeThrowawayAction(
      {
        metadata: { name: "x", runs: { using: "node24", main: "src/main.js" } },
        files: { "src/main.js": "" },
      },
      join(root, "unbundled"),
    );
    assert.throws(() => resolveBundledAction(unbundled), /is not a bundle under dist\//);
    assert.throws(() => resolveBundledAction("no-such-action-anywhere"), /no action\.yml in/);
  });
});
