import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { ArtifactStore } from "../artifact-store.ts";
import { artifactDownloadPrefix, signedArtifactId } from "./artifact-downloads.ts";
import {
  badCredentials,
  GitHubError,
  notAccessibleByIntegration,
  notFound,
  notImplemented,
  problemsParsingJson,
  requiresAuthentication,
} from "./errors.ts";
import { type Fault, FaultInjector, type FaultSpec } from "./faults.ts";
import { answerGraphql } from "./graphql.ts";
import { checkRequest, matchRoute } from "./openapi.ts";
import { RateLimitCounter } from "./rate-limits.ts";
import { type AppRecord, appHandlers, handlers, looksLikeJwt, verifyAppJwt } from "./routes/index.ts";
import type { Reply } from "./routes/types.ts";
import type { Urls } from "./shapes.ts";
import { GitHubState, type Permission, type TokenRecord } from "./state.ts";

/** The token tests pass as GITHUB_TOKEN unless they register their own. */
export const defaultToken = "ghs_testWriteToken0000000000000000000000";
export const defaultRepository = "octo-org/octo-repo";
const defaultApiVersion = "2022-11-28";

export interface GitHubServerOptions {
  /** Shared with the artifact service so uploaded artifacts show up here (a fresh store by default). */
  artifacts?: ArtifactStore;
  /** Repositories that exist (default `octo-org/octo-repo`); any other answers 404. */
  repositories?: string[];
  /** Tokens and their permission (default: `defaultToken` with `write`). */
  tokens?: Record<string, Permission>;
  /** What `html_url`s point at (default https://github.com). */
  webUrl?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  /** The operationId the request matched in GitHub's description, when it matched one. */
  operationId: string | undefined;
  /** The status answered. */
  status: number;
}

export interface GitHubServer {
  /** REST base URL: use it as GITHUB_API_URL. */
  url: string;
  /** GraphQL endpoint (`<url>/graphql`, as on api.github.com). */
  graphqlUrl: string;
  state: GitHubState;
  artifacts: ArtifactStore;
  /** Every request answered, in order. */
  requests: RecordedRequest[];
  fault(spec: FaultSpec): Fault;
  clearFaults(): void;
  close(): Promise<void>;
}

const writeMethods = new Set(["POST", "PATCH", "PUT", "DELETE"]);

interface Exchange {
  requestId: string;
  url: URL;
  method: string;
  token: string | undefined;
  tokenRecord: TokenRecord | undefined;
  rawBody: Buffer;
  operationId: string | undefined;
  /** The GitHub App whose JWT authenticated the request. */
  app?: AppRecord;
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const state = new GitHubState();
  const artifacts = options.artifacts ?? new ArtifactStore();
  const faults = new FaultInjector();
  const rateLimits = new RateLimitCounter();
  const requests: RecordedRequest[] = [];
  const tokens: Record<string, Permission> = options.tokens ?? { [defaultToken]: "write" };
  for (const [token, permission] of Object.entries(tokens)) {
    state.addToken(token, permission);
  }
  for (const fullName of options.repositories ?? [defaultRepository]) state.addRepository(fullName);
  const urls: Urls = { api: "", web: (options.webUrl ?? "https://github.com").replace(/\/$/, "") };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const rawBody = await readBody(request);
    const method = (request.method ?? "GET").toUpperCase();
    const url = new URL(request.url ?? "/", urls.api);
    const exchange: Exchange = {
      requestId: requestId(),
      url,
      method,
      token: undefined,
      tokenRecord: undefined,
      rawBody,
      operationId: undefined,
    };
    const headers: Record<string, string> = {
      "x-github-request-id": exchange.requestId,
      "x-github-api-version-selected":
        headerValue(request.headers["x-github-api-version"]) ?? defaultApiVersion,
      "x-github-media-type": "github.v3; format=json",
    };
    let reply: Reply;
    try {
      reply = await answer(request, exchange, headers);
    } catch (error) {
      reply =
        error instanceof GitHubError
          ? { status: error.status, body: error.body, headers: error.headers }
          : {
              status: 500,
              body: { message: `Test GitHub server error: ${(error as Error).stack ?? String(error)}` },
            };
    }
    requests.push({
      method,
      path: url.pathname,
      query: queryRecord(url.searchParams),
      headers: request.headers,
      body: parseLoosely(rawBody),
      operationId: exchange.operationId,
      status: reply.status,
    });
    send(response, method, reply, { ...headers, ...reply.headers });
  }

  async function answer(
    request: IncomingMessage,
    exchange: Exchange,
    headers: Record<string, string>,
  ): Promise<Reply> {
    const { url, method } = exchange;
    const effect = faults.take(method, url.pathname, exchange.requestId);
    if (effect !== undefined && "error" in effect) throw effect.error;
    if (effect !== undefined) await sleep(effect.delayMs);

    if (url.pathname.startsWith(artifactDownloadPrefix)) return serveArtifact(url);

    authenticate(request, exchange);
    Object.assign(
      headers,
      rateLimits.headers(exchange.token, url.pathname === "/graphql" ? "graphql" : "core"),
    );

    if (url.pathname === "/graphql" && method === "POST") return graphql(exchange);

    const match = matchRoute(method, url.pathname);
    if (match === undefined) throw notFound();
    exchange.operationId = match.operation.operationId;
    const documentationUrl = match.operation.externalDocs?.url;
    const body = parseJson(exchange.rawBody, documentationUrl);
    const checked = checkRequest(match, url.searchParams, body);
    if (!checked.ok && checked.where === "path") throw notFound(documentationUrl);

    const appHandler = appHandlers[match.operation.operationId];
    if (appHandler !== undefined) {
      if (!checked.ok) throw new GitHubError(422, invalidRequestBody(checked.message, documentationUrl));
      return appHandler({
        state,
        urls,
        params: checked.pathParams,
        app: exchange.app,
        documentationUrl: documentationUrl ?? "https://docs.github.com/rest",
      });
    }
    // An app's JWT only opens the /app endpoints; repositories take an installation token.
    if (exchange.app !== undefined) throw notAccessibleByIntegration(documentationUrl);

    if (writeMethods.has(method)) {
      if (exchange.tokenRecord === undefined) throw requiresAuthentication(documentationUrl);
      if (exchange.tokenRecord.permission !== "write") throw notAccessibleByIntegration(documentationUrl);
    }
    const { owner, repo } = match.pathParams;
    const repository =
      owner !== undefined && repo !== undefined ? state.repository(`${owner}/${repo}`) : undefined;
    const hidden = repository?.private === true && exchange.tokenRecord === undefined;
    if (owner !== undefined && (repository === undefined || hidden)) throw notFound(documentationUrl);

    if (!checked.ok) throw new GitHubError(422, invalidRequestBody(checked.message, documentationUrl));
    const handler = handlers[match.operation.operationId];
    if (handler === undefined || repository === undefined) {
      throw notImplemented(match.operation.operationId, method, match.template);
    }
    return handler({
      state,
      artifacts,
      urls,
      repository,
      params: checked.pathParams,
      query: checked.query,
      body: (checked.body ?? {}) as Record<string, unknown>,
      requestUrl: url,
      actor: exchange.tokenRecord?.user ?? state.user("octocat"),
      authenticated: exchange.tokenRecord !== undefined,
      documentationUrl: documentationUrl ?? "https://docs.github.com/rest",
    });
  }

  function authenticate(request: IncomingMessage, exchange: Exchange): void {
    const authorization = headerValue(request.headers.authorization);
    if (authorization === undefined) return;
    const found = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(authorization);
    const record = found?.[1] === undefined ? undefined : state.tokens.get(found[1]);
    if (found?.[1] !== undefined && record === undefined && looksLikeJwt(found[1])) {
      exchange.app = verifyAppJwt(state, found[1]);
      exchange.token = found[1];
      return;
    }
    if (found?.[1] === undefined || record === undefined) throw badCredentials();
    exchange.token = found[1];
    exchange.tokenRecord = record;
  }

  function graphql(exchange: Exchange): Reply {
    if (exchange.tokenRecord === undefined) {
      throw new GitHubError(401, {
        message: "This endpoint requires you to be authenticated.",
        documentation_url:
          "https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql",
        status: "401",
      });
    }
    const request = parseJson(exchange.rawBody, "https://docs.github.com/graphql");
    const answer = answerGraphql(
      typeof request === "object" && request !== null ? request : {},
      state,
      exchange.tokenRecord.permission === "write",
    );
    return { status: 200, body: answer };
  }

  function serveArtifact(url: URL): Reply {
    const id = signedArtifactId(url);
    const artifact = id === undefined ? undefined : artifacts.get(id);
    if (artifact === undefined) {
      return {
        status: 403,
        body: "AuthenticationFailed: the signature is not valid",
        headers: { "content-type": "text/plain" },
      };
    }
    return { status: 200, body: artifact.zip, headers: { "content-type": "application/zip" } };
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(0, "127.0.0.1", () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  urls.api = `http://127.0.0.1:${port}`;

  return {
    url: urls.api,
    graphqlUrl: `${urls.api}/graphql`,
    state,
    artifacts,
    requests,
    fault: (spec) => faults.add(spec),
    clearFaults: () => faults.clear(),
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

function invalidRequestBody(details: string, documentationUrl: string | undefined): Record<string, unknown> {
  return {
    message: `Invalid request.\n\n${details}`,
    documentation_url: documentationUrl ?? "https://docs.github.com/rest",
    status: "422",
  };
}

function send(response: ServerResponse, method: string, reply: Reply, headers: Record<string, string>): void {
  let payload: Buffer | undefined;
  if (reply.body !== undefined && reply.status !== 204) {
    payload = Buffer.isBuffer(reply.body)
      ? reply.body
      : Buffer.from(typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body));
    headers["content-type"] ??= "application/json; charset=utf-8";
    headers["content-length"] = String(payload.length);
  }
  response.writeHead(reply.status, headers);
  response.end(method === "HEAD" ? undefined : payload);
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolveBody(Buffer.concat(chunks)));
    request.on("error", rejectBody);
  });
}

function parseJson(raw: Buffer, documentationUrl: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw problemsParsingJson(documentationUrl);
  }
}

function parseLoosely(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return record;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** GitHub's request ids look like `C0A1:2B3C:4D5E6F:7A8B9C:6751D2E0`. */
function requestId(): string {
  const hex = (bytes: number) => randomBytes(bytes).toString("hex").toUpperCase();
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`;
}
