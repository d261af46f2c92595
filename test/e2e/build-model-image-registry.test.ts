// The registry client against the real distribution registry (Debian docker-registry) on loopback,
// through a logging proxy that injects faults and demands the token flow.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, test } from "node:test";
import { bufferSource, OCI_MANIFEST, RegistryClient, RegistryError, sha256Digest } from "@mlops-actions/oci";
import {
  type RegistryProxy,
  type RunningRegistry,
  startRegistry,
  startRegistryProxy,
} from "../servers/registry/index.ts";

let registry: RunningRegistry;
let proxy: RegistryProxy;

before(async () => {
  registry = await startRegistry();
  proxy = await startRegistryProxy(registry.host);
});
after(async () => {
  await proxy?.stop();
  await registry?.stop();
});

const client = (host: string, extra: Partial<ConstructorParameters<typeof RegistryClient>[0]> = {}) =>
  new RegistryClient({ registry: host, insecure: true, retryDelayMs: 1, ...extra });

function blob(size: number) {
  const bytes = randomBytes(size);
  return { bytes, source: bufferSource(sha256Digest(bytes), bytes) };
}

test("uploads a small blob in one PUT, then finds it with HEAD and skips it", async () => {
  const registryClient = client(proxy.host);
  const { bytes, source } = blob(1000);
  assert.equal(await registryClient.pushBlob("acme/small", source), "uploaded");
  assert.equal(await registryClient.pushBlob("acme/small", source), "exists");
  assert.deepEqual(await registryClient.getBlob("acme/small", source.digest), bytes);
});

test("uploads a large blob in PATCH chunks and resumes after a 500 and after a broken connection", async () => {
  const registryClient = client(proxy.host, { chunkSize: 64 * 1024 });
  const { bytes, source } = blob(64 * 1024 * 5 + 123);
  const before = proxy.requests.length;
  proxy.addFault({ method: "PATCH", pathIncludes: "/acme/large/blobs/uploads/", kind: "500" });
  assert.equal(await registryClient.pushBlob("acme/large", source), "uploaded");
  proxy.addFault({ method: "PATCH", pathIncludes: "/acme/large2/blobs/uploads/", kind: "truncate" });
  assert.equal(await registryClient.pushBlob("acme/large2", source), "uploaded");
  const log = proxy.requests.slice(before);
  assert.ok(
    log.filter((r) => r.method === "PATCH" && r.status === 202).length >= 12,
    "each upload went up in chunks",
  );
  assert.ok(
    log.some((r) => r.method === "PATCH" && r.status === 500),
    "the 500 was injected",
  );
  assert.ok(
    log.some((r) => r.method === "GET" && r.url.includes("/blobs/uploads/") && r.status === 204),
    "asked for the Range",
  );
  assert.deepEqual(await registryClient.getBlob("acme/large", source.digest), bytes);
  assert.deepEqual(await registryClient.getBlob("acme/large2", source.digest), bytes);
});

test("mounts a blob from another repository instead of uploading it", async () => {
  const registryClient = client(proxy.host);
  const { source } = blob(5000);
  await registryClient.pushBlob("acme/base", source);
  const before = proxy.requests.length;
  assert.equal(await registryClient.pushBlob("acme/app", source, "acme/base"), "mounted");
  assert.ok(
    !proxy.requests.slice(before).some((r) => r.method === "PUT" || r.method === "PATCH"),
    "no bytes were sent",
  );
  assert.equal(await registryClient.hasBlob("acme/app", source.digest), true);
});

test("puts and gets a manifest by digest and by tag", async () => {
  const registryClient = client(registry.host);
  const config = Buffer.from("{}");
  await registryClient.pushBlob("acme/manifest", bufferSource(sha256Digest(config), config));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: "application/vnd.oci.empty.v1+json", digest: sha256Digest(config), size: 2 },
      layers: [],
    }),
  );
  const digest = await registryClient.putManifest("acme/manifest", "v1", {
    mediaType: OCI_MANIFEST,
    bytes: manifest,
  });
  const byDigest = await registryClient.getManifest("acme/manifest", digest);
  const byTag = await registryClient.getManifest("acme/manifest", "v1");
  assert.equal(byDigest.digest, digest);
  assert.equal(byTag.mediaType, OCI_MANIFEST);
  assert.deepEqual(byTag.bytes, manifest);
});

test("follows the Bearer token flow with Basic credentials and asks for the mount source's pull scope", async () => {
  const guarded = await startRegistryProxy(registry.host, {
    bearer: { username: "ci", password: "s3cret-token" },
  });
  try {
    const registryClient = client(guarded.host, {
      credentials: { username: "ci", password: "s3cret-token" },
    });
    const { source } = blob(2000);
    assert.equal(await registryClient.pushBlob("acme/tok-base", source), "uploaded");
    assert.equal(await registryClient.pushBlob("acme/tok-app", source, "acme/tok-base"), "mounted");
    assert.ok(
      guarded.issuedScopes.some(
        (s) => s.includes("repository:acme/tok-base:pull") && s.includes("repository:acme/tok-app:pull,push"),
      ),
    );

    const wrong = client(guarded.host, { credentials: { username: "ci", password: "wrong" } });
    const error = await wrong.hasBlob("acme/tok-app", source.digest).catch((e: unknown) => e);
    assert.ok(error instanceof RegistryError && error.isAuthError, String(error));
    assert.ok(!String(error).includes("wrong"), "the password is not in the message");
  } finally {
    await guarded.stop();
  }
});

test("uses Basic credentials against the registry's own htpasswd auth and reports a 401 without them", async () => {
  const secured = await startRegistry({ htpasswd: { username: "robot", password: "hunter22" } });
  try {
    const { source } = blob(100);
    const anonymous = client(secured.host);
    const error = await anonymous.pushBlob("acme/secure", source).catch((e: unknown) => e);
    assert.ok(error instanceof RegistryError && error.status === 401, String(error));
    const robot = client(secured.host, { credentials: { username: "robot", password: "hunter22" } });
    assert.equal(await robot.pushBlob("acme/secure", source), "uploaded");
    assert.equal(await robot.hasBlob("acme/secure", source.digest), true);
  } finally {
    await secured.stop();
  }
});

test("retries a 5xx on a manifest PUT and restarts a one-PUT upload that failed", async () => {
  const registryClient = client(proxy.host);
  const { bytes, source } = blob(3000);
  proxy.addFault({ method: "PUT", pathIncludes: "/acme/retry/blobs/uploads/", kind: "500" });
  assert.equal(await registryClient.pushBlob("acme/retry", source), "uploaded");
  assert.deepEqual(await registryClient.getBlob("acme/retry", source.digest), bytes);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: "application/octet-stream", digest: source.digest, size: source.size },
      layers: [],
    }),
  );
  proxy.addFault({ method: "PUT", pathIncludes: "/acme/retry/manifests/", kind: "500" });
  const before = proxy.requests.length;
  await registryClient.putManifest("acme/retry", "t1", { mediaType: OCI_MANIFEST, bytes: manifest });
  assert.deepEqual(
    proxy.requests.slice(before).map((r) => [r.method, r.status]),
    [
      ["PUT", 500],
      ["PUT", 201],
    ],
  );
  assert.equal(
    proxy.requests.filter((r) => r.url.includes("/acme/retry/blobs/uploads/") && r.method === "POST").length,
    2,
  );
});
