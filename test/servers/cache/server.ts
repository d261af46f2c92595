import { randomBytes } from "node:crypto";
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readJsonObject, sendJson, sendTwirpError, TwirpError } from "../artifacts/twirp.ts";
import { BlobUrlSigner } from "../blob/signed-url.ts";
import { CacheBlobs, cacheBlobPrefix } from "./cache-blobs.ts";
import { cacheServiceMethods } from "./cache-service.ts";
import { CacheStore } from "./cache-store.ts";

/**
 * A loopback stand-in for the cache half of GitHub's results service, as `@actions/cache` v2 talks to it.
 * On GitHub one results service (ACTIONS_RESULTS_URL) serves both caches and artifacts, so this server
 * forwards every request that is not a cache request to `upstream` (the loopback artifact server): a step
 * that caches and uploads gets one URL, as on a runner.
 */
export interface CacheServer {
  /** Base URL to use as ACTIONS_RESULTS_URL. */
  readonly url: string;
  readonly store: CacheStore;
  /**
   * The env a step needs to use the cache: ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2, and the
   * upstream's runtime token (or a token of this server's own without an upstream).
   */
  envFor(job: { runId: number; jobId?: string }): Record<string, string>;
  close(): Promise<void>;
}

export interface CacheServerOptions {
  /** The artifact server (or anything with `url` and `envFor`) that gets every non-cache request. */
  upstream?: { url: string; envFor(job: { runId: number; jobId?: string }): Record<string, string> };
  store?: CacheStore;
}

const twirpPrefix = "/twirp/github.actions.results.api.v1.CacheService/";

export async function startCacheServer(options: CacheServerOptions = {}): Promise<CacheServer> {
  const store = options.store ?? new CacheStore();
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const blobs = new CacheBlobs(store, new BlobUrlSigner(randomBytes(32), origin));
  const methods = cacheServiceMethods(store, blobs);
  const upstream = options.upstream === undefined ? undefined : new URL(options.upstream.url);

  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", origin);
    let handled: Promise<void>;
    if (url.pathname.startsWith(cacheBlobPrefix)) handled = blobs.handle(request, response, url);
    else if (url.pathname.startsWith(twirpPrefix)) handled = handleTwirp(request, response, url);
    else if (upstream !== undefined) handled = forward(request, response, upstream);
    else
      handled = Promise.resolve(
        sendTwirpError(response, new TwirpError("bad_route", `no handler for ${url.pathname}`)),
      );
    handled.catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else
        sendTwirpError(
          response,
          new TwirpError("internal", error instanceof Error ? error.message : String(error)),
        );
    });
  });

  async function handleTwirp(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    try {
      const method = methods[url.pathname.slice(twirpPrefix.length)];
      if (request.method !== "POST" || method === undefined) {
        throw new TwirpError("bad_route", `no handler for ${request.method} ${url.pathname}`);
      }
      if (!hasResultsScope(request.headers.authorization)) {
        throw new TwirpError(
          "unauthenticated",
          "a bearer runtime token with an Actions.Results scope is required",
        );
      }
      sendJson(response, 200, method(await readJsonObject(request)));
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      sendTwirpError(response, error);
    }
  }

  return {
    url: `${origin}/`,
    store,
    envFor(job) {
      const base = options.upstream?.envFor(job) ?? { ACTIONS_RUNTIME_TOKEN: ownToken(job.runId) };
      return { ...base, ACTIONS_RESULTS_URL: `${origin}/`, ACTIONS_CACHE_SERVICE_V2: "true" };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Passes a request on to the upstream service unchanged and streams its answer back. */
function forward(request: IncomingMessage, response: ServerResponse, upstream: URL): Promise<void> {
  return new Promise((resolve, reject) => {
    const proxied = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: upstream.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        answer.on("end", resolve);
        answer.on("error", reject);
      },
    );
    proxied.on("error", reject);
    request.pipe(proxied);
  });
}

/**
 * The token's signature is the upstream's business (it verifies the calls it serves); the cache checks
 * only that a runtime token with the results scope came along, as the client must send one.
 */
function hasResultsScope(authorization: string | undefined): boolean {
  const [scheme, token] = (authorization ?? "").split(" ");
  const payload = token?.split(".")[1];
  if (scheme !== "Bearer" || payload === undefined) return false;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as { scp?: unknown };
    return typeof claims.scp === "string" && /(^|\s)Actions\.Results:/.test(claims.scp);
  } catch {
    return false;
  }
}

function ownToken(runId: number): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const claims = { scp: `Actions.Results:run-${runId}:job`, exp: Math.floor(Date.now() / 1000) + 6 * 3600 };
  return `${encode({ alg: "none", typ: "JWT" })}.${encode(claims)}.unsigned`;
}
