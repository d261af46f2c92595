import assert from "node:assert/strict";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { after, test } from "node:test";
import { MlflowClient } from "./mlflow-client.ts";

// The wire behaviour of an MLflow server is covered end to end against a real one (test/e2e); here:
// what the client sends, and how it reads MLflow's error answers.
interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}
const seen: Seen[] = [];
const server = createServer(async (request: IncomingMessage, response) => {
  let body = "";
  for await (const chunk of request) body += chunk;
  seen.push({
    method: request.method ?? "",
    url: request.url ?? "",
    authorization: request.headers.authorization,
    body,
  });
  const reply = (status: number, value: unknown) => {
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(value));
  };
  if (request.url?.startsWith("/api/2.0/mlflow/experiments/get-by-name")) {
    return reply(404, { error_code: "RESOURCE_DOES_NOT_EXIST", message: "Could not find experiment" });
  }
  if (request.url === "/api/2.0/mlflow/experiments/create") return reply(200, { experiment_id: "7" });
  if (request.url === "/api/2.0/mlflow/runs/create") return reply(200, { run: { info: { run_id: "abc" } } });
  return reply(403, { error_code: "PERMISSION_DENIED", message: "no access" });
});
await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
after(() => new Promise<void>((done) => server.close(() => done())));

test("a missing experiment is created; runs are created with tags; auth goes along", async () => {
  const client = new MlflowClient(url, { token: "secret-token" });
  assert.equal(await client.experimentId("iris/main"), "7");
  assert.equal(await client.createRun("7", "run-1", { "github.sha": "f00" }), "abc");
  assert.deepEqual(
    seen.map((request) => `${request.method} ${request.url}`),
    [
      "GET /api/2.0/mlflow/experiments/get-by-name?experiment_name=iris%2Fmain",
      "POST /api/2.0/mlflow/experiments/create",
      "POST /api/2.0/mlflow/runs/create",
    ],
  );
  assert.ok(seen.every((request) => request.authorization === "Bearer secret-token"));
  const created = JSON.parse(seen[2]?.body ?? "{}");
  assert.equal(created.experiment_id, "7");
  assert.deepEqual(created.tags, [{ key: "github.sha", value: "f00" }]);
});

test("MLflow errors become one line with the code and message; unreachable servers say so", async () => {
  await assert.rejects(
    new MlflowClient(url, { username: "u", password: "p" }).finishRun("abc", "FINISHED"),
    /MLflow runs\/update failed with HTTP 403 PERMISSION_DENIED: no access/,
  );
  assert.equal(seen.at(-1)?.authorization, `Basic ${Buffer.from("u:p").toString("base64")}`);
  const closed = createServer();
  await new Promise<void>((done) => closed.listen(0, "127.0.0.1", done));
  const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((done) => closed.close(() => done()));
  await assert.rejects(
    new MlflowClient(deadUrl).getRun("x"),
    /cannot be reached \(runs\/get\): ECONNREFUSED/,
  );
});

test("a tracking URI that is not http(s) is refused", () => {
  assert.throws(
    () => new MlflowClient("file:///tmp/mlruns"),
    /Input 'mlflow-tracking-uri' has value 'file:\/\/\/tmp\/mlruns'/,
  );
});
