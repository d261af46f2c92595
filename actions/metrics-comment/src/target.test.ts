import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getContext } from "@mlops-actions/kit";
import { runVersion, sectionLabel } from "./target.ts";

const base = {
  GITHUB_REPOSITORY: "octo-org/octo-repo",
  GITHUB_SHA: "m".repeat(40),
  GITHUB_RUN_ID: "42",
  GITHUB_JOB: "train",
};

function contextWith(eventName: string, payload: object) {
  const context = getContext({ ...base, GITHUB_EVENT_NAME: eventName });
  return { ...context, payload: payload as Record<string, unknown> };
}

describe("runVersion", () => {
  it("uses the pull request's head commit, not the merge commit", () => {
    const version = runVersion(
      contextWith("pull_request", { pull_request: { number: 2, head: { sha: "h".repeat(40) } } }),
    );
    assert.deepEqual(version, { sha: "h".repeat(40), runId: 42, runAttempt: 1 });
  });
  it("uses the triggering run in a workflow_run workflow", () => {
    const version = runVersion(
      contextWith("workflow_run", { workflow_run: { id: 7, run_attempt: 2, head_sha: "w".repeat(40) } }),
    );
    assert.deepEqual(version, { sha: "w".repeat(40), runId: 7, runAttempt: 2 });
  });
  it("falls back to GITHUB_SHA", () => {
    assert.equal(runVersion(contextWith("push", {})).sha, "m".repeat(40));
  });
});

describe("sectionLabel", () => {
  it("is the job, with the matrix leg when the workflow names it", () => {
    const context = getContext(base);
    assert.equal(sectionLabel(context, {}), "train");
    assert.equal(sectionLabel(context, { MLOPS_ACTIONS_SECTION: " py3.12 " }), "train (py3.12)");
  });
});
