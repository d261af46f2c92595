import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { GitHubClient } from "@mlops-actions/kit/github";
import { verify } from "@octokit/webhooks-methods";
import { isCompletedPullRequestRun, postRunComments, type WorkflowRunEvent } from "./post-run-comments.ts";

export interface BotServerOptions {
  webhookSecret: string;
  /** A client acting as the app's installation on the event's repository. */
  clientFor: (owner: string, repo: string) => Promise<GitHubClient>;
  host?: string;
  port?: number;
  /** Sticky-comment settle time (tests shorten it). */
  settleMs?: number;
  log?: (line: string) => void;
}

export interface BotServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** GitHub sends webhook payloads of at most 25 MB. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;

/**
 * The GitHub App's webhook server: `POST /webhook` takes `workflow_run` deliveries (the signature is
 * checked first, in constant time; a bad one is 401 and nothing else happens), `GET /healthz` answers
 * 200. Binds 127.0.0.1 unless told otherwise.
 */
export async function startBotServer(options: BotServerOptions): Promise<BotServer> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const server = createServer((request, response) => {
    route(request, response, options, log).catch((error: unknown) => {
      log(`error: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) reply(response, 500, { error: "internal error" });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(":") ? `[${address}]` : address}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  options: BotServerOptions,
  log: (line: string) => void,
): Promise<void> {
  const path = new URL(request.url ?? "/", "http://bot").pathname;
  if (path === "/healthz" && (request.method === "GET" || request.method === "HEAD")) {
    reply(response, 200, { ok: true });
    return;
  }
  if (path !== "/webhook") return reply(response, 404, { error: "not found" });
  if (request.method !== "POST") return reply(response, 405, { error: "use POST" });

  const body = await readBody(request);
  if (body === undefined) return reply(response, 413, { error: "payload too large" });
  const signature = header(request, "x-hub-signature-256");
  if (!signature || !(await verify(options.webhookSecret, body, signature).catch(() => false))) {
    return reply(response, 401, { error: "bad signature" });
  }
  const event = header(request, "x-github-event");
  const delivery = header(request, "x-github-delivery") ?? "-";
  if (event === "ping") return reply(response, 200, { ok: true });
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    return reply(response, 400, { error: "the payload is not JSON" });
  }
  if (event !== "workflow_run" || !isCompletedPullRequestRun(payload)) {
    return reply(response, 202, { ignored: `${event ?? "unknown"} event` });
  }
  const outcomes = await handle(payload, options);
  log(
    `delivery ${delivery}: run ${payload.workflow_run.id} of ${payload.repository.owner.login}/${payload.repository.name}: ` +
      (outcomes.map((o) => `${o.artifact} ${o.outcome}`).join(", ") || "no comment artifacts"),
  );
  reply(response, 200, { outcomes });
}

async function handle(payload: WorkflowRunEvent, options: BotServerOptions) {
  const octokit = await options.clientFor(payload.repository.owner.login, payload.repository.name);
  return postRunComments(octokit, payload, {
    ...(options.settleMs !== undefined && { settleMs: options.settleMs }),
  });
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The body as text, or undefined (and the rest drained) when it is over the limit. */
function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on("end", () =>
      resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString("utf8")),
    );
    request.on("error", reject);
  });
}
