import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { getContext } from "./context.ts";
import { buildReport, REPORT_SCHEMA, reportsDir, writeReport } from "./report.ts";
import { validateReport } from "./report-schema.ts";
import { withEnv } from "./testing.ts";

describe("writeReport", () => {
  let dir = "";
  let outputFile = "";
  const runnerEnv = () => ({
    RUNNER_TEMP: path.join(dir, "temp"),
    GITHUB_OUTPUT: outputFile,
    GITHUB_REPOSITORY: "octo-org/ml-repo",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REF: "refs/heads/main",
    GITHUB_RUN_ID: "42",
    GITHUB_RUN_ATTEMPT: "2",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_JOB: "train",
    GITHUB_EVENT_PATH: undefined,
  });

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "kit-report-"));
    outputFile = path.join(dir, "github_output");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("writes a valid report under RUNNER_TEMP and sets the report output", async () => {
    writeFileSync(outputFile, "");
    const file = await withEnv(runnerEnv(), () =>
      writeReport({
        action: "evaluate-gate",
        status: "fail",
        summary: "accuracy dropped\nby 2 points",
        data: { checks: 3 },
      }),
    );
    assert.equal(path.dirname(file), path.join(dir, "temp", "mlops-actions", "reports"));
    assert.match(path.basename(file), /^evaluate-gate-train-[a-z0-9]+-[0-9a-f]{8}\.json$/);

    const report = JSON.parse(readFileSync(file, "utf8"));
    assert.deepEqual(validateReport(report), { valid: true });
    assert.equal(report.schema, REPORT_SCHEMA);
    assert.equal(report.action, "evaluate-gate");
    assert.equal(report.status, "fail");
    assert.equal(report.summary, "accuracy dropped by 2 points");
    assert.deepEqual(report.git, { sha: "0123456789abcdef0123456789abcdef01234567", ref: "refs/heads/main" });
    assert.deepEqual(report.run, {
      id: 42,
      attempt: 2,
      url: "https://github.com/octo-org/ml-repo/actions/runs/42/attempts/2",
    });
    assert.equal(report.job, "train");
    assert.deepEqual(report.data, { checks: 3 });
    assert.ok(!Number.isNaN(Date.parse(report.createdAt)));

    const output = readFileSync(outputFile, "utf8");
    assert.match(output, /^report<<ghadelimiter_[0-9a-f-]+\n/);
    assert.ok(output.includes(`\n${file}\n`));
  });

  test("every report gets its own file and no temporary file is left behind", async () => {
    writeFileSync(outputFile, "");
    const files = await withEnv(runnerEnv(), () =>
      Promise.all(
        ["pass", "warn", "error"].map((status) =>
          writeReport({ action: "drift-check", status: status as "pass", summary: status, data: {} }),
        ),
      ),
    );
    assert.equal(new Set(files).size, 3);
    const names = readdirSync(reportsDir(getContext({ RUNNER_TEMP: path.join(dir, "temp") })));
    assert.equal(names.filter((name) => name.endsWith(".tmp")).length, 0);
    for (const file of files)
      assert.deepEqual(validateReport(JSON.parse(readFileSync(file, "utf8"))), { valid: true });
  });

  test("outside a workflow the report is still valid and has no job", async () => {
    const context = getContext({ RUNNER_TEMP: path.join(dir, "local") });
    writeFileSync(outputFile, "");
    const file = await withEnv({ GITHUB_OUTPUT: outputFile }, () =>
      writeReport({ action: "train", status: "pass", summary: "trained", data: { epochs: 3 } }, context),
    );
    assert.match(path.basename(file), /^train-[a-z0-9]+-[0-9a-f]{8}\.json$/);
    const report = JSON.parse(readFileSync(file, "utf8"));
    assert.equal(report.job, undefined);
    assert.deepEqual(report.run, { id: 0, attempt: 1, url: "" });
    assert.deepEqual(validateReport(report), { valid: true });
  });
});

describe("buildReport", () => {
  const context = getContext({});
  test("rejects data that is not an object and unknown statuses (bugs in the action)", () => {
    assert.throws(() =>
      buildReport({ action: "x", status: "pass", summary: "s", data: [] as unknown as object }, context),
    );
    assert.throws(() =>
      buildReport({ action: "x", status: "ok" as "pass", summary: "s", data: {} }, context),
    );
    assert.throws(() => buildReport({ action: "../x", status: "pass", summary: "s", data: {} }, context));
  });
  test("an empty summary falls back to the status", () => {
    const report = buildReport({ action: "x", status: "warn", summary: " \n ", data: {} }, context);
    assert.equal(report.summary, "warn");
    assert.deepEqual(validateReport(report), { valid: true });
  });
});

describe("validateReport", () => {
  const good = buildReport({ action: "train", status: "pass", summary: "ok", data: {} }, getContext({}));

  test("rejects unknown top-level keys", () => {
    const result = validateReport({ ...good, extra: 1 });
    assert.equal(result.valid, false);
    assert.ok(!result.valid && result.errors.some((error) => error.includes("extra")));
  });

  test("rejects a wrong schema id, status, data type and a multi-line summary", () => {
    for (const bad of [
      { ...good, schema: "mlops-actions/report@2" },
      { ...good, status: "ok" },
      { ...good, data: [] },
      { ...good, summary: "a\nb" },
      { ...good, createdAt: "yesterday" },
      { ...good, git: { sha: "xyz", ref: "" } },
      { ...good, run: { id: 1, attempt: 0, url: "" } },
      { ...good, run: { id: 1, attempt: 1, url: "not a url" } },
    ]) {
      const result = validateReport(bad);
      assert.equal(result.valid, false, JSON.stringify(bad));
      assert.ok(!result.valid && result.errors.length > 0);
    }
  });
});
