import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { after, before, test } from "node:test";
import { infer, waitUntilReady } from "./smoke-http.ts";

let server: Server;
let baseUrl: string;
const asked: string[] = [];
let healthCalls = 0;

before(async () => {
  server = createServer((request, response) => {
    asked.push(`${request.method} ${request.url}`);
    if (request.url === "/v2/health/ready") {
      // Not ready for the first two polls, as MLServer while it loads.
      response.writeHead(++healthCalls > 2 ? 200 : 503).end();
    } else if (request.url === "/v2/models/iris/ready") {
      response.writeHead(200).end();
    } else if (request.url === "/v2/models/iris/infer" && request.method === "POST") {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        const inputs = JSON.parse(body).inputs as unknown[];
        response.writeHead(200, { "content-type": "application/json" });
        response.end(
          JSON.stringify({ model_name: "iris", outputs: [{ name: "predict", data: [inputs.length] }] }),
        );
      });
    } else {
      response.writeHead(404, { "content-type": "text/plain" }).end("no such model");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const alive = async () => true;

test("waits for the server, then for the model, in that order", async () => {
  asked.length = 0;
  const notReady = await waitUntilReady(
    baseUrl,
    ["/v2/health/ready", "/v2/models/iris/ready"],
    Date.now() + 30_000,
    alive,
  );
  assert.equal(notReady, undefined);
  assert.deepEqual(asked, [
    "GET /v2/health/ready",
    "GET /v2/health/ready",
    "GET /v2/health/ready",
    "GET /v2/models/iris/ready",
  ]);
});

test("names the path that never answered 200, at the deadline or once the server is gone", async () => {
  const missing = ["/v2/health/ready", "/v2/models/wine/ready"];
  assert.equal(await waitUntilReady(baseUrl, missing, Date.now() + 1_200, alive), "/v2/models/wine/ready");
  let checks = 0;
  const gone = async () => {
    checks++;
    return false;
  };
  assert.equal(await waitUntilReady(baseUrl, missing, Date.now() + 60_000, gone), "/v2/models/wine/ready");
  assert.equal(checks, 1, "stopped at the first liveness check");
});

test("posts the request as JSON and returns the parsed answer, or the text of a non-JSON one", async () => {
  const answer = await infer(baseUrl, "iris", { inputs: [{}, {}] }, 5_000);
  assert.deepEqual(answer, {
    status: 200,
    body: { model_name: "iris", outputs: [{ name: "predict", data: [2] }] },
    isJson: true,
  });
  assert.deepEqual(await infer(baseUrl, "wine", { inputs: [] }, 5_000), {
    status: 404,
    body: "no such model",
    isJson: false,
  });
});

test("nothing listening: not ready by the deadline", async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(closed.address() as { port: number }).port}`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  assert.equal(await waitUntilReady(url, ["/v2/health/ready"], Date.now() + 800, alive), "/v2/health/ready");
});
