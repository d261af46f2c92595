import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { uploadBlob } from "../artifacts/testing/blob-calls.ts";
import { BlockBlobs, type StoredBlob } from "./block-blobs.ts";
import { BlobUrlSigner } from "./signed-url.ts";

/** A server of blobs under `/blobs/`, sealing each upload into `finalized` once committed. */
async function startBlobServer(acceptsPutBlob: boolean) {
  const finalized = new Map<number, StoredBlob>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const blobs = new BlockBlobs({
    prefix: "/blobs/",
    signer: new BlobUrlSigner(randomBytes(32), origin),
    client: "a test",
    acceptsPutBlob,
    immutableMessage: "sealed",
    findBlob: (id) => finalized.get(id),
  });
  server.on("request", (request, response) => {
    void blobs.handle(request, response, new URL(request.url ?? "/", origin));
  });
  const seal = (id: number) => {
    const committed = blobs.committed(id);
    assert.ok(committed, `blob ${id} was committed`);
    finalized.set(id, { ...committed, fileName: `blob-${id}.bin` });
    blobs.closeUpload(id);
  };
  return { server, blobs, seal };
}

describe("BlockBlobs", () => {
  let cacheLike: Awaited<ReturnType<typeof startBlobServer>>;
  let artifactLike: Awaited<ReturnType<typeof startBlobServer>>;

  before(async () => {
    cacheLike = await startBlobServer(true);
    artifactLike = await startBlobServer(false);
  });

  after(() => {
    for (const { server } of [cacheLike, artifactLike]) {
      server.close();
      server.closeAllConnections();
    }
  });

  const putBlob = (url: string, body: string) =>
    fetch(url, {
      method: "PUT",
      body,
      headers: { "x-ms-blob-type": "BlockBlob", "x-ms-blob-content-type": "text/plain" },
    });

  it("takes a Put Blob only where it is accepted", async () => {
    const accepted = await putBlob(cacheLike.blobs.openUpload(1, "a.txt"), "whole");
    assert.equal(accepted.status, 201);
    assert.deepEqual(cacheLike.blobs.committed(1), {
      bytes: Buffer.from("whole"),
      contentType: "text/plain",
    });
    const refused = await putBlob(artifactLike.blobs.openUpload(1, "a.txt"), "whole");
    assert.deepEqual(
      [refused.status, refused.headers.get("x-ms-error-code")],
      [400, "InvalidQueryParameterValue"],
    );
    assert.equal(artifactLike.blobs.committed(1), undefined);
  });

  it("serves ranges of a sealed blob with 206, whole reads with its file name, and refuses late writes", async () => {
    const uploadUrl = artifactLike.blobs.openUpload(2, "b.bin");
    await uploadBlob(uploadUrl, [Buffer.from("0123"), Buffer.from("456789")]);
    artifactLike.seal(2);
    const downloadUrl = artifactLike.blobs.signedUrl(2, "b.bin", "r");
    const whole = await fetch(downloadUrl);
    assert.equal(whole.status, 200);
    assert.equal(await whole.text(), "0123456789");
    assert.match(whole.headers.get("content-disposition") ?? "", /filename="blob-2\.bin"/);
    const part = await fetch(downloadUrl, { headers: { "x-ms-range": "bytes=3-5" } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get("content-range"), "bytes 3-5/10");
    assert.equal(await part.text(), "345");
    const beyond = await fetch(downloadUrl, { headers: { range: "bytes=10-" } });
    assert.deepEqual([beyond.status, beyond.headers.get("x-ms-error-code")], [416, "InvalidRange"]);
    const late = await putBlob(uploadUrl, "more");
    assert.deepEqual([late.status, late.headers.get("x-ms-error-code")], [409, "BlobImmutableDueToPolicy"]);
  });

  it("answers 404 for a blob it does not have and 403 for an unsigned URL", async () => {
    const missing = await fetch(cacheLike.blobs.signedUrl(99, "x", "r"));
    assert.deepEqual([missing.status, missing.headers.get("x-ms-error-code")], [404, "BlobNotFound"]);
    const unsigned = new URL(cacheLike.blobs.signedUrl(1, "a.txt", "r"));
    unsigned.searchParams.delete("sig");
    assert.equal((await fetch(unsigned)).status, 403);
  });
});
