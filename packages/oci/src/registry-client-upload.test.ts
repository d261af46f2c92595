// Upload sizing against a small in-process registry: the minimum chunk length a session asks for, a
// configured request cap, and the fallback when a registry refuses a body as too large (ghcr.io's 416).
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { bufferSource } from "./blob-source.ts";
import { sha256Digest } from "./digest.ts";
import { RegistryError } from "./errors.ts";
import { RegistryClient } from "./registry-client.ts";

const KiB = 1024;

interface Received {
  method: string;
  bytes: number;
  status: number;
}

/** Just enough of the upload API: sessions, PATCH in order, PUT with a digest, and optional limits. */
async function startUploadServer(limits: { maxBodyBytes?: number; chunkMinLength?: number } = {}) {
  const uploads = new Map<string, Buffer[]>();
  const blobs = new Map<string, Buffer>();
  const received: Received[] = [];
  let sessions = 0;
  const server = createServer(async (req, res) => {
    const parts: Buffer[] = [];
    for await (const part of req) parts.push(part as Buffer);
    const body = Buffer.concat(parts);
    const url = new URL(req.url ?? "/", "http://upload.test");
    const reply = (status: number, headers: Record<string, string> = {}, text = "") => {
      received.push({ method: req.method ?? "", bytes: body.length, status });
      res.writeHead(status, { "content-type": "application/json", ...headers }).end(text);
    };
    const rangeError = (message: string) =>
      JSON.stringify({ errors: [{ code: "REQUESTED_RANGE_NOT_SATISFIABLE", message }] });
    if (req.method === "HEAD") return reply(blobs.has(url.pathname.split("/").pop() ?? "") ? 200 : 404);
    if (limits.maxBodyBytes !== undefined && body.length > limits.maxBodyBytes) {
      const limit = `${(limits.maxBodyBytes / (KiB * KiB)).toFixed(2)}MiB`;
      return reply(
        416,
        {},
        rangeError(`the request body is too large and exceeds the maximum permissible limit of ${limit}`),
      );
    }
    if (req.method === "POST") {
      const id = String(++sessions);
      uploads.set(id, []);
      const headers: Record<string, string> = { location: `/upload/${id}` };
      if (limits.chunkMinLength) headers["oci-chunk-min-length"] = String(limits.chunkMinLength);
      return reply(202, headers);
    }
    const id = /^\/upload\/(\d+)$/.exec(url.pathname)?.[1] ?? "";
    const stored = uploads.get(id);
    if (!stored) return reply(404);
    const length = stored.reduce((sum, part) => sum + part.length, 0);
    if (req.method === "PATCH") {
      const start = Number(req.headers["content-range"]?.split("-")[0]);
      if (start !== length) return reply(416, {}, rangeError("invalid content range"));
      stored.push(body);
      return reply(202, { location: `/upload/${id}`, range: `0-${length + body.length - 1}` });
    }
    stored.push(body);
    const blob = Buffer.concat(stored);
    if (sha256Digest(blob) !== url.searchParams.get("digest")) return reply(400);
    blobs.set(sha256Digest(blob), blob);
    return reply(201);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    blobs,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function blob(size: number) {
  const bytes = randomBytes(size);
  return { bytes, source: bufferSource(sha256Digest(bytes), bytes) };
}

const client = (host: string, extra: { chunkSize?: number; maxRequestBytes?: number } = {}) =>
  new RegistryClient({ registry: host, insecure: true, retryDelayMs: 1, ...extra });

const bodies = (received: Received[], method: string) =>
  received.filter((r) => r.method === method && r.bytes > 0).map((r) => r.bytes);

test("chunks are at least the session's OCI-Chunk-Min-Length, which also raises the one-PUT threshold", async () => {
  const server = await startUploadServer({ chunkMinLength: 300 * KiB });
  try {
    const registry = client(server.host, { chunkSize: 100 * KiB });
    const large = blob(1000 * KiB + 7);
    assert.equal(await registry.pushBlob("acme/model", large.source), "uploaded");
    assert.deepEqual(bodies(server.received, "PATCH"), [300 * KiB, 300 * KiB, 300 * KiB, 100 * KiB + 7]);
    assert.deepEqual(server.blobs.get(large.source.digest), large.bytes);

    const small = blob(200 * KiB);
    server.received.length = 0;
    assert.equal(await registry.pushBlob("acme/model", small.source), "uploaded");
    assert.deepEqual(bodies(server.received, "PATCH"), []);
    assert.deepEqual(bodies(server.received, "PUT"), [200 * KiB]);
  } finally {
    await server.stop();
  }
});

test("a request cap keeps every body under it and sends a larger blob in chunks", async () => {
  const server = await startUploadServer({ maxBodyBytes: 256 * KiB });
  try {
    const registry = client(server.host, { maxRequestBytes: 256 * KiB });
    const { bytes, source } = blob(700 * KiB);
    assert.equal(await registry.pushBlob("acme/model", source), "uploaded");
    assert.deepEqual(bodies(server.received, "PATCH"), [256 * KiB, 256 * KiB, 188 * KiB]);
    assert.ok(server.received.every((r) => r.status !== 416 && r.bytes <= 256 * KiB));
    assert.deepEqual(server.blobs.get(source.digest), bytes);
  } finally {
    await server.stop();
  }
});

test("a 416 naming the registry's limit restarts a one-PUT upload in chunks of that limit", async () => {
  const server = await startUploadServer({ maxBodyBytes: 256 * KiB });
  try {
    const { bytes, source } = blob(600 * KiB + 1);
    assert.equal(await client(server.host).pushBlob("acme/model", source), "uploaded");
    const refused = server.received.filter((r) => r.status === 416);
    assert.deepEqual(refused, [{ method: "PUT", bytes: 600 * KiB + 1, status: 416 }]);
    assert.deepEqual(bodies(server.received, "PATCH"), [256 * KiB, 256 * KiB, 88 * KiB + 1]);
    assert.deepEqual(server.blobs.get(source.digest), bytes);
  } finally {
    await server.stop();
  }
});

test("a 416 naming the registry's limit on a chunk restarts the upload in smaller chunks", async () => {
  const server = await startUploadServer({ maxBodyBytes: 256 * KiB });
  try {
    const { bytes, source } = blob(1024 * KiB);
    assert.equal(
      await client(server.host, { chunkSize: 512 * KiB }).pushBlob("acme/model", source),
      "uploaded",
    );
    assert.deepEqual(
      server.received.filter((r) => r.status === 416),
      [{ method: "PATCH", bytes: 512 * KiB, status: 416 }],
    );
    assert.deepEqual(bodies(server.received, "PATCH").slice(1), [256 * KiB, 256 * KiB, 256 * KiB, 256 * KiB]);
    assert.deepEqual(server.blobs.get(source.digest), bytes);
  } finally {
    await server.stop();
  }
});

test("a limit the upload cannot meet fails with the registry's 416 instead of looping", async () => {
  // The session demands chunks larger than the registry accepts: nothing can succeed.
  const server = await startUploadServer({ maxBodyBytes: 256 * KiB, chunkMinLength: 512 * KiB });
  try {
    const { source } = blob(2048 * KiB);
    await assert.rejects(
      client(server.host).pushBlob("acme/model", source),
      (error: unknown) =>
        error instanceof RegistryError &&
        error.status === 416 &&
        /exceeds the maximum permissible limit of 0\.25MiB/.test(error.message),
    );
    assert.equal(server.received.filter((r) => r.status === 416).length, 2);
  } finally {
    await server.stop();
  }
});
