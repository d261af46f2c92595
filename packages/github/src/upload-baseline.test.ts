import assert from "node:assert/strict";
import { it } from "node:test";
import { isPushToDefaultBranch } from "./upload-baseline.ts";

it("saves on a push to the default branch only", () => {
  const payload = { repository: { default_branch: "main" } };
  assert.equal(isPushToDefaultBranch("push", "refs/heads/main", payload), true);
  assert.equal(isPushToDefaultBranch("push", "refs/heads/feature", payload), false);
  assert.equal(isPushToDefaultBranch("push", "refs/tags/main", payload), false);
  assert.equal(isPushToDefaultBranch("pull_request", "refs/heads/main", payload), false);
  assert.equal(isPushToDefaultBranch("push", "refs/heads/main", {}), false);
});
