// evaluate-gate's committed bundle under the runner harness, against the loopback GitHub REST server and
// artifact service: verdicts, check runs, every baseline source, errors, a fork's read-only token, a 5xx.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  forget,
  gateReport,
  git,
  pullRequestEvent,
  pushToMainEvent,
  removeTempDirs,
  sha,
  workspaceWith,
  writeInto,
} from "../fixtures/evaluate-gate/helpers.ts";
import { type BundledRun, type RunBundledOptions, runBundled } from "../harness/index.ts";
import { ArtifactStore } from "../servers/artifact-store.ts";
import { type ArtifactServer, startArtifactServer } from "../servers/artifacts/index.ts";
import {
  defaultRepository,
  defaultToken,
  type GitHubServer,
  startGitHubServer,
} from "../servers/github/index.ts";

let github: GitHubServer;
let artifacts: ArtifactServer;
const readOnlyToken = "ghs_forkReadOnlyToken0000000000000000000";
let nextRunId = 9100;

before(async () => {
  const store = new ArtifactStore();
  artifacts = await startArtifactServer({ store, repository: defaultRepository });
  github = await startGitHubServer({ artifacts: store, repositories: [defaultRepository] });
  github.state.addToken(readOnlyToken, "read");
});
after(async () => {
  await artifacts?.close();
  await github?.close();
  removeTempDirs();
});

const logs = (run: BundledRun) => run.logs.join("\n");

/** A pull request run of workflow `workflowId` (seeded, so the gate can find its workflow). */
async function gateOnPullRequest(
  inputs: Record<string, string>,
  workspace: string,
  options: Partial<RunBundledOptions> & { workflowId?: number; baseSha?: string; fork?: boolean } = {},
): Promise<BundledRun> {
  const runId = options.runId ?? nextRunId++;
  const headSha = sha(runId);
  github.state.addWorkflowRun(defaultRepository, {
    id: runId,
    name: "CI",
    workflowId: options.workflowId ?? 1,
    headBranch: "feature",
    headSha,
    event: "pull_request",
    status: "in_progress",
  });
  const event = pullRequestEvent(defaultRepository, {
    baseSha: options.baseSha ?? sha(1),
    headSha,
    ...(options.fork !== undefined && { fork: options.fork }),
  });
  return forget(
    await runBundled("evaluate-gate", {
      github,
      artifacts,
      token: defaultToken,
      event,
      runId,
      workspace,
      // GITHUB_SHA of a pull_request run is the merge commit, not the head the check run belongs to.
      context: { repository: defaultRepository, sha: sha(runId + 500_000) },
      ...options,
      inputs,
    }),
  );
}

function checkRunsNamed(name: string) {
  return github.state.requireRepository(defaultRepository).checkRuns.filter((run) => run.name === name);
}

describe("evaluate-gate: verdicts", () => {
  it("passes an improved model, with a success check run and the table in summary and check", async () => {
    const workspace = workspaceWith({
      "out/metrics.json": { fixture: "improved.json" },
      "base/metrics.json": { fixture: "baseline.json" },
      "ml-policy.yml": { fixture: "policy.yml" },
    });
    const run = await gateOnPullRequest(
      {
        metrics: "out/metrics.json",
        policy: "ml-policy.yml",
        baseline: "base/metrics.json",
        "check-name": "gate improved",
      },
      workspace,
      { runId: 9001 },
    );
    assert.equal(run.exitCode, 0, logs(run));
    assert.equal(run.outputs.verdict, "pass");
    assert.equal(run.outputs.passed, "true");
    assert.deepEqual(JSON.parse(run.outputs["failed-metrics"] ?? ""), []);
    assert.equal(run.outputs["baseline-source"], "file");
    const report = gateReport(run);
    assert.equal(report.status, "pass");
    const accuracy = report.data.rows.find((row) => row.name === "accuracy");
    assert.equal(accuracy?.status, "improved");
    assert.equal(accuracy?.baseline, 0.9);
    assert.equal(accuracy?.candidate, 0.93);
    assert.match(run.summary, /<th>Metric<\/th><th>Baseline<\/th><th>Candidate<\/th><th>Δ<\/th><th>Δ%<\/th>/);
    assert.match(
      run.summary,
      /<td>accuracy ↑\*<\/td><td>0.9<\/td><td>0.93<\/td><td>&#43;0.03<\/td><td>&#43;3.33%<\/td>/,
    );
    assert.match(run.summary, /<td>val.loss ↓\*<\/td>/, "the inferred direction is marked");
    assert.match(run.summary, /<td>model ↑\*<\/td><td>&#34;resnet&#34;<\/td>/, "text is shown, escaped");

    const [check] = checkRunsNamed("gate improved");
    assert.ok(check, "a check run was created");
    assert.equal(check.conclusion, "success");
    assert.equal(check.headSha, sha(9001), "on the pull request's head commit");
    assert.match(check.output.text ?? "", /<td>accuracy ↑\*<\/td>/);
    assert.equal(report.data.checkRun?.id, check.id);
  });

  it("blocks a regressed model: exit 1, failed-metrics, a failure check run, an annotation on the policy line", async () => {
    const workspace = workspaceWith({
      "metrics.json": { fixture: "regressed.json" },
      "base.json": { fixture: "baseline.json" },
      "ml-policy.yml": { fixture: "policy.yml" },
    });
    const run = await gateOnPullRequest(
      {
        metrics: "metrics.json",
        policy: "ml-policy.yml",
        baseline: "base.json",
        "check-name": "gate regressed",
      },
      workspace,
    );
    assert.equal(run.exitCode, 1, logs(run));
    assert.equal(run.outputs.verdict, "fail");
    assert.equal(run.outputs.passed, "false");
    assert.deepEqual(JSON.parse(run.outputs["failed-metrics"] ?? ""), ["accuracy"]);
    const report = gateReport(run);
    assert.equal(report.status, "fail");
    assert.deepEqual(report.data.warnedMetrics, ["latency_ms"]);
    const accuracyError = run.annotations.find(
      (a) => a.level === "error" && a.message.startsWith("accuracy:"),
    );
    assert.ok(accuracyError, JSON.stringify(run.annotations));
    assert.equal(accuracyError.file, "ml-policy.yml");
    assert.equal(accuracyError.line, 4, "the policy entry of the failed rule");
    assert.match(run.summary, /❌ fail/);
    const [check] = checkRunsNamed("gate regressed");
    assert.equal(check?.conclusion, "failure");
    assert.ok(check?.output.annotations.some((a) => a.path === "ml-policy.yml" && a.start_line === 4));
  });

  it("reads inline rules and tells a NaN candidate value to fail closed", async () => {
    const workspace = workspaceWith({
      "metrics.json": { text: '{"accuracy": NaN, "f1": 0.8}' },
      "base.json": { text: '{"accuracy": 0.9, "f1": 0.82}' },
    });
    const run = await gateOnPullRequest(
      { metrics: "metrics.json", baseline: "base.json", rules: "accuracy >= 0.8\nf1 >= baseline - 0.05" },
      workspace,
    );
    assert.equal(run.exitCode, 1, logs(run));
    assert.deepEqual(JSON.parse(run.outputs["failed-metrics"] ?? ""), ["accuracy"]);
    const report = gateReport(run);
    const accuracy = report.data.rows.find((row) => row.name === "accuracy");
    assert.equal(accuracy?.candidate, "NaN", "non-finite numbers are written as strings");
  });
});

describe("evaluate-gate: missing baseline", () => {
  for (const [mode, verdict, exitCode] of [
    ["warn", "warn", 0],
    ["fail", "fail", 1],
    ["pass", "pass", 0],
  ] as const) {
    it(`on-missing-baseline: ${mode} gives ${verdict}, and says where it looked`, async () => {
      const workspace = workspaceWith({ "metrics.json": { fixture: "improved.json" } });
      const run = await gateOnPullRequest(
        { metrics: "metrics.json", rules: "accuracy >= baseline", "on-missing-baseline": mode },
        workspace,
        { workflowId: 404 },
      );
      assert.equal(run.exitCode, exitCode, logs(run));
      assert.equal(run.outputs.verdict, verdict);
      assert.equal(run.outputs["baseline-source"], "missing");
      assert.equal(run.outputs["baseline-sha"], "");
      const report = gateReport(run);
      assert.equal(report.data.baseline.present, false);
      assert.deepEqual(
        report.data.baseline.attempts.map((a) => [a.source, a.found]),
        [
          ["artifact", false],
          ["git", false],
        ],
      );
      assert.match(
        report.data.baseline.attempts[0]?.detail ?? "",
        /no successful run of workflow 404 on branch main/,
      );
    });
  }
});

/**
 * A push to main that saves its metrics as the baseline artifact, then listed by GitHub as a successful
 * run of `workflowId` created `ageDays` ago.
 */
async function savedOnPushToMain(
  workflowId: number,
  ageDays: number,
  files: Parameters<typeof workspaceWith>[0],
): Promise<{ runId: number; sha: string }> {
  const runId = nextRunId++;
  const pushSha = sha(runId);
  const push = forget(
    await runBundled("evaluate-gate", {
      github,
      artifacts,
      token: defaultToken,
      event: pushToMainEvent(defaultRepository, pushSha),
      runId,
      workspace: workspaceWith(files),
      context: { repository: defaultRepository, sha: pushSha, ref: "refs/heads/main" },
      inputs: { metrics: Object.keys(files).join("\n"), baseline: "none" },
    }),
  );
  assert.equal(push.exitCode, 0, logs(push));
  assert.equal(push.outputs["baseline-source"], "none");
  assert.equal(push.outputs.verdict, "pass", "baseline: none is not a missing baseline");
  assert.match(logs(push), /Saved the metrics as artifact ml-metrics/);
  assert.equal(artifacts.store.listByRun(runId, "ml-metrics").length, 1);
  github.state.addWorkflowRun(defaultRepository, {
    id: runId,
    name: "CI",
    workflowId,
    headBranch: "main",
    headSha: pushSha,
    event: "push",
    createdAt: new Date(Date.now() - ageDays * 86_400_000).toISOString(),
  });
  return { runId, sha: pushSha };
}

describe("evaluate-gate: baseline auto", () => {
  it("saves the metrics on a push to main, and a later pull request finds that run's artifact", async () => {
    const workflowId = 501;
    const { runId: pushRunId, sha: pushSha } = await savedOnPushToMain(workflowId, 2, {
      "out/metrics.json": { fixture: "baseline.json" },
    });

    const workspace = workspaceWith({ "out/metrics.json": { fixture: "regressed.json" } });
    const run = await gateOnPullRequest(
      { metrics: "out/metrics.json", rules: "accuracy >= baseline - 0.01" },
      workspace,
      { workflowId, runId: 9002 },
    );
    assert.equal(run.exitCode, 1, logs(run));
    assert.equal(run.outputs["baseline-source"], "artifact");
    assert.equal(run.outputs["baseline-sha"], pushSha);
    assert.deepEqual(JSON.parse(run.outputs["failed-metrics"] ?? ""), ["accuracy"]);
    const { baseline } = gateReport(run).data;
    assert.equal(baseline.runId, pushRunId);
    assert.equal(baseline.artifact?.name, "ml-metrics");
    assert.deepEqual(baseline.files, ["out/metrics.json"]);
    assert.equal(baseline.ageDays, 2);
    assert.deepEqual(baseline.stale, []);
    assert.match(run.summary, /Baseline: artifact ml&#45;metrics of run \d+ on main/);
    assert.ok(
      github.requests.some((r) => r.operationId === "actions/download-artifact" && r.status === 302),
      "downloaded through the REST zip route",
    );
    assert.equal(artifacts.store.listByRun(9002).length, 0, "a pull request saves nothing");
  });

  it("reports a stale baseline: too old, and from another set of metrics files", async () => {
    const workflowId = 503;
    await savedOnPushToMain(workflowId, 45, {
      "out/metrics.json": { fixture: "baseline.json" },
      "out/extra.json": { text: '{"throughput": 10}' },
    });
    const workspace = workspaceWith({ "out/metrics.json": { fixture: "improved.json" } });
    const run = await gateOnPullRequest(
      { metrics: "out/metrics.json", rules: "accuracy >= baseline" },
      workspace,
      {
        workflowId,
      },
    );
    assert.equal(run.exitCode, 0, logs(run));
    assert.equal(run.outputs["baseline-source"], "artifact");
    const { baseline } = gateReport(run).data;
    assert.equal(baseline.ageDays, 45);
    assert.deepEqual(baseline.stale, [
      "the baseline is 45 days old (more than 30)",
      "the baseline comes from another set of metrics files: only the baseline has out/extra.json",
    ]);
    assert.deepEqual(baseline.files, ["out/metrics.json"], "paired by path");
    assert.ok(
      run.annotations.some(
        (a) => a.level === "warning" && /^Stale baseline: the baseline is 45 days/.test(a.message),
      ),
    );
    assert.match(run.summary, /Stale baseline/);
  });

  it("falls back to the metrics file at the merge-base commit, and says so", async () => {
    const workspace = workspaceWith({ "metrics.json": { fixture: "baseline.json" } });
    git(workspace, "init", "-q", "-b", "main");
    git(workspace, "add", "metrics.json");
    git(workspace, "commit", "-q", "-m", "baseline");
    const base = git(workspace, "rev-parse", "HEAD");
    git(workspace, "checkout", "-q", "-b", "feature");
    writeInto(workspace, "metrics.json", { fixture: "improved.json" });
    git(workspace, "commit", "-q", "-am", "better model");

    const run = await gateOnPullRequest(
      { metrics: "metrics.json", rules: "accuracy >= baseline" },
      workspace,
      {
        workflowId: 502,
        baseSha: base,
      },
    );
    assert.equal(run.exitCode, 0, logs(run));
    assert.equal(run.outputs.verdict, "pass");
    assert.equal(run.outputs["baseline-source"], "git");
    assert.equal(run.outputs["baseline-sha"], base);
    const { data } = gateReport(run);
    assert.deepEqual(
      data.baseline.attempts.map((a) => [a.source, a.found]),
      [
        ["artifact", false],
        ["git", true],
      ],
    );
    assert.equal(data.rows.find((row) => row.name === "accuracy")?.baseline, 0.9);
  });

  it("reads git:<ref> baselines", async () => {
    const workspace = workspaceWith({ "m.csv": { text: "name,value\nrmse,1.5\n" } });
    git(workspace, "init", "-q", "-b", "main");
    git(workspace, "add", "m.csv");
    git(workspace, "commit", "-q", "-m", "v1");
    git(workspace, "tag", "v1");
    writeInto(workspace, "m.csv", { text: "name,value\nrmse,1.7\n" });
    const run = await gateOnPullRequest(
      { metrics: "m.csv", baseline: "git:v1", rules: "rmse <= baseline" },
      workspace,
    );
    assert.equal(run.exitCode, 1, logs(run));
    assert.equal(run.outputs["baseline-source"], "git");
    assert.deepEqual(JSON.parse(run.outputs["failed-metrics"] ?? ""), ["rmse"]);
  });
});

describe("evaluate-gate: noise-aware verdicts from predictions", () => {
  /** 200 binary examples with ids, the first `wrong` of them predicted wrong. */
  function predictions(wrong: number): string {
    const rows = Array.from({ length: 200 }, (_, i) => {
      const label = i % 2;
      return `ex${i},${label},${i < wrong ? 1 - label : label}`;
    });
    return ["id,label,prediction", ...rows].join("\n");
  }

  async function gateWithPredictions(candidateWrong: number, baselineWrong: number) {
    const workspace = workspaceWith({
      "metrics.json": { text: '{"loss": 0.5}' },
      "base.json": { text: '{"loss": 0.5}' },
      "pred.csv": { text: predictions(candidateWrong) },
      "base-pred.csv": { text: predictions(baselineWrong) },
    });
    return gateOnPullRequest(
      {
        metrics: "metrics.json",
        baseline: "base.json",
        predictions: "pred.csv",
        "baseline-predictions": "base-pred.csv",
        rules: "predictions/accuracy >= baseline - 0.005\npredictions/f1_macro >= baseline - 0.005",
      },
      workspace,
    );
  }

  it("passes a small drop that is within noise, showing the intervals and McNemar's p", async () => {
    const run = await gateWithPredictions(6, 3);
    assert.equal(run.exitCode, 0, logs(run));
    assert.equal(run.outputs.verdict, "pass");
    const { data } = gateReport(run);
    const accuracy = data.noise?.metrics.find((m) => m.name === "accuracy");
    assert.equal(accuracy?.status, "inconclusive");
    assert.equal(accuracy?.significant, false);
    assert.ok((accuracy?.pValue ?? 0) > 0.05);
    assert.deepEqual(
      data.noise?.mcnemar && [data.noise.mcnemar.candidateOnly, data.noise.mcnemar.baselineOnly],
      [0, 3],
    );
    const row = data.rows.find((r) => r.name === "predictions/accuracy");
    assert.equal(row?.candidate, 0.97);
    assert.equal(row?.checks[0]?.outcome, "within-noise");
    assert.match(run.summary, /Noise&#45;aware comparison/);
  });

  it("blocks a significant drop beyond the allowed one", async () => {
    const run = await gateWithPredictions(40, 2);
    assert.equal(run.exitCode, 1, logs(run));
    assert.deepEqual(JSON.parse(run.outputs["failed-metrics"] ?? "").sort(), [
      "predictions/accuracy",
      "predictions/f1_macro",
    ]);
    assert.equal(gateReport(run).data.noise?.metrics.find((m) => m.name === "accuracy")?.status, "regressed");
  });

  it("needs both prediction files", async () => {
    const workspace = workspaceWith({
      "metrics.json": { fixture: "improved.json" },
      "pred.csv": { text: predictions(0) },
    });
    const run = await gateOnPullRequest({ metrics: "metrics.json", predictions: "pred.csv" }, workspace);
    assert.equal(run.exitCode, 1);
    assert.match(
      run.annotations.find((a) => a.level === "error")?.message ?? "",
      /^Input 'baseline-predictions' is required when 'predictions' is given/,
    );
  });
});

describe("evaluate-gate: errors and GitHub trouble", () => {
  it("points a policy error at file:line:col with a did-you-mean", async () => {
    const workspace = workspaceWith({
      "metrics.json": { fixture: "improved.json" },
      "ml-policy.yml": { fixture: "policy-typo.yml" },
    });
    const run = await gateOnPullRequest({ metrics: "metrics.json", policy: "ml-policy.yml" }, workspace);
    assert.equal(run.exitCode, 1);
    const errors = run.annotations.filter((a) => a.level === "error");
    assert.equal(errors.length, 1, JSON.stringify(run.annotations));
    assert.match(
      errors[0]?.message ?? "",
      /^ml-policy\.yml:4:5: unknown key 'max_drop'.*did you mean 'max-drop'\?$/,
    );
    assert.equal(errors[0]?.file, "ml-policy.yml");
    assert.equal(errors[0]?.line, 4);
    assert.equal(run.reports.length, 0, "a tool error writes no verdict");
  });

  for (const [inputs, pattern] of [
    [{ "on-missing-baseline": "maybe" }, /^Input 'on-missing-baseline' has value 'maybe': expected/],
    [
      { baseline: "git:" },
      /^Input 'baseline' has value 'git:': expected auto, artifact, none, git:<ref> or a path$/,
    ],
    [{ rules: "accuracy >= basline" }, /^input 'rules':1:13: .*did you mean 'baseline'\?/],
    [{ metrics: "nothing/*.json" }, /^Input 'metrics' has value 'nothing\/\*\.json': expected a glob/],
  ] as const) {
    it(`refuses ${JSON.stringify(inputs)} with one line`, async () => {
      const workspace = workspaceWith({ "metrics.json": { fixture: "improved.json" } });
      const run = await gateOnPullRequest({ metrics: "metrics.json", ...inputs }, workspace);
      assert.equal(run.exitCode, 1);
      const errors = run.annotations.filter((a) => a.level === "error");
      assert.equal(errors.length, 1, JSON.stringify(run.annotations));
      assert.match(errors[0]?.message ?? "", pattern);
    });
  }

  it("points malformed metrics JSON at its line and column", async () => {
    const workspace = workspaceWith({ "metrics.json": { text: '{\n  "accuracy": 0.9,\n}\n' } });
    const run = await gateOnPullRequest({ metrics: "metrics.json", baseline: "none" }, workspace);
    assert.equal(run.exitCode, 1);
    const errors = run.annotations.filter((a) => a.level === "error");
    assert.equal(errors.length, 1, JSON.stringify(run.annotations));
    assert.match(errors[0]?.message ?? "", /^metrics\.json:3:1: /);
    assert.deepEqual([errors[0]?.file, errors[0]?.line], ["metrics.json", 3]);
  });

  it("fails a policy naming no existing metric, and a text value under a numeric rule, naming each", async () => {
    const workspace = workspaceWith({
      "metrics.json": { text: '{"accuracy": 0.9, "f1": "high"}' },
      "ml-policy.yml": { text: "metrics:\n  acuracy:\n    min: 0.5\n" },
    });
    const run = await gateOnPullRequest(
      { metrics: "metrics.json", policy: "ml-policy.yml", baseline: "none", rules: "f1 >= 0.8" },
      workspace,
    );
    assert.equal(run.exitCode, 1, logs(run));
    assert.deepEqual(JSON.parse(run.outputs["failed-metrics"] ?? "").sort(), ["acuracy", "f1"]);
    const messages = run.annotations.filter((a) => a.level === "error").map((a) => a.message);
    assert.ok(
      messages.some((m) => /^acuracy: .*did you mean 'accuracy'/.test(m)),
      messages.join("\n"),
    );
    assert.ok(
      messages.some((m) => /^f1: .*not a number/.test(m)),
      messages.join("\n"),
    );
  });

  it("on a fork's read-only token, notes the missing check run and still gates by the step status", async () => {
    const workspace = workspaceWith({
      "metrics.json": { fixture: "improved.json" },
      "base.json": { fixture: "baseline.json" },
    });
    const run = await gateOnPullRequest(
      {
        metrics: "metrics.json",
        baseline: "base.json",
        rules: "accuracy >= baseline",
        "check-name": "gate fork",
      },
      workspace,
      { token: readOnlyToken, fork: true },
    );
    assert.equal(run.exitCode, 0, logs(run));
    assert.equal(run.outputs.verdict, "pass");
    assert.ok(
      run.annotations.some((a) => a.level === "notice" && /No check run 'gate fork'/.test(a.message)),
      JSON.stringify(run.annotations),
    );
    assert.ok(github.requests.some((r) => r.path.endsWith("/check-runs") && r.status === 403));
    assert.equal(checkRunsNamed("gate fork").length, 0);
    assert.equal(gateReport(run).data.checkRun, undefined);
  });

  it("retries a 5xx from GitHub and still creates the check run", async () => {
    const fault = github.fault({
      match: { method: "POST", path: /\/check-runs$/ },
      kind: "5xx",
      status: 502,
    });
    const workspace = workspaceWith({
      "metrics.json": { fixture: "improved.json" },
      "base.json": { fixture: "baseline.json" },
    });
    const run = await gateOnPullRequest(
      { metrics: "metrics.json", baseline: "base.json", "check-name": "gate retried" },
      workspace,
    );
    assert.equal(run.exitCode, 0, logs(run));
    assert.equal(fault.hits, 1);
    assert.equal(checkRunsNamed("gate retried").length, 1);
  });
});
