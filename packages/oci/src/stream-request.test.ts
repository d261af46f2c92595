import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Writable } from "node:stream";
import { test } from "node:test";
import { streamRequest } from "./stream-request.ts";

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on("end", () => resolve(body));
  });
}

const body = (text: string) => ({
  length: Buffer.byteLength(text),
  writeTo: async (sink: Writable) => {
    sink.write(text);
  },
});

test("streams the body and answers a Response with status, headers and body", async () => {
  const received: Received[] = [];
  const server = createServer(async (request, response) => {
    received.push({
      method: request.method ?? "",
      url: request.url ?? "",
      authorization: request.headers.authorization,
      body: await readBody(request),
    });
    response.writeHead(202, { location: "/v2/r/blobs/uploads/next", range: "0-4" });
    response.end("accepted");
  });
  try {
    const base = await listen(server);
    const response = await streamRequest("PATCH", new URL("/v2/r/blobs/uploads/1", base), {}, body("hello"));
    assert.equal(response.status, 202);
    assert.equal(response.headers.get("location"), "/v2/r/blobs/uploads/next");
    assert.equal(response.headers.get("range"), "0-4");
    assert.equal(await response.text(), "accepted");
    assert.deepEqual(received, [
      { method: "PATCH", url: "/v2/r/blobs/uploads/1", authorization: undefined, body: "hello" },
    ]);
  } finally {
    server.close();
  }
});

test("follows a redirect with the same method and body, without Authorization to another origin", async () => {
  const received: Received[] = [];
  const record = async (request: IncomingMessage) =>
    received.push({
      method: request.method ?? "",
      url: request.url ?? "",
      authorization: request.headers.authorization,
      body: await readBody(request),
    });
  const storage = createServer(async (request, response) => {
    await record(request);
    response.writeHead(201).end();
  });
  const registry = createServer(async (request, response) => {
    await record(request);
    if (request.url === "/first") response.writeHead(307, { location: "/second" }).end();
    else response.writeHead(308, { location: `${storageUrl}/stored?x=1` }).end();
  });
  let storageUrl = "";
  try {
    storageUrl = await listen(storage);
    const base = await listen(registry);
    const response = await streamRequest(
      "PUT",
      new URL("/first", base),
      { authorization: "Bearer secret" },
      body("blob"),
    );
    assert.equal(response.status, 201);
    assert.equal(await response.text(), "");
    assert.deepEqual(received, [
      { method: "PUT", url: "/first", authorization: "Bearer secret", body: "blob" },
      { method: "PUT", url: "/second", authorization: "Bearer secret", body: "blob" },
      { method: "PUT", url: "/stored?x=1", authorization: undefined, body: "blob" },
    ]);
  } finally {
    registry.close();
    storage.close();
  }
});

test("a broken connection rejects", async () => {
  const server = createServer((request) => request.socket.destroy());
  try {
    const base = await listen(server);
    await assert.rejects(streamRequest("PATCH", new URL("/x", base), {}, body("data")));
  } finally {
    server.close();
  }
});
