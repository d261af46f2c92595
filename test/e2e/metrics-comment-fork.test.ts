// The fork pull request path end to end: run A (a fork's pull_request run, read-only token) uploads the
// comment as an artifact; run B (the workflows-templates/metrics-comment-from-fork.yml workflow, on
// workflow_run with a write token) downloads it as download-artifact does and posts it with the bundle.
// The GitHub App (packages/bot) posts the same artifact from a signed workflow_run webhook.
import assert from "node:assert/strict";
import { createHmac, generateKeyPairSync } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { installationClient, startBotServer } from "@mlops-actions/bot";
import { parseSections } from "@mlops-actions/github/sticky-comment";
import type { Report } from "@mlops-actions/kit";
import { parse } from "yaml";
import { type BundledRun, eventPayload, runBundled, webhookExample } from "../harness/index.ts";
import { ArtifactStore } from "../servers/artifact-store.ts";
import { type ArtifactServer, startArtifactServer } from "../servers/artifacts/index.ts";
import { runArtifactClient } from "../servers/artifacts/testing/run-artifact-client.ts";
import { addApp, defaultToken, type GitHubServer, startGitHubServer } from "../servers/github/index.ts";

const owner = "octo-org";
const repo = "octo-repo";
const repository = `${owner}/${repo}`;
const readOnlyToken = "ghs_forkReadOnlyToken00000000000000000000";
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = join(root, "test", "fixtures", "metrics-comment");
const headSha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";

interface TemplateStep {
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}

/** The template's steps, read from the file users copy. */
function templateSteps(): TemplateStep[] {
  const workflow = parse(
    readFileSync(join(root, "workflows-templates", "metrics-comment-from-fork.yml"), "utf8"),
  );
  return workflow.jobs.comment.steps as TemplateStep[];
}

describe("metrics-comment from a fork: artifact, then the workflow_run template posts it", () => {
  let github: GitHubServer;
  let artifacts: ArtifactServer;
  const temps: string[] = [];
  const temp = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    temps.push(dir);
    return dir;
  };

  before(async () => {
    const store = new ArtifactStore();
    github = await startGitHubServer({
      artifacts: store,
      tokens: { [defaultToken]: "write", [readOnlyToken]: "read" },
    });
    artifacts = await startArtifactServer({ store, repository });
  });
  after(async () => {
    await github.close();
    await artifacts.close();
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  /** Run A: the fork's pull_request run with its read-only token. */
  async function forkRun(number: number, runId: number): Promise<BundledRun> {
    github.state.addPullRequest(repository, {
      number,
      head: { ref: "feature", sha: headSha, repository: "fork-owner/octo-repo" },
      base: { ref: "main" },
    });
    const example = eventPayload("pull_request") as Record<string, Record<string, unknown>>;
    const payload = {
      ...example,
      number,
      pull_request: {
        ...example.pull_request,
        number,
        head: { ...(example.pull_request?.head as object), sha: headSha },
      },
    };
    const workspace = temp("fork-run-a-");
    for (const name of ["validate-data.json", "drift-check.json"])
      copyFileSync(join(fixtures, name), join(workspace, name));
    const run = await runBundled("metrics-comment", {
      inputs: { reports: "validate-data.json\ndrift-check.json", key: "CI" },
      event: { name: "pull_request", payload },
      github,
      artifacts,
      token: readOnlyToken,
      runId,
      job: "train",
      context: { repository, workflow: "CI" },
      workspace,
    });
    temps.push(dirname(run.runnerTemp));
    return run;
  }

  /** Run B: the template's workflow for run A's workflow_run event, with a write token. */
  async function templateRun(runA: number, runB: number, tamper?: (folder: string) => void) {
    const [download, comment] = templateSteps();
    assert.equal(download?.uses, "actions/download-artifact@v4");
    assert.match(comment?.uses ?? "", /\/metrics-comment@v1$/);
    const workspace = temp("fork-run-b-");
    // As actions/download-artifact@v4 does it: list run A's artifacts through the REST API (findBy) and
    // download each one matching `pattern` into `path/<name>/`, with the real @actions/artifact client.
    const findBy = { token: defaultToken, workflowRunId: runA, repositoryOwner: owner, repositoryName: repo };
    const env = {
      ...artifacts.envFor({ runId: runB }),
      GITHUB_API_URL: github.url,
      RUNNER_TEMP: workspace,
      GITHUB_WORKSPACE: workspace,
    };
    const listed = await runArtifactClient(env, { op: "list", options: { findBy } });
    assert.ok(listed.ok, listed.ok ? "" : listed.message);
    const prefix = String(download?.with?.pattern).replace(/\*$/, "");
    const matching = (listed.value as { artifacts: Array<{ id: number; name: string }> }).artifacts.filter(
      (a) => a.name.startsWith(prefix),
    );
    for (const artifact of matching) {
      const path = join(workspace, String(download?.with?.path), artifact.name);
      const got = await runArtifactClient(env, {
        op: "download",
        artifactId: artifact.id,
        options: { path, findBy },
      });
      assert.ok(got.ok, got.ok ? "" : got.message);
    }
    tamper?.(join(workspace, String(download?.with?.path)));

    const workflowRun = webhookExample(
      "workflow_run",
      (p) =>
        p.action === "completed" && (p.workflow_run as { conclusion?: unknown }).conclusion === "success",
    );
    const runPayload = workflowRun.workflow_run as Record<string, unknown>;
    const payload = {
      ...workflowRun,
      workflow_run: {
        ...runPayload,
        id: runA,
        head_sha: headSha,
        event: "pull_request",
        pull_requests: [], // GitHub lists none for a fork's run
        html_url: `https://github.com/${repository}/actions/runs/${runA}`,
      },
    };
    const run = await runBundled("metrics-comment", {
      inputs: comment?.with ?? {},
      event: { name: "workflow_run", payload },
      github,
      token: defaultToken,
      runId: runB,
      job: "comment",
      context: { repository, workflow: "ML comment" },
      workspace,
      env: { MLOPS_ACTIONS_COMMENT_SETTLE_MS: "30" },
    });
    temps.push(dirname(run.runnerTemp));
    assert.equal(run.exitCode, 0, run.logs.join("\n"));
    return { run, workspace, matching };
  }

  const ours = (pull: number) =>
    github.state
      .requireRepository(repository)
      .comments.filter(
        (c) => c.issueNumber === pull && c.body.startsWith("<!-- mlops-actions:metrics-comment "),
      );
  const ownReport = (run: BundledRun) =>
    run.reports.map((r) => r.report as Report).find((r) => r.action === "metrics-comment");

  it("run A uploads the comment artifact; the template's run B checks the head commit and posts it", async () => {
    const runA = await forkRun(21, 9101);
    assert.equal(runA.exitCode, 0, runA.logs.join("\n"));
    assert.equal(ours(21).length, 0);
    assert.match(runA.summary, /Drift/);
    const uploaded = artifacts.store.listByRun(9101).map((a) => a.name);
    assert.deepEqual(uploaded, ["mlops-comment-train"]);
    assert.deepEqual(ownReport(runA)?.data.artifact, {
      name: "mlops-comment-train",
      id: artifacts.store.listByRun(9101)[0]?.id,
    });

    const { run, workspace, matching } = await templateRun(9101, 9102);
    assert.equal(matching.length, 1);
    // The template's `if: hashFiles('mlops-comment/**/mlops-comment.json') != ''` holds.
    const folder = join(workspace, "mlops-comment", "mlops-comment-train");
    assert.ok(existsSync(join(folder, "mlops-comment.json")));
    assert.deepEqual(readdirSync(join(folder, "reports")).length, 2);

    const [posted] = ours(21);
    assert.ok(posted, run.logs.join("\n"));
    assert.equal(run.outputs["comment-id"], String(posted.id));
    // The key and section are the pull request run's; the version is run A's head commit and id.
    assert.match(
      posted.body,
      /^<!-- mlops-actions:metrics-comment key=CI sha=ec26c3e\w+ run=9101 attempt=1 -->/,
    );
    assert.deepEqual(
      parseSections(posted.body).map((s) => s.id),
      ["train"],
    );
    assert.match(posted.body, /⚠️ <b>Drift<\/b>: 1 of 3 columns drifted/);
    assert.match(posted.body, /actions\/runs\/9101/);
    assert.deepEqual(ownReport(run)?.data.forwarded, [
      { key: "CI", section: "train", pullRequest: 21, outcome: "created" },
    ]);
  });

  it("posts nothing when the artifact names another pull request than the one with the run's head", async () => {
    const runA = await forkRun(22, 9201);
    assert.equal(runA.exitCode, 0);
    // A victim pull request whose head is another commit; the fork's run rewrites its request to name it.
    github.state.addPullRequest(repository, {
      number: 23,
      head: { ref: "victim", sha: "5".repeat(40) },
      base: { ref: "main" },
    });
    const mark = github.requests.length;
    const { run } = await templateRun(9201, 9202, (folder) => {
      const file = join(folder, "mlops-comment-train", "mlops-comment.json");
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, "utf8")), pullRequest: 23 }));
    });
    assert.equal(ours(23).length, 0);
    assert.equal(ours(22).length, 0);
    assert.deepEqual(
      github.requests.slice(mark).filter((r) => r.method !== "GET" && r.path.includes("/issues/")),
      [],
    );
    const warning = run.annotations.find((a) => a.level === "warning");
    assert.match(warning?.message ?? "", /pull request #23 has head 5555555, not ec26c3e/);
    assert.equal(ownReport(run)?.data.outcome, "head-mismatch");
  });

  it("posts nothing when the pull request got a new head commit since run A", async () => {
    await forkRun(24, 9301);
    const pull = github.state.requireRepository(repository).pulls.find((p) => p.number === 24);
    assert.ok(pull);
    pull.head.sha = "6".repeat(40);
    const { run } = await templateRun(9301, 9302);
    assert.equal(ours(24).length, 0);
    assert.equal(ownReport(run)?.data.outcome, "head-mismatch");
  });

  it("the bot posts what run A uploaded, from a signed workflow_run webhook", async () => {
    const runA = await forkRun(25, 9401);
    assert.equal(runA.exitCode, 0);
    const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
    addApp(github.state, {
      id: 77,
      slug: "mlops-bot",
      publicKey: keys.publicKey.export({ type: "spki", format: "pem" }).toString(),
      repositories: [repository],
    });
    const credentials = {
      appId: "77",
      privateKey: keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      apiUrl: github.url,
    };
    const bot = await startBotServer({
      webhookSecret: "secret",
      clientFor: (o, r) => installationClient(credentials, o, r),
      settleMs: 20,
      log: (line) => logs.push(line),
    });
    const logs: string[] = [];
    try {
      const example = webhookExample(
        "workflow_run",
        (p) =>
          p.action === "completed" && (p.workflow_run as { conclusion?: unknown }).conclusion === "success",
      );
      const body = JSON.stringify({
        ...example,
        workflow_run: {
          ...(example.workflow_run as object),
          id: 9401,
          head_sha: headSha,
          event: "pull_request",
          html_url: `https://github.com/${repository}/actions/runs/9401`,
        },
      });
      const response = await fetch(`${bot.url}/webhook`, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/json",
          "x-github-event": "workflow_run",
          "x-hub-signature-256": `sha256=${createHmac("sha256", "secret").update(body).digest("hex")}`,
        },
      });
      assert.equal(response.status, 200, logs.join("\n"));
      const [posted] = ours(25);
      assert.ok(posted);
      assert.equal(posted.user.login, "mlops-bot[bot]");
      assert.match(posted.body, /key=CI sha=ec26c3e\w+ run=9401 attempt=1/);
      assert.match(posted.body, /⚠️ <b>Drift<\/b>: 1 of 3 columns drifted/);
    } finally {
      await bot.close();
    }
  });
});
