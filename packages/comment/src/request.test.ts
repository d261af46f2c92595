import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { COMMENT_REQUEST_SCHEMA, commentArtifactName, parseCommentRequest } from "./request.ts";

const valid = {
  schema: COMMENT_REQUEST_SCHEMA,
  repository: "octo-org/octo-repo",
  pullRequest: 12,
  headSha: "EC26C3E57CA3A959CA5AAD62DE7213C562F8C821",
  key: "CI",
  section: "train (python 3.12)",
  run: { id: 42, attempt: 2, url: "https://github.com/octo-org/octo-repo/actions/runs/42" },
  extra: "ignored",
};

describe("parseCommentRequest", () => {
  it("reads a well-formed request, lower-casing the sha and dropping unknown fields", () => {
    const parsed = parseCommentRequest(valid);
    assert.equal(parsed?.headSha, "ec26c3e57ca3a959ca5aad62de7213c562f8c821");
    assert.equal(parsed?.pullRequest, 12);
    assert.equal("extra" in (parsed ?? {}), false);
  });

  it("refuses requests that are not well-formed", () => {
    for (const change of [
      { schema: "other" },
      { pullRequest: 0 },
      { pullRequest: "12" },
      { headSha: "abc" },
      { repository: "no-slash" },
      { key: "" },
      { section: "x".repeat(201) },
      { run: { id: 1, attempt: 0, url: "" } },
    ]) {
      assert.equal(parseCommentRequest({ ...valid, ...change }), undefined, JSON.stringify(change));
    }
    assert.equal(parseCommentRequest(null), undefined);
    assert.equal(parseCommentRequest([valid]), undefined);
  });
});

describe("commentArtifactName", () => {
  it("keeps names artifact storage accepts", () => {
    assert.equal(commentArtifactName("train (python 3.12)"), "mlops-comment-train_python_3.12");
    assert.equal(commentArtifactName('a/b:c"<>|*?'), "mlops-comment-a_b_c");
    assert.equal(commentArtifactName("***"), "mlops-comment-job");
  });
});
