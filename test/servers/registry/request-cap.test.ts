// The registry client against a registry that caps request bodies as ghcr.io does (4 MiB there; 256 KiB
// here): the real distribution registry behind the logging proxy, which refuses larger bodies with
// ghcr's exact 416.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, test } from "node:test";
import { bufferSource, OCI_MANIFEST, RegistryClient, sha256Digest } from "@mlops-actions/oci";
import { type RegistryProxy, type RunningRegistry, startRegistry, startRegistryProxy } from "./index.ts";

const CAP = 256 * 1024;
let registry: RunningRegistry;
let proxy: RegistryProxy;

before(async () => {
  registry = await startRegistry();
  proxy = await startRegistryProxy(registry.host, { maxBodyBytes: CAP });
});
after(async () => {
  await proxy?.stop();
  await registry?.stop();
});

function blob(size: number) {
  const bytes = randomBytes(size);
  return { bytes, source: bufferSource(sha256Digest(bytes), bytes) };
}

test("a registry with a known cap gets no request body over it, and the blob and manifest arrive", async () => {
  const client = new RegistryClient({ registry: proxy.host, insecure: true, maxRequestBytes: CAP });
  const { bytes, source } = blob(3 * CAP + 4321);
  const before = proxy.requests.length;
  assert.equal(await client.pushBlob("acme/capped", source), "uploaded");
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: "application/vnd.oci.empty.v1+json", digest: source.digest, size: source.size },
      layers: [],
    }),
  );
  await client.putManifest("acme/capped", "v1", { mediaType: OCI_MANIFEST, bytes: manifest });
  const log = proxy.requests.slice(before);
  assert.deepEqual(
    log.filter((r) => r.bodyBytes > CAP || r.status === 416),
    [],
  );
  assert.deepEqual(
    log.filter((r) => r.method === "PATCH").map((r) => [r.bodyBytes, r.status]),
    [
      [CAP, 202],
      [CAP, 202],
      [CAP, 202],
      [4321, 202],
    ],
  );
  assert.deepEqual(await client.getBlob("acme/capped", source.digest), bytes);
});

test("a registry whose cap is unknown refuses one body with ghcr's 416, and the upload goes again under it", async () => {
  const client = new RegistryClient({ registry: proxy.host, insecure: true });
  assert.equal(client.maxRequestBytes, undefined);
  const { bytes, source } = blob(2 * CAP + 99);
  const before = proxy.requests.length;
  assert.equal(await client.pushBlob("acme/uncapped", source), "uploaded");
  const log = proxy.requests.slice(before);
  const refused = log.filter((r) => r.status === 416);
  assert.equal(refused.length, 1);
  assert.equal(refused[0]?.method, "PUT");
  assert.equal(refused[0]?.bodyBytes, source.size);
  assert.ok(log.filter((r) => r.status !== 416).every((r) => r.bodyBytes <= CAP));
  assert.equal(log.filter((r) => r.method === "PATCH" && r.status === 202).length, 3);
  assert.deepEqual(await client.getBlob("acme/uncapped", source.digest), bytes);
});
