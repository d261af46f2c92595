import assert from "node:assert/strict";
import { it } from "node:test";
import { getContext } from "@mlops-actions/kit";
import { webhookExample } from "../../../test/harness/index.ts";
import { gateTarget } from "./pull-request.ts";

const contextFor = (payload: Record<string, unknown>, env: Record<string, string>) => ({
  ...getContext({}),
  payload,
  sha: env.GITHUB_SHA ?? "",
  ref: env.GITHUB_REF ?? "",
  refName: env.GITHUB_REF_NAME ?? "",
});

it("on a pull request: the head commit, the base branch and the base commit", () => {
  const payload = webhookExample("pull_request", (p) => p.action === "opened");
  const pull = payload.pull_request as { head: { sha: string }; base: { ref: string; sha: string } };
  const target = gateTarget(
    contextFor(payload, { GITHUB_SHA: "m".repeat(40), GITHUB_REF: "refs/pull/2/merge" }),
    {},
  );
  assert.deepEqual(target, { headSha: pull.head.sha, branch: pull.base.ref, baseSha: pull.base.sha });
});

it("on a push: the pushed commit and its branch", () => {
  const target = gateTarget(
    contextFor({}, { GITHUB_SHA: "a".repeat(40), GITHUB_REF: "refs/heads/main", GITHUB_REF_NAME: "main" }),
    {},
  );
  assert.deepEqual(target, { headSha: "a".repeat(40), branch: "main" });
  const tag = gateTarget(
    contextFor({}, { GITHUB_SHA: "b".repeat(40), GITHUB_REF: "refs/tags/v1", GITHUB_REF_NAME: "v1" }),
    {},
  );
  assert.deepEqual(tag, { headSha: "b".repeat(40) });
});
