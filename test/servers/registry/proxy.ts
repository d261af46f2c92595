import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, request, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface LoggedRequest {
  method: string;
  /** Path and query, as the client sent them. */
  url: string;
  status: number;
  /** The request body's declared length (`Content-Length`; 0 when absent). */
  bodyBytes: number;
}

/**
 * A fault to inject once into the next request it matches: `500` answers without forwarding; `truncate`
 * forwards half of the request body to the registry and then breaks both connections, as a network
 * failure in the middle of an upload does.
 */
export interface Fault {
  method: string;
  pathIncludes: string;
  kind: "500" | "truncate";
}

export interface ProxyOptions {
  /** Require a Bearer token from the proxy's own token service (`/token`), issued for these credentials. */
  bearer?: { username: string; password: string };
  /**
   * Refuse request bodies longer than this, as ghcr.io does over 4 MiB: `416` with its exact error body,
   * naming the limit (`…exceeds the maximum permissible limit of 4.00MiB`), without forwarding.
   */
  maxBodyBytes?: number;
}

export interface RegistryProxy {
  host: string;
  requests: LoggedRequest[];
  /** The scopes of every token issued, in order. */
  issuedScopes: string[][];
  addFault(fault: Fault): void;
  stop(): Promise<void>;
}

/**
 * A logging proxy in front of a loopback registry: it counts requests (to prove that a rebuild uploads
 * nothing), injects faults, and can demand the distribution token flow the registry itself would need a
 * signing certificate for. The Host header is forwarded as is, so the registry's Location headers point
 * back at the proxy.
 */
export async function startRegistryProxy(
  upstream: string,
  options: ProxyOptions = {},
): Promise<RegistryProxy> {
  const [upstreamHost, upstreamPort] = upstream.split(":") as [string, string];
  const requests: LoggedRequest[] = [];
  const issuedScopes: string[][] = [];
  const faults: Fault[] = [];
  const tokens = new Map<string, string[]>();
  let host = "";

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${host}`);
    const bodyBytes = Number(req.headers["content-length"] ?? 0);
    const log = (status: number) =>
      requests.push({ method: req.method ?? "", url: req.url ?? "", status, bodyBytes });
    if (url.pathname === "/token") {
      issueToken(req, res, url, log);
      return;
    }
    if (options.bearer && !authorized(req, url)) {
      const repository = repositoryOf(url.pathname);
      const scope = repository
        ? `repository:${repository}:${needsPush(req.method) ? "pull,push" : "pull"}`
        : "";
      res.writeHead(401, {
        "www-authenticate": `Bearer realm="http://${host}/token",service="loopback-proxy"${scope ? `,scope="${scope}"` : ""}`,
        "content-type": "application/json",
      });
      res.end(JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] }));
      req.resume();
      return log(401);
    }
    if (options.maxBodyBytes !== undefined && bodyBytes > options.maxBodyBytes) {
      req.resume();
      req.on("end", () => {
        res.writeHead(416, { "content-type": "application/json" });
        res.end(tooLargeBody(options.maxBodyBytes ?? 0));
      });
      return log(416);
    }
    const faultIndex = faults.findIndex(
      (f) => f.method === req.method && url.pathname.includes(f.pathIncludes),
    );
    const fault = faultIndex >= 0 ? faults.splice(faultIndex, 1)[0] : undefined;
    if (fault?.kind === "500") {
      req.resume();
      req.on("end", () => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ code: "UNKNOWN", message: "injected failure" }] }));
      });
      return log(500);
    }
    const headers = { ...req.headers };
    delete headers.authorization;
    const forwarded = request(
      { host: upstreamHost, port: Number(upstreamPort), method: req.method, path: req.url, headers },
      (upstreamResponse) => {
        res.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(res);
        log(upstreamResponse.statusCode ?? 502);
      },
    );
    forwarded.on("error", () => res.destroy());
    if (fault?.kind === "truncate") {
      const half = Number(req.headers["content-length"] ?? 0) / 2;
      let sent = 0;
      req.on("data", (chunk: Buffer) => {
        if (sent >= half) return;
        const part = chunk.subarray(0, Math.max(0, Math.min(chunk.length, half - sent)));
        sent += part.length;
        forwarded.write(part);
        if (sent >= half) {
          log(0);
          // Let the registry store what it got before the connection breaks.
          setTimeout(() => {
            forwarded.destroy();
            req.socket.destroy();
          }, 100);
        }
      });
      return;
    }
    req.pipe(forwarded);
  });

  function issueToken(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    log: (status: number) => void,
  ): void {
    const expected = options.bearer
      ? `Basic ${Buffer.from(`${options.bearer.username}:${options.bearer.password}`).toString("base64")}`
      : undefined;
    if (expected && req.headers.authorization !== expected) {
      res.writeHead(401, { "content-type": "application/json" }).end('{"details":"bad credentials"}');
      log(401);
      return;
    }
    const scopes = url.searchParams.getAll("scope");
    const token = randomBytes(16).toString("hex");
    tokens.set(token, scopes);
    issuedScopes.push(scopes);
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ access_token: token, expires_in: 300 }));
    log(200);
  }

  function authorized(req: IncomingMessage, url: URL): boolean {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const scopes = token ? tokens.get(token) : undefined;
    if (!scopes) return false;
    const repository = repositoryOf(url.pathname);
    if (!repository) return true;
    const allows = (repo: string, action: string) =>
      scopes.some((scope) => {
        const [kind, name, actions] = scope.split(":");
        return kind === "repository" && name === repo && (actions ?? "").split(",").includes(action);
      });
    const from = url.searchParams.get("from");
    return allows(repository, needsPush(req.method) ? "push" : "pull") && (!from || allows(from, "pull"));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    requests,
    issuedScopes,
    addFault: (fault) => faults.push(fault),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** ghcr.io's answer to a request body over its limit, byte for byte but for the limit. */
function tooLargeBody(limit: number): string {
  const message = `the request body is too large and exceeds the maximum permissible limit of ${(limit / 1024 / 1024).toFixed(2)}MiB`;
  return JSON.stringify({ errors: [{ code: "REQUESTED_RANGE_NOT_SATISFIABLE", message }] });
}

function needsPush(method: string | undefined): boolean {
  return method !== "GET" && method !== "HEAD";
}

function repositoryOf(pathname: string): string | undefined {
  return /^\/v2\/(.+?)\/(?:blobs|manifests|tags)\//.exec(pathname)?.[1];
}
