// drift-check's committed bundle under the runner harness: known drift and none, both methods, profiles,
// the HTML report, bad inputs, and the drift issue's lifecycle against the loopback GitHub server.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Ajv2020 } from "ajv/dist/2020.js";
import { driftPair, removeWorkspaces, toCsv, workspaceWith } from "../fixtures/drift-check/datasets.ts";
import { type BundledRun, runBundled } from "../harness/index.ts";
import {
  defaultRepository,
  defaultToken,
  type GitHubServer,
  startGitHubServer,
} from "../servers/github/index.ts";

let github: GitHubServer;
before(async () => {
  github = await startGitHubServer({ repositories: [defaultRepository] });
});
after(async () => {
  await github?.close();
  removeWorkspaces();
});

function pairWorkspace(n: number, drift: boolean): string {
  const { reference, current } = driftPair(n, drift);
  return workspaceWith({ "reference.csv": toCsv(reference), "current.csv": toCsv(current) });
}

async function check(workspace: string, inputs: Record<string, string>, runId = 1): Promise<BundledRun> {
  return runBundled("drift-check", {
    workspace,
    runId,
    event: "schedule",
    context: { repository: defaultRepository },
    inputs: { reference: "reference.csv", current: "current.csv", ...inputs },
  });
}

const validateData = new Ajv2020({ allErrors: true }).compile(
  JSON.parse(
    readFileSync(join(import.meta.dirname, "../../actions/drift-check/report-data.schema.json"), "utf8"),
  ),
);

/** The run's one report, its `data` checked against the documented schema. */
function reportData(run: BundledRun) {
  assert.equal(run.reports.length, 1);
  const report = run.reports[0]?.report as { status: string; data: Record<string, unknown> };
  assert.ok(validateData(report.data), JSON.stringify(validateData.errors));
  return report;
}

describe("drift-check bundle", () => {
  it("passes on data without drift", async () => {
    const run = await check(pairWorkspace(600, false), {});
    assert.equal(run.exitCode, 0, run.logs.join("\n"));
    assert.equal(run.outputs["drift-detected"], "false");
    assert.deepEqual(JSON.parse(run.outputs["drifted-columns"] ?? ""), []);
    assert.equal(reportData(run).status, "pass");
    assert.match(run.summary, /no dataset drift/);
  });

  it("fails on drift, names the columns, lists the new category and writes the HTML report", async () => {
    const workspace = pairWorkspace(600, true);
    const run = await check(workspace, { "html-report": "out/drift.html" });
    assert.equal(run.exitCode, 1);
    assert.equal(run.outputs["drift-detected"], "true");
    assert.deepEqual(JSON.parse(run.outputs["drifted-columns"] ?? "").sort(), ["age", "plan"]);
    const report = reportData(run);
    assert.equal(report.status, "fail");
    const plan = (report.data.columns as Array<{ column: string; newCategories?: string[] }>).find(
      (c) => c.column === "plan",
    );
    assert.deepEqual(plan?.newCategories, ["enterprise"]);
    assert.match(run.summary, /enterprise/);
    const html = readFileSync(join(workspace, "out", "drift.html"), "utf8");
    assert.equal((html.match(/<svg class="chart"/g) ?? []).length, 3);
    assert.doesNotMatch(html, /<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it("with fail-on-drift false reports drift but passes the step; method evidently", async () => {
    const run = await check(pairWorkspace(600, true), { "fail-on-drift": "false", method: "evidently" });
    assert.equal(run.exitCode, 0);
    assert.equal(run.outputs["drift-detected"], "true");
    const columns = reportData(run).data.columns as Array<{ column: string; test: string }>;
    assert.deepEqual(Object.fromEntries(columns.map((c) => [c.column, c.test])), {
      age: "ks",
      income: "ks",
      plan: "chisquare",
    });
  });

  it("saves the reference profile and reuses it as reference with the same verdicts", async () => {
    const workspace = pairWorkspace(600, true);
    const first = await check(workspace, { "profile-out": "ref.profile.json", "fail-on-drift": "false" });
    assert.ok(existsSync(join(workspace, "ref.profile.json")));
    const second = await check(workspace, { reference: "ref.profile.json", "fail-on-drift": "false" });
    assert.equal(second.outputs["drifted-columns"], first.outputs["drifted-columns"]);
    assert.equal(second.outputs["drift-share"], first.outputs["drift-share"]);
  });

  it("merges profiles of shards into the profile of the whole: same verdicts as the raw data", async () => {
    const { reference, current } = driftPair(900, true);
    const shard = (from: number, to: number) =>
      toCsv(
        Object.fromEntries(Object.entries(reference).map(([name, values]) => [name, values.slice(from, to)])),
      );
    const workspace = workspaceWith({
      "reference.csv": toCsv(reference),
      "shard-1.csv": shard(0, 400),
      "shard-2.csv": shard(400, 900),
      "current.csv": toCsv(current),
    });
    for (const [index, file] of ["shard-1.csv", "shard-2.csv"].entries()) {
      const run = await check(workspace, {
        reference: file,
        "profile-out": `profiles/part-${index + 1}.json`,
        "fail-on-drift": "false",
      });
      assert.equal(run.exitCode, 0, run.logs.join("\n"));
    }
    const whole = await check(workspace, { "fail-on-drift": "false", method: "evidently" });
    const merged = await check(workspace, {
      reference: "profiles/*.json",
      "fail-on-drift": "false",
      method: "evidently",
    });
    assert.equal(merged.outputs["drifted-columns"], whole.outputs["drifted-columns"]);
    const statistics = (run: BundledRun) =>
      (reportData(run).data.columns as Array<{ column: string; statistic: number }>).map((c) => [
        c.column,
        c.statistic,
      ]);
    assert.deepEqual(statistics(merged), statistics(whole));
    assert.equal(
      (reportData(merged).data.sources as { referenceIsProfile: boolean }).referenceIsProfile,
      true,
    );
  });

  it("bad inputs fail with one line naming the input", async () => {
    const workspace = pairWorkspace(50, false);
    const badMethod = await check(workspace, { method: "t-test" });
    assert.equal(badMethod.exitCode, 1);
    assert.match(badMethod.logs.join("\n"), /Input 'method' has value 't-test': expected/);
    const badColumn = await check(workspace, { columns: "agee" });
    assert.equal(badColumn.exitCode, 1);
    assert.match(badColumn.logs.join("\n"), /columns: no column named 'agee'/);
    assert.doesNotMatch(badColumn.logs.join("\n"), /at .*\.js:\d+/);
  });

  it("keeps one issue open while drift lasts and closes it with a comment when it ends", async () => {
    const drifting = pairWorkspace(300, true);
    const calm = pairWorkspace(300, false);
    const withIssue = { issue: "true", "fail-on-drift": "false" };
    const options = (workspace: string, runId: number) =>
      runBundled("drift-check", {
        workspace,
        runId,
        event: "schedule",
        github,
        token: defaultToken,
        context: { repository: defaultRepository },
        inputs: { reference: "reference.csv", current: "current.csv", ...withIssue },
      });
    const repository = github.state.repository(defaultRepository);
    assert.ok(repository);
    const first = await options(drifting, 11);
    assert.equal(first.exitCode, 0, first.logs.join("\n"));
    assert.equal(repository.issues.length, 1);
    const issue = repository.issues[0];
    assert.equal(issue?.state, "open");
    assert.deepEqual(issue?.labels, ["data-drift"]);
    await options(drifting, 12);
    assert.equal(repository.issues.length, 1, "the second drifting run updates the same issue");
    assert.match(repository.issues[0]?.body ?? "", /runs\/12/);
    await options(calm, 13);
    assert.equal(repository.issues[0]?.state, "closed");
    const comments = repository.comments.filter((c) => c.issueNumber === issue?.number);
    assert.equal(comments.length, 1);
    assert.match(comments[0]?.body ?? "", /No dataset drift/);
    await options(calm, 14);
    assert.equal(repository.issues.length, 1, "no drift and no open issue: nothing to do");
  });
});
