import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { parseSections } from "@mlops-actions/github/sticky-comment";
import type { Report } from "@mlops-actions/kit";
import { evaluate, type MetricValue, parsePolicy } from "@mlops-actions/metrics";
import { Ajv2020 } from "ajv/dist/2020.js";
import gateDataSchema from "../../actions/evaluate-gate/report-data.schema.json" with { type: "json" };
import dataSchema from "../../actions/metrics-comment/report-data.schema.json" with { type: "json" };
import { type BundledRun, eventPayload, type RunBundledOptions, runBundled } from "../harness/index.ts";
import { defaultToken, type GitHubServer, startGitHubServer } from "../servers/github/index.ts";

const repository = "octo-org/octo-repo";
const readOnlyToken = "ghs_forkReadOnlyToken00000000000000000000";
const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "metrics-comment");
/** The head commit of GitHub's example workflow_run payload. */
const workflowRunHead = "3484a3fb816e0859fd6e1cea078d76385ff50625";
const policy = parsePolicy("metrics:\n  accuracy:\n    max-drop: 0.01\n", "ml-policy.yml");

describe("metrics-comment (bundled) against the GitHub test server", () => {
  let server: GitHubServer;
  let workspace: string;
  const temps: string[] = [];
  let nextPull = 10;

  before(async () => {
    server = await startGitHubServer({ tokens: { [defaultToken]: "write", [readOnlyToken]: "read" } });
    workspace = mkdtempSync(join(tmpdir(), "metrics-comment-e2e-"));
    for (const name of ["validate-data.json", "drift-check.json"])
      copyFileSync(join(fixtures, name), join(workspace, name));
  });
  after(async () => {
    await server.close();
    for (const dir of [workspace, ...temps]) rmSync(dir, { recursive: true, force: true });
  });

  /** A pull request in the test server and the `pull_request` event of it (GitHub's example payload). */
  function pullRequest(headSha = "ec26c3e57ca3a959ca5aad62de7213c562f8c821") {
    const number = nextPull++;
    server.state.addPullRequest(repository, {
      number,
      head: { ref: `feature-${number}`, sha: headSha },
      base: { ref: "main" },
    });
    const example = eventPayload("pull_request") as Record<string, Record<string, unknown>>;
    const pull = example.pull_request ?? {};
    const payload: Record<string, unknown> = {
      ...example,
      number,
      pull_request: { ...pull, number, head: { ...(pull.head as object), sha: headSha } },
    };
    return { number, event: { name: "pull_request", payload } };
  }

  /** An evaluate-gate report made with the real evaluate(), written into the workspace. */
  function gateReport(
    name: string,
    candidate: Record<string, MetricValue>,
    baseline: Record<string, MetricValue>,
  ) {
    const evaluation = evaluate(
      new Map(Object.entries(candidate)),
      new Map(Object.entries(baseline)),
      policy,
    );
    const report = {
      schema: "mlops-actions/report@1",
      action: "evaluate-gate",
      status: evaluation.verdict,
      summary: evaluation.summary,
      git: { sha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821", ref: "refs/pull/2/merge" },
      run: { id: 1, attempt: 1, url: "" },
      job: "train",
      data: {
        ...evaluation,
        baseline: {
          ...evaluation.baseline,
          source: "artifact",
          description: "artifact ml-metrics of run 77 on main",
          sha: "3484a3fb816e0859fd6e1cea078d76385ff50625",
          runId: 77,
          attempts: [{ source: "artifact", found: true, detail: "ml-metrics of run 77" }],
        },
      },
      createdAt: "2026-11-22T08:02:00.000Z",
    };
    // The contract with evaluate-gate: what we render from is what it writes.
    assert.ok(validateGateData(report.data), JSON.stringify(validateGateData.errors));
    writeFileSync(join(workspace, name), JSON.stringify(report));
    return name;
  }

  async function runComment(
    event: RunBundledOptions["event"],
    runId: number,
    inputs: Record<string, string>,
    extra: Partial<RunBundledOptions> = {},
  ): Promise<BundledRun> {
    const run = await runBundled("metrics-comment", {
      inputs: { key: "ML report", ...inputs },
      ...(event !== undefined && { event }),
      github: server,
      token: defaultToken,
      runId,
      job: "train",
      context: { repository, workflow: "CI" },
      workspace,
      env: { MLOPS_ACTIONS_COMMENT_SETTLE_MS: "30" },
      ...extra,
    });
    temps.push(dirname(run.runnerTemp));
    assert.equal(run.exitCode, 0, run.logs.join("\n"));
    return run;
  }

  const ours = (pull: number) =>
    server.state
      .requireRepository(repository)
      .comments.filter(
        (c) => c.issueNumber === pull && c.body.startsWith("<!-- mlops-actions:metrics-comment "),
      );
  const validateData = new Ajv2020({ allErrors: true, strict: true }).compile(dataSchema);
  const validateGateData = new Ajv2020({ allErrors: true, strict: false }).compile(gateDataSchema);
  /** This action's report; its data must follow actions/metrics-comment/report-data.schema.json. */
  const ownReport = (run: BundledRun) => {
    const report = run.reports.map((r) => r.report as Report).find((r) => r.action === "metrics-comment");
    assert.ok(report, "the action wrote its report");
    assert.ok(validateData(report.data), JSON.stringify(validateData.errors));
    return report;
  };
  const writesSince = (index: number) =>
    server.requests.slice(index).filter((r) => r.method !== "GET" && r.status < 400);

  const improved = () =>
    gateReport("gate-improved.json", { accuracy: 0.95, f1: 0.8 }, { accuracy: 0.93, f1: 0.8 });
  const regressed = () =>
    gateReport("gate-regressed.json", { accuracy: 0.9, f1: 0.8 }, { accuracy: 0.93, f1: 0.8 });

  it("creates the comment, edits it in place on the next run, and makes no write when nothing changed", async () => {
    const { number, event } = pullRequest();
    const reports = [improved(), "validate-data.json", "drift-check.json"].join("\n");
    const first = await runComment(event, 5001, { reports });
    const [created] = ours(number);
    assert.ok(created);
    assert.equal(first.outputs["comment-id"], String(created.id));
    assert.match(
      first.outputs["comment-url"] ?? "",
      new RegExp(`/pull/${number}#issuecomment-${created.id}$|#issuecomment-${created.id}$`),
    );
    assert.match(
      created.body,
      /### ⚠️ Passed with warnings · train\n\*\*2 metrics\*\*: 1 improved, 1 unchanged · \*\*2 checks\*\*: 1 warned/,
    );
    assert.match(created.body, /⚠️ <b>Drift<\/b>: 1 of 3 columns drifted/);
    assert.equal(
      readFileSync(first.outputs.markdown ?? "", "utf8").trim(),
      parseSections(created.body)[0]?.markdown.trim(),
    );
    assert.equal(ownReport(first).data.outcome, "created");

    const second = await runComment(event, 5002, { reports: [regressed(), "validate-data.json"].join("\n") });
    assert.equal(second.outputs["comment-id"], String(created.id));
    const after = ours(number);
    assert.equal(after.length, 1, "one comment after two runs");
    assert.match(after[0]?.body ?? "", /### ❌ Blocked · train/);
    assert.equal(ownReport(second).data.outcome, "updated");

    const mark = server.requests.length;
    const third = await runComment(event, 5003, { reports: [regressed(), "validate-data.json"].join("\n") });
    assert.deepEqual(writesSince(mark), [], "no write request");
    assert.equal(ownReport(third).data.outcome, "unchanged");
    assert.equal(third.outputs["comment-id"], String(created.id));
  });

  it("finds its comment among 150 others (pagination)", async () => {
    const { number, event } = pullRequest();
    const repo = server.state.requireRepository(repository);
    const user = server.state.user("octocat");
    for (let i = 0; i < 100; i++) server.state.createComment(repo, number, `LGTM ${i}`, user);
    await runComment(event, 5101, { reports: improved() });
    for (let i = 0; i < 50; i++) server.state.createComment(repo, number, `nit ${i}`, user);
    await runComment(event, 5102, { reports: regressed() });
    assert.equal(ours(number).length, 1);
    assert.match(ours(number)[0]?.body ?? "", /Blocked/);
  });

  it("recreate posts anew and deletes the old comment; hide-previous minimizes it", async () => {
    const { number, event } = pullRequest();
    await runComment(event, 5201, { reports: improved() });
    const [original] = ours(number);
    await runComment(event, 5202, { reports: regressed(), mode: "recreate" });
    const [recreated, ...rest] = ours(number);
    assert.equal(rest.length, 0);
    assert.notEqual(recreated?.id, original?.id);
    await runComment(event, 5203, { reports: improved(), mode: "hide-previous" });
    const all = ours(number);
    assert.equal(all.length, 2);
    assert.equal(all[0]?.id, recreated?.id);
    assert.equal(all[0]?.minimizedReason, "outdated");
    assert.equal(all[1]?.minimizedReason, null);
  });

  it("does not overwrite a comment written by a later run (a newer head commit)", async () => {
    const older = pullRequest("1111111111111111111111111111111111111111");
    await runComment(older.event, 5301, { reports: improved() }); // creates the PR's comment
    const newer = { ...older.event, payload: { ...older.event.payload } };
    const pull = newer.payload.pull_request as Record<string, unknown>;
    newer.payload.pull_request = { ...pull, head: { ...(pull.head as object), sha: "2".repeat(40) } };
    await runComment(newer, 5303, { reports: improved() });
    const before = ours(older.number)[0]?.body;
    const mark = server.requests.length;
    const stale = await runComment(older.event, 5302, { reports: regressed() });
    assert.deepEqual(writesSince(mark), []);
    assert.equal(ours(older.number)[0]?.body, before);
    assert.equal(ownReport(stale).data.outcome, "skipped-newer");
    assert.match(stale.logs.join("\n"), /later run \(5303, attempt 1, commit 2222222\)/);
  });

  it("renders hostile metric names inert", async () => {
    const { number, event } = pullRequest();
    const names = ["@org/team", "<img src=x>", "](http://evil)", "a|b"];
    const report = gateReport(
      "gate-hostile.json",
      Object.fromEntries(names.map((n) => [n, 1])),
      Object.fromEntries(names.map((n) => [n, 0.5])),
    );
    await runComment(event, 5401, { reports: report });
    const body = ours(number)[0]?.body ?? "";
    assert.doesNotMatch(body, /@org/);
    assert.doesNotMatch(body, /<img/);
    assert.doesNotMatch(body, /\]\(http:\/\/evil/);
    const rows = body.split("\n").filter((line) => line.includes("<sub>↑</sub>"));
    assert.equal(rows.length, 5, body); // the four, and the policy's accuracy (missing)
    for (const row of rows) assert.equal(row.split("|").length, 7, row);
  });

  it("with a fork's read-only token: exit 0, a warning, the comment in the summary and the markdown output", async () => {
    const { number, event } = pullRequest();
    const run = await runComment(
      event,
      5501,
      { reports: [regressed(), "drift-check.json"].join("\n") },
      { token: readOnlyToken },
    );
    assert.equal(ours(number).length, 0);
    assert.equal(run.outputs["comment-id"], "");
    const warning = run.annotations.find((a) => a.level === "warning");
    assert.match(
      warning?.message ?? "",
      /Could not post the 'ML report' comment: the token may not write.*workflow_run/,
    );
    assert.match(run.summary, /### ❌ Blocked · train/);
    assert.match(readFileSync(run.outputs.markdown ?? "", "utf8"), /### ❌ Blocked · train/);
    assert.equal(ownReport(run).status, "warn");
    assert.equal(ownReport(run).data.outcome, "read-only");
  });

  it("posts from a workflow_run workflow with pr-number and downloaded reports", async () => {
    const { number } = pullRequest(workflowRunHead);
    const downloaded = mkdtempSync(join(tmpdir(), "metrics-comment-artifact-"));
    temps.push(downloaded);
    copyFileSync(join(workspace, regressed()), join(downloaded, "evaluate-gate-train.json"));
    copyFileSync(join(fixtures, "drift-check.json"), join(downloaded, "drift-check-train.json"));
    const run = await runComment("workflow_run", 5601, { reports: downloaded, "pr-number": String(number) });
    const [comment] = ours(number);
    assert.equal(run.outputs["comment-id"], String(comment?.id));
    assert.match(comment?.body ?? "", /Blocked/);
    assert.match(comment?.body ?? "", /Drift/);
    // The marker names the run that made the reports (the triggering run), not the posting one.
    assert.match(comment?.body ?? "", /sha=3484a3fb816e0859fd6e1cea078d76385ff50625 run=289782451 attempt=1/);
  });

  it("in a workflow_run workflow, refuses a pull request whose head is not the triggering run's commit", async () => {
    const { number } = pullRequest("4".repeat(40));
    const run = await runComment("workflow_run", 5602, { reports: improved(), "pr-number": String(number) });
    assert.equal(ours(number).length, 0);
    const warning = run.annotations.find((a) => a.level === "warning");
    assert.match(
      warning?.message ?? "",
      /pull request #\d+ has head 4444444, not 3484a3f, the commit the triggering run built/,
    );
    assert.equal(ownReport(run).data.outcome, "head-mismatch");
  });

  it("without a pull request (a push, or the CLI), writes the comment to the summary and a file", async () => {
    const mark = server.requests.length;
    const run = await runComment("push", 5650, { reports: [regressed(), "validate-data.json"].join("\n") });
    assert.deepEqual(writesSince(mark), []);
    assert.equal(ownReport(run).data.outcome, "no-pull-request");
    assert.match(run.summary, /### ❌ Blocked · train/);
    assert.match(
      readFileSync(run.outputs.markdown ?? "", "utf8"),
      /✅ <b>Data validation<\/b>: 12,000 rows checked/,
    );
  });

  it("diffs metrics and baseline files directly when no evaluate-gate report is there", async () => {
    const { number, event } = pullRequest();
    writeFileSync(
      join(workspace, "candidate-metrics.json"),
      JSON.stringify({ eval: { accuracy: 0.91, loss: 0.2 } }),
    );
    writeFileSync(join(workspace, "baseline-metrics.yaml"), "eval:\n  accuracy: 0.9\n  loss: 0.25\n");
    const run = await runComment(event, 5660, {
      metrics: "candidate-metrics.json",
      baseline: "baseline-metrics.yaml",
    });
    const body = ours(number)[0]?.body ?? "";
    assert.match(body, /### ✅ Passed · train\n\*\*2 metrics\*\*: 2 improved/);
    assert.match(
      body,
      /\| eval\.loss <sub>↓<\/sub> \| 0\.25 \| 0\.2 \| 🟢 −0\.05 \(−20%\) \| 🟢 improved \|/,
    );
    assert.match(body, /Baseline: metrics files baseline&#45;metrics\.yaml/);
    assert.deepEqual(ownReport(run).data.reports, [{ action: "evaluate-gate", status: "pass" }]);
  });

  it("fails a bad input with one line naming it, before any GitHub call", async () => {
    const { event } = pullRequest();
    const mark = server.requests.length;
    for (const [inputs, pattern] of [
      [
        { mode: "sometimes" },
        /^Input 'mode' has value 'sometimes': expected one of upsert, recreate, hide-previous/,
      ],
      [
        { metrics: improved(), baseline: "auto" },
        /^Input 'baseline' has value 'auto': expected a metrics file or glob, or none/,
      ],
    ] as const) {
      const run = await runBundled("metrics-comment", {
        inputs: { ...inputs },
        event,
        github: server,
        token: defaultToken,
        context: { repository },
        workspace,
      });
      temps.push(dirname(run.runnerTemp));
      assert.equal(run.exitCode, 1);
      const errors = run.annotations.filter((a) => a.level === "error");
      assert.equal(errors.length, 1);
      assert.match(errors[0]?.message ?? "", pattern);
    }
    assert.equal(server.requests.length, mark);
  });

  it("8 matrix legs finishing at the same moment lose nothing", async () => {
    const { number, event } = pullRequest();
    const reports = improved();
    const legs = Array.from({ length: 8 }, (_, i) => `python 3.${i + 6}`);
    // A writer's section survives when every other writer's read-to-write time stays under the settle
    // wait (1 s on GitHub). Eight bundles starting at once on CI's two cores, beside the rest of the
    // suite, took longer than 100 ms once (a section lost in a fresh-clone run); 400 ms keeps the race
    // real and the test steady.
    await Promise.all(
      legs.map((leg) =>
        runComment(
          event,
          5701,
          { reports },
          { env: { MLOPS_ACTIONS_COMMENT_SETTLE_MS: "400", MLOPS_ACTIONS_SECTION: leg } },
        ),
      ),
    );
    const comments = ours(number);
    assert.equal(comments.length, 1);
    const sections = parseSections(comments[0]?.body ?? "").map((s) => s.id);
    assert.deepEqual(sections, legs.map((leg) => `train (${leg})`).sort());
  });

  it("keeps a 20,000-metric report under GitHub's limit", async () => {
    const { number, event } = pullRequest();
    const candidate: Record<string, number> = {};
    const baseline: Record<string, number> = {};
    for (let i = 0; i < 20_000; i++) {
      candidate[`layer_${i}.weight_norm`] = 1 + (i % 3) * 0.01;
      baseline[`layer_${i}.weight_norm`] = 1;
    }
    const run = await runComment(event, 5801, { reports: gateReport("gate-huge.json", candidate, baseline) });
    const body = ours(number)[0]?.body ?? "";
    assert.ok(body.length <= 65_536, `${body.length} characters`);
    assert.match(body, /metrics are not shown here; the full table is in the \[job summary\]\(https:/);
    assert.equal(ownReport(run).data.detail, "truncated");
  });
});
