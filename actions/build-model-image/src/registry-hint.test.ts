import assert from "node:assert/strict";
import { test } from "node:test";
import { isUserError } from "@mlops-actions/kit";
import { FrameworkDetectionError, RegistryError } from "@mlops-actions/oci";
import { explainError } from "./registry-hint.ts";

const denied = new RegistryError("POST ghcr.io/v2/octo/iris/blobs/uploads/ failed: 403 Forbidden (DENIED)", {
  status: 403,
  method: "POST",
  url: "https://ghcr.io/v2/octo/iris/blobs/uploads/",
});

test("a 403 on ghcr.io explains packages: write and package access", () => {
  const error = explainError(denied, { registry: "ghcr.io", repository: "octo/iris" });
  assert.ok(isUserError(error));
  assert.match(
    (error as Error).message,
    /^Access to ghcr\.io\/octo\/iris was refused \(403\): give the job `permissions: packages: write`/,
  );
  assert.match((error as Error).message, /Manage Actions access/);
});

test("elsewhere it points at the credentials; other registry errors and detection errors are user errors", () => {
  const error = explainError(denied, { registry: "registry.example.com", repository: "octo/iris" }) as Error;
  assert.match(error.message, /check registry-username and registry-password/);
  const network = new RegistryError("GET x failed: connect ECONNREFUSED", {
    status: 0,
    method: "GET",
    url: "x",
  });
  assert.ok(isUserError(explainError(network, { registry: "r", repository: "x" })));
  assert.match(
    (explainError(new FrameworkDetectionError("no model file"), { registry: "r", repository: "x" }) as Error)
      .message,
    /^Input 'model': no model file/,
  );
  const bug = new TypeError("boom");
  assert.equal(explainError(bug, { registry: "r", repository: "x" }), bug);
});
