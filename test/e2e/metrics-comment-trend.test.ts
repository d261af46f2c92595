import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { evaluate, type MetricValue, parsePolicy } from "@mlops-actions/metrics";
import { zipSync } from "fflate";
import { type BundledRun, eventPayload, runBundled } from "../harness/index.ts";
import { ArtifactStore } from "../servers/artifact-store.ts";
import {
  defaultRepository,
  defaultToken,
  type GitHubServer,
  startGitHubServer,
} from "../servers/github/index.ts";

const workflowId = 42;
const policy = parsePolicy("metrics:\n  accuracy:\n    max-drop: 0.01\n", "ml-policy.yml");
const sha = (n: number) => n.toString(16).padStart(40, "0");

describe("metrics-comment (bundled): the trend on the base branch", () => {
  const store = new ArtifactStore();
  let server: GitHubServer;
  let workspace: string;
  const temps: string[] = [];
  let nextPull = 30;

  before(async () => {
    server = await startGitHubServer({ artifacts: store });
    workspace = mkdtempSync(join(tmpdir(), "metrics-comment-trend-"));
    writeFileSync(join(workspace, "gate.json"), JSON.stringify(gateReport()));
  });
  after(async () => {
    await server.close();
    for (const dir of [workspace, ...temps]) rmSync(dir, { recursive: true, force: true });
  });

  /** A finished run of the workflow, optionally with an `ml-metrics` artifact holding `zip`. */
  function seedRun(
    id: number,
    fields: { branch?: string; event?: string; workflow?: number; minute: number; zip?: Uint8Array },
  ) {
    server.state.addWorkflowRun(defaultRepository, {
      id,
      name: "CI",
      workflowId: fields.workflow ?? workflowId,
      headBranch: fields.branch ?? "main",
      headSha: sha(id),
      event: fields.event ?? "push",
      conclusion: "success",
      createdAt: new Date(Date.UTC(2026, 10, 1, 0, fields.minute)).toISOString(),
    });
    if (fields.zip === undefined) return;
    const artifact = store.create({
      name: "ml-metrics",
      runId: id,
      repository: defaultRepository,
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    artifact.zip = Buffer.from(fields.zip);
    artifact.size = artifact.zip.length;
    artifact.digest = `sha256:${createHash("sha256").update(artifact.zip).digest("hex")}`;
    artifact.finalized = true;
  }

  /** The artifact evaluate-gate saves: the metrics files by their workspace paths. */
  const metricsZip = (metrics: Record<string, number>) =>
    zipSync({ "out/metrics.json": new TextEncoder().encode(JSON.stringify(metrics)) });

  function gateReport() {
    const candidate = new Map<string, MetricValue>([
      ["accuracy", 0.94],
      ["f1", 0.8],
    ]);
    const baseline = new Map<string, MetricValue>([
      ["accuracy", 0.92],
      ["f1", 0.8],
    ]);
    const evaluation = evaluate(candidate, baseline, policy);
    return {
      schema: "mlops-actions/report@1",
      action: "evaluate-gate",
      status: evaluation.verdict,
      summary: evaluation.summary,
      run: { id: 1, attempt: 1, url: "" },
      job: "train",
      data: { ...evaluation, baseline: { ...evaluation.baseline, source: "artifact", attempts: [] } },
      createdAt: "2026-11-22T08:02:00.000Z",
    };
  }

  /** A pull request into `base`, and this run of the workflow on it. */
  async function commentOnPullRequest(
    base: string,
    runId: number,
  ): Promise<{ run: BundledRun; body: string }> {
    const number = nextPull++;
    const head = sha(runId);
    server.state.addPullRequest(defaultRepository, {
      number,
      head: { ref: `feature-${number}`, sha: head },
      base: { ref: base },
    });
    seedRun(runId, { branch: `feature-${number}`, event: "pull_request", minute: 59 });
    const example = eventPayload("pull_request") as Record<string, Record<string, unknown>>;
    const pull = example.pull_request ?? {};
    const payload = {
      ...example,
      number,
      pull_request: {
        ...pull,
        number,
        head: { ...(pull.head as object), sha: head },
        base: { ...(pull.base as object), ref: base },
      },
    };
    const run = await runBundled("metrics-comment", {
      inputs: { key: "ML report", reports: "gate.json" },
      event: { name: "pull_request", payload },
      github: server,
      token: defaultToken,
      runId,
      job: "train",
      context: { repository: defaultRepository, workflow: "CI" },
      workspace,
      env: { MLOPS_ACTIONS_COMMENT_SETTLE_MS: "30" },
    });
    temps.push(dirname(run.runnerTemp));
    assert.equal(run.exitCode, 0, run.logs.join("\n"));
    const comment = server.state
      .requireRepository(defaultRepository)
      .comments.find((c) => c.issueNumber === number && c.body.includes("mlops-actions:metrics-comment"));
    assert.ok(comment, "the comment was posted");
    return { run, body: comment.body };
  }

  it("draws the gated metric over the base branch's push runs that saved ml-metrics, oldest first", async () => {
    seedRun(101, { minute: 1, zip: metricsZip({ accuracy: 0.9, f1: 0.7 }) });
    seedRun(102, { minute: 2, zip: metricsZip({ accuracy: 0.91, f1: 0.72 }) });
    seedRun(103, { minute: 3 }); // no artifact
    seedRun(104, { minute: 4, zip: metricsZip({ accuracy: 0.93, f1: 0.71 }) });
    seedRun(105, { minute: 5, event: "pull_request", zip: metricsZip({ accuracy: 0.1 }) });
    seedRun(106, { minute: 6, workflow: 43, zip: metricsZip({ accuracy: 0.2 }) });
    seedRun(107, { minute: 7, branch: "release", zip: metricsZip({ accuracy: 0.3 }) });
    seedRun(108, { minute: 8, zip: metricsZip({ accuracy: 0.92, f1: 0.7 }) });

    const { run, body } = await commentOnPullRequest("main", 7001);
    assert.match(body, /📈 Trend on the base branch/);
    // 0.90, 0.91, 0.93, 0.92 scaled between 0.90 and 0.93; f1 is not gated, so no line of its own.
    assert.match(body, /\| accuracy \| ▁▃█▆ \| 0\.92 \|/);
    assert.doesNotMatch(body, /\| f1 \| [▁-█]/);
    assert.match(
      run.logs.join("\n"),
      /Trend: 4 run\(s\) on main with artifact ml-metrics; 1 metric\(s\) drawn/,
    );
  });

  it("posts the comment without a trend, with a notice, when the history cannot be read", async () => {
    seedRun(201, { branch: "broken", minute: 10, zip: metricsZip({ accuracy: 0.9 }) });
    seedRun(202, {
      branch: "broken",
      minute: 11,
      zip: zipSync({ "out/metrics.json": new TextEncoder().encode("{ not json") }),
    });

    const { run, body } = await commentOnPullRequest("broken", 7002);
    assert.doesNotMatch(body, /Trend on the base branch/);
    assert.match(body, /accuracy/);
    assert.match(
      run.logs.join("\n"),
      /##\[notice\]No trend on broken: out\/metrics\.json.*[^.]\. The comment is posted without it\./,
    );
  });
});
