import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { COMMENT_REQUEST_SCHEMA } from "@mlops-actions/comment";
import { getContext } from "@mlops-actions/kit";
import { type ForwardedComment, findForwardedComments } from "./forward.ts";
import type { Inputs } from "./inputs.ts";
import { forwardedTarget } from "./targets.ts";

const head = "a".repeat(40);
const dir = mkdtempSync(path.join(tmpdir(), "forwarded-"));
const inputs: Inputs = { metrics: [], baseline: [], key: "ML comment", mode: "upsert", skipUnchanged: true };
const context = {
  ...getContext({
    GITHUB_REPOSITORY: "octo-org/octo-repo",
    GITHUB_EVENT_NAME: "workflow_run",
    GITHUB_RUN_ID: "9",
  }),
  payload: {
    workflow_run: { id: 5, head_sha: head, html_url: "https://github.com/octo-org/octo-repo/actions/runs/5" },
  },
};

/** An artifact folder as download-artifact leaves it; returns every file in it. */
function artifact(name: string, request: Record<string, unknown> | string): string[] {
  const folder = path.join(dir, name);
  mkdirSync(path.join(folder, "reports"), { recursive: true });
  const file = path.join(folder, "mlops-comment.json");
  writeFileSync(file, typeof request === "string" ? request : JSON.stringify(request));
  const report = path.join(folder, "reports", "000-train.json");
  writeFileSync(
    report,
    JSON.stringify({
      schema: "mlops-actions/report@1",
      action: "train",
      status: "pass",
      summary: "ok",
      data: {},
    }),
  );
  return [file, report];
}

/** The one comment found in an artifact's files. */
async function onlyComment(files: string[]): Promise<ForwardedComment> {
  const found = await findForwardedComments(files);
  assert.equal(found.length, 1);
  return found[0] as ForwardedComment;
}

const request = (fields: Record<string, unknown> = {}) => ({
  schema: COMMENT_REQUEST_SCHEMA,
  repository: "octo-org/octo-repo",
  pullRequest: 3,
  headSha: head,
  key: "CI",
  section: "train",
  run: { id: 5, attempt: 1, url: "https://example.invalid/run" },
  ...fields,
});

describe("forwarded comments (workflow_run)", () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("finds each well-formed request with its own reports, and posts it as the triggering run", async () => {
    const files = [
      ...artifact("mlops-comment-train", request()),
      ...artifact("mlops-comment-eval", request({ section: "eval" })),
      ...artifact("mlops-comment-broken", "{"),
      ...artifact("mlops-comment-other", { schema: "something-else" }),
    ];
    const found = await findForwardedComments(files);
    assert.deepEqual(
      found.map((f) => [f.request.section, f.reportFiles.map((r) => path.relative(dir, r))]),
      [
        ["eval", [path.join("mlops-comment-eval", "reports", "000-train.json")]],
        ["train", [path.join("mlops-comment-train", "reports", "000-train.json")]],
      ],
    );
    const target = await forwardedTarget(found[1] as ForwardedComment, context, inputs);
    assert.equal(target.key, "CI");
    assert.equal(target.section, "train");
    assert.equal(target.prNumber, 3);
    assert.equal(target.runUrl, "https://github.com/octo-org/octo-repo/actions/runs/5");
    assert.deepEqual(
      target.reports.map((r) => r.action),
      ["train"],
    );
    assert.equal(target.refusal, undefined);
  });

  it("refuses an artifact naming another commit or repository before any GitHub call", async () => {
    const otherCommit = await onlyComment(
      artifact("mlops-comment-sha", request({ headSha: "b".repeat(40) })),
    );
    assert.match(
      (await forwardedTarget(otherCommit, context, inputs)).refusal ?? "",
      /names commit bbbbbbb, not aaaaaaa, the commit the triggering run built/,
    );
    const otherRepo = await onlyComment(
      artifact("mlops-comment-repo", request({ repository: "evil/octo-repo" })),
    );
    assert.match(
      (await forwardedTarget(otherRepo, context, inputs)).refusal ?? "",
      /names repository evil\/octo-repo/,
    );
  });

  it("lets the pr-number input name the pull request", async () => {
    const found = await onlyComment(artifact("mlops-comment-pr", request()));
    const target = await forwardedTarget(found, context, { ...inputs, prNumber: 8 });
    assert.equal(target.prNumber, 8);
  });
});
