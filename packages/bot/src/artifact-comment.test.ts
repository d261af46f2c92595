import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { COMMENT_REQUEST_SCHEMA } from "@mlops-actions/comment";
import { zipSync } from "fflate";
import { readArtifactComment } from "./artifact-comment.ts";

const request = {
  schema: COMMENT_REQUEST_SCHEMA,
  repository: "octo-org/octo-repo",
  pullRequest: 5,
  headSha: "a".repeat(40),
  key: "CI",
  section: "train",
  run: { id: 9, attempt: 1, url: "https://github.com/octo-org/octo-repo/actions/runs/9" },
};
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const report = (action: string, status = "pass") => ({
  schema: "mlops-actions/report@1",
  action,
  status,
  summary: `${action} ok`,
  data: {},
});

describe("readArtifactComment", () => {
  it("reads the request and the reports, skipping what is not a report and metrics-comment's own", () => {
    const comment = readArtifactComment(
      zipSync({
        "mlops-comment.json": json(request),
        "comment.md": new TextEncoder().encode("# hi"),
        "reports/001-train.json": json(report("train")),
        "reports/000-drift.json": json(report("drift-check", "warn")),
        "reports/002-self.json": json(report("metrics-comment")),
        "reports/003-metrics.json": json({ accuracy: 0.9 }),
        "reports/004-broken.json": new TextEncoder().encode("{"),
        "elsewhere/x.json": json(report("deploy")),
      }),
    );
    assert.equal(comment?.request.pullRequest, 5);
    assert.deepEqual(
      comment?.reports.map((r) => [r.action, r.status]),
      [
        ["drift-check", "warn"],
        ["train", "pass"],
      ],
    );
  });

  it("gives nothing for an artifact without a well-formed request", () => {
    assert.equal(readArtifactComment(zipSync({ "reports/a.json": json(report("train")) })), undefined);
    assert.equal(
      readArtifactComment(zipSync({ "mlops-comment.json": json({ ...request, pullRequest: -1 }) })),
      undefined,
    );
  });

  it("refuses a zip over the size limit", () => {
    assert.throws(() => readArtifactComment(new Uint8Array(21 * 1024 * 1024)), /too large/);
  });
});
