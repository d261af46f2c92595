import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type ArtifactServer, startArtifactServer } from "./server.ts";
import { blockId, commitBlockList, stageBlock, uploadBlob } from "./testing/blob-calls.ts";
import { backendIdsOf, callTwirp } from "./testing/twirp-call.ts";

describe("artifact service: blob storage on signed URLs", () => {
  let server: ArtifactServer;
  let token: string;

  before(async () => {
    server = await startArtifactServer();
    token = server.runtimeTokenFor({ runId: 31 });
  });

  after(() => server.close());

  const createArtifact = async (name: string) => {
    const reply = await callTwirp(
      server,
      "CreateArtifact",
      { ...backendIdsOf(token), name, version: 7 },
      { token },
    );
    assert.equal(reply.status, 200);
    return String(reply.body.signed_upload_url);
  };
  const finalize = async (name: string, size: number) => {
    const reply = await callTwirp(
      server,
      "FinalizeArtifact",
      { ...backendIdsOf(token), name, size: String(size) },
      { token },
    );
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return Number(reply.body.artifact_id);
  };
  const signedDownloadUrl = async (name: string) => {
    const reply = await callTwirp(
      server,
      "GetSignedArtifactURL",
      { ...backendIdsOf(token), name },
      { token },
    );
    assert.equal(reply.status, 200);
    return String(reply.body.signed_url);
  };

  test("a URL with a changed signature, path or permission is refused with AuthenticationFailed", async () => {
    const signed = new URL(await createArtifact("signed"));
    const badSignature = new URL(signed);
    badSignature.searchParams.set("sig", "AAAA");
    const otherPath = new URL(signed);
    otherPath.pathname = otherPath.pathname.replace(/\/\d+\//, "/1/");
    const widened = new URL(signed);
    widened.searchParams.set("sp", "rcw");
    for (const url of [badSignature, otherPath, widened]) {
      const response = await stageBlock(url.href, blockId(0), Buffer.from("x"));
      assert.equal(response.status, 403, url.href);
      assert.equal(response.headers.get("x-ms-error-code"), "AuthenticationFailed");
      assert.match(await response.text(), /<Code>AuthenticationFailed<\/Code>/);
    }
  });

  test("an upload URL cannot read and a download URL cannot write", async () => {
    const uploadUrl = await createArtifact("one-way");
    const read = await fetch(uploadUrl);
    assert.equal(read.status, 403);
    await uploadBlob(uploadUrl, [Buffer.from("zip bytes")]);
    await finalize("one-way", 9);
    const write = await stageBlock(await signedDownloadUrl("one-way"), blockId(0), Buffer.from("x"));
    assert.equal(write.status, 403);
  });

  test("bad block ids, unknown blocks and Put Blob without comp are refused", async () => {
    const uploadUrl = await createArtifact("picky");
    const notBase64 = await stageBlock(uploadUrl, "not base64!", Buffer.from("x"));
    assert.deepEqual([notBase64.status, notBase64.headers.get("x-ms-error-code")], [400, "InvalidBlockId"]);
    const tooLong = await stageBlock(uploadUrl, Buffer.alloc(65, 1).toString("base64"), Buffer.from("x"));
    assert.deepEqual([tooLong.status, tooLong.headers.get("x-ms-error-code")], [400, "InvalidBlockId"]);
    assert.equal((await stageBlock(uploadUrl, blockId(0), Buffer.from("x"))).status, 201);
    const unknown = await commitBlockList(uploadUrl, [blockId(0), blockId(1)]);
    assert.deepEqual([unknown.status, unknown.headers.get("x-ms-error-code")], [400, "InvalidBlockList"]);
    const putBlob = await fetch(uploadUrl, {
      method: "PUT",
      body: "whole",
      headers: { "x-ms-blob-type": "BlockBlob" },
    });
    assert.equal(putBlob.status, 400);
  });

  test("a finalized blob is immutable", async () => {
    const uploadUrl = await createArtifact("sealed");
    await uploadBlob(uploadUrl, [Buffer.from("abc")]);
    await finalize("sealed", 3);
    const late = await stageBlock(uploadUrl, blockId(5), Buffer.from("more"));
    assert.equal(late.status, 409);
  });

  test("a download serves the committed bytes with their content type and file name", async () => {
    const uploadUrl = await createArtifact("served");
    await uploadBlob(uploadUrl, [Buffer.from("PK"), Buffer.from("\x03\x04rest")]);
    const id = await finalize("served", 8);
    const response = await fetch(await signedDownloadUrl("served"));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("content-type"), "application/zip");
    assert.match(response.headers.get("content-disposition") ?? "", /filename="served\.zip"/);
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), Buffer.from("PK\x03\x04rest"));
    assert.equal(server.signedDownloadUrl(id) !== undefined, true);
  });

  test("a download URL stops working once the artifact is deleted from the shared store", async () => {
    const uploadUrl = await createArtifact("deleted");
    await uploadBlob(uploadUrl, [Buffer.from("gone")]);
    const id = await finalize("deleted", 4);
    const downloadUrl = await signedDownloadUrl("deleted");
    assert.equal(server.store.delete(id), true);
    const response = await fetch(downloadUrl);
    assert.deepEqual([response.status, response.headers.get("x-ms-error-code")], [404, "BlobNotFound"]);
    assert.equal(server.signedDownloadUrl(id), undefined);
  });
});
