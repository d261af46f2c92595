import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { after, before, describe, test } from "node:test";
import { type ArtifactServer, startArtifactServer } from "./server.ts";
import { uploadBlob } from "./testing/blob-calls.ts";
import { runArtifactClient } from "./testing/run-artifact-client.ts";
import { backendIdsOf, callTwirp } from "./testing/twirp-call.ts";

describe("artifact service: Twirp errors", () => {
  let server: ArtifactServer;
  let other: ArtifactServer;
  let token: string;
  let ids: ReturnType<typeof backendIdsOf>;

  const cleanups: (() => Promise<void>)[] = [];

  before(async () => {
    server = await startArtifactServer();
    cleanups.push(() => server.close());
    other = await startArtifactServer();
    cleanups.push(() => other.close());
    token = server.runtimeTokenFor({ runId: 7 });
    ids = backendIdsOf(token);
  });

  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const create = (name: string, as = token, body: Record<string, unknown> = {}) =>
    callTwirp(server, "CreateArtifact", { ...backendIdsOf(as), name, version: 7, ...body }, { token: as });
  const finalize = (name: string, body: Record<string, unknown>) =>
    callTwirp(server, "FinalizeArtifact", { ...ids, name, ...body }, { token });

  test("an unknown method is a bad_route with 404", async () => {
    const reply = await callTwirp(server, "UploadArtifact", { ...ids, name: "x" }, { token });
    assert.equal(reply.status, 404);
    assert.equal(reply.body.code, "bad_route");
    assert.match(String(reply.body.msg), /UploadArtifact/);
  });

  test("a GET, a path outside the service, or a protobuf body is a bad_route", async () => {
    const get = await fetch(
      new URL("twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts", server.url),
    );
    assert.equal(get.status, 404);
    assert.equal(((await get.json()) as { code: string }).code, "bad_route");
    const elsewhere = await fetch(new URL("twirp/other.Service/ListArtifacts", server.url), {
      method: "POST",
    });
    assert.equal(elsewhere.status, 404);
    const protobuf = await callTwirp(server, "ListArtifacts", "\x0a\x00", {
      token,
      contentType: "application/protobuf",
    });
    assert.deepEqual([protobuf.status, protobuf.body.code], [404, "bad_route"]);
  });

  test("a request without a bearer token is unauthenticated", async () => {
    const reply = await callTwirp(server, "ListArtifacts", ids);
    assert.deepEqual([reply.status, reply.body.code], [401, "unauthenticated"]);
  });

  test("a token another service signed, or a tampered one, is unauthenticated", async () => {
    const foreign = await callTwirp(server, "ListArtifacts", ids, {
      token: other.runtimeTokenFor({ runId: 7 }),
    });
    assert.deepEqual([foreign.status, foreign.body.code], [401, "unauthenticated"]);
    const [header, , signature] = token.split(".");
    const forgedClaims = Buffer.from(JSON.stringify({ scp: "Actions.Results:a:b", exp: 9e9 })).toString(
      "base64url",
    );
    const forged = await callTwirp(server, "ListArtifacts", ids, {
      token: `${header}.${forgedClaims}.${signature}`,
    });
    assert.deepEqual([forged.status, forged.body.code], [401, "unauthenticated"]);
    const garbage = await callTwirp(server, "ListArtifacts", ids, { token: "not-a-jwt" });
    assert.deepEqual([garbage.status, garbage.body.code], [401, "unauthenticated"]);
  });

  test("the real client, given a token this service did not issue, fails with the 401", async () => {
    const env = {
      ...server.envFor({ runId: 7 }),
      ACTIONS_RUNTIME_TOKEN: other.runtimeTokenFor({ runId: 7 }),
    };
    const result = await runArtifactClient(env, { op: "list" });
    assert.equal(result.ok, false);
    assert.match(
      result.ok ? "" : result.message,
      /\(401\) Unauthorized: the runtime token's signature is not valid/,
    );
  });

  test("a body that is not JSON is malformed; a body with missing or mistyped fields is invalid_argument", async () => {
    const notJson = await callTwirp(server, "CreateArtifact", "{name:", { token });
    assert.deepEqual([notJson.status, notJson.body.code], [400, "malformed"]);
    const noName = await callTwirp(server, "CreateArtifact", { ...ids, version: 7 }, { token });
    assert.deepEqual([noName.status, noName.body.code], [400, "invalid_argument"]);
    assert.match(String(noName.body.msg), /name is required/);
    const badSize = await finalize("x", { size: "twelve" });
    assert.deepEqual([badSize.status, badSize.body.code], [400, "invalid_argument"]);
    const badExpiry = await create("x", token, { expires_at: "next week" });
    assert.deepEqual([badExpiry.status, badExpiry.body.code], [400, "invalid_argument"]);
    const oldVersion = await create("x", token, { version: 3 });
    assert.deepEqual([oldVersion.status, oldVersion.body.code], [400, "invalid_argument"]);
    const slash = await create("a/b");
    assert.deepEqual([slash.status, slash.body.code], [400, "invalid_argument"]);
  });

  test("a token for one run cannot act on another run", async () => {
    const otherRun = backendIdsOf(server.runtimeTokenFor({ runId: 8 }));
    const reply = await callTwirp(server, "ListArtifacts", otherRun, { token });
    assert.deepEqual([reply.status, reply.body.code], [403, "permission_denied"]);
    const otherJob = backendIdsOf(server.runtimeTokenFor({ runId: 7, jobId: "evaluate" }));
    const upload = await callTwirp(
      server,
      "CreateArtifact",
      { ...otherJob, name: "x", version: 7 },
      { token },
    );
    assert.deepEqual([upload.status, upload.body.code], [403, "permission_denied"]);
  });

  test("finalizing an artifact that was never created is not_found", async () => {
    const reply = await finalize("never-created", { size: "0" });
    assert.deepEqual([reply.status, reply.body.code], [404, "not_found"]);
  });

  test("creating a second artifact with a name the run already has is already_exists", async () => {
    assert.equal((await create("twice")).status, 200);
    const reply = await create("twice");
    assert.deepEqual([reply.status, reply.body.code], [409, "already_exists"]);
    const otherRun = await create("twice", server.runtimeTokenFor({ runId: 9 }));
    assert.equal(otherRun.status, 200, "the same name in another run is fine");
  });

  test("finalize checks the size and hash against the bytes uploaded", async () => {
    const created = await create("checked");
    assert.equal(created.status, 200);
    assert.equal(created.body.ok, true);
    const signedUrl = String(created.body.signed_upload_url);

    const early = await finalize("checked", { size: "0" });
    assert.deepEqual(
      [early.status, early.body.code],
      [412, "failed_precondition"],
      "nothing was committed yet",
    );

    const parts = [Buffer.from("PK first part "), Buffer.from("second part")];
    await uploadBlob(signedUrl, parts);
    const bytes = Buffer.concat(parts);
    const hash = `sha256:${createHash("sha256").update(bytes).digest("hex")}`;

    const wrongSize = await finalize("checked", { size: String(bytes.length + 1), hash });
    assert.deepEqual([wrongSize.status, wrongSize.body.code], [400, "invalid_argument"]);
    assert.match(String(wrongSize.body.msg), new RegExp(`${bytes.length} bytes uploaded`));
    const wrongHash = await finalize("checked", {
      size: String(bytes.length),
      hash: `sha256:${"0".repeat(64)}`,
    });
    assert.deepEqual([wrongHash.status, wrongHash.body.code], [400, "invalid_argument"]);
    assert.equal(server.store.listByRun(7, "checked").length, 0, "a failed finalize stores nothing");

    const finalized = await finalize("checked", { size: String(bytes.length), hash });
    assert.equal(finalized.status, 200);
    const stored = server.store.get(Number(finalized.body.artifact_id));
    assert.deepEqual(stored?.zip, bytes, "blocks are assembled in block-list order, not staging order");
    assert.equal(stored?.digest, hash);

    const twice = await finalize("checked", { size: String(bytes.length), hash });
    assert.deepEqual([twice.status, twice.body.code], [412, "failed_precondition"]);
  });

  test("getting a URL for, or deleting, an artifact the run does not have is not_found", async () => {
    const url = await callTwirp(server, "GetSignedArtifactURL", { ...ids, name: "missing" }, { token });
    assert.deepEqual([url.status, url.body.code], [404, "not_found"]);
    const deleted = await callTwirp(server, "DeleteArtifact", { ...ids, name: "missing" }, { token });
    assert.deepEqual([deleted.status, deleted.body.code], [404, "not_found"]);
  });
});
