import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { signRuntimeToken, verifyRuntimeToken } from "./runtime-token.ts";

const secret = randomBytes(32);
const ids = { workflowRunBackendId: "run-backend", workflowJobRunBackendId: "job-backend" };

test("the scp claim carries the backend ids in the form the client parses", () => {
  const token = signRuntimeToken(secret, ids);
  const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as {
    scp: string;
  };
  assert.ok(claims.scp.split(" ").includes("Actions.Results:run-backend:job-backend"));
  assert.deepEqual(verifyRuntimeToken(secret, token), { ids });
});

test("a token is refused once expired, or when signed with another secret", () => {
  const issued = new Date("2026-01-01T00:00:00Z");
  const token = signRuntimeToken(secret, ids, issued);
  assert.deepEqual(verifyRuntimeToken(secret, token, new Date("2026-01-01T05:59:00Z")), { ids });
  assert.deepEqual(verifyRuntimeToken(secret, token, new Date("2026-01-01T06:00:00Z")), {
    problem: "the runtime token has expired",
  });
  assert.deepEqual(verifyRuntimeToken(randomBytes(32), token, issued), {
    problem: "the runtime token's signature is not valid",
  });
});
