import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable, type Writable } from "node:stream";

/** A request body of known length that can be written again (for a retry, a 401 or a redirect). */
export interface StreamBody {
  length: number;
  writeTo(sink: Writable): Promise<void>;
}

const NULL_BODY_STATUSES = new Set([204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 307, 308]);
const MAX_REDIRECTS = 5;

/**
 * Sends `body` with `node:http`/`node:https`, written straight into the request, and answers a fetch
 * `Response`. Uploads take this path rather than fetch: fetch pushes a request body through a web stream,
 * which roughly halves the throughput of a large blob, and needs the whole chunk in memory first.
 * Redirects are followed as fetch follows them for PUT and PATCH (same method and body; no
 * Authorization to another origin).
 */
export async function streamRequest(
  method: string,
  url: URL,
  headers: Record<string, string>,
  body: StreamBody,
): Promise<Response> {
  let target = url;
  let sentHeaders = headers;
  for (let redirects = 0; ; redirects++) {
    const message = await sendOnce(method, target, sentHeaders, body);
    const location = message.headers.location;
    if (!REDIRECT_STATUSES.has(message.statusCode ?? 0) || !location || redirects >= MAX_REDIRECTS) {
      return toResponse(message);
    }
    message.resume();
    const next = new URL(location, target);
    if (next.origin !== target.origin) {
      const { authorization: _dropped, ...rest } = sentHeaders;
      sentHeaders = rest;
    }
    target = next;
  }
}

function sendOnce(
  method: string,
  url: URL,
  headers: Record<string, string>,
  body: StreamBody,
): Promise<IncomingMessage> {
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<IncomingMessage>((resolve, reject) => {
    const outgoing = send(url, { method, headers: { ...headers, "content-length": String(body.length) } });
    let answered = false;
    outgoing.once("response", (incoming) => {
      answered = true;
      resolve(incoming);
    });
    outgoing.on("error", reject);
    // A registry may answer (401, 5xx) before reading the whole body; then the rest is not needed.
    body.writeTo(outgoing).then(
      () => outgoing.end(),
      (error: unknown) => {
        if (!answered) outgoing.destroy(error as Error);
      },
    );
  });
}

function toResponse(message: IncomingMessage): Response {
  const status = message.statusCode ?? 0;
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  let body: ReadableStream<Uint8Array> | null = null;
  if (NULL_BODY_STATUSES.has(status)) message.resume();
  else body = Readable.toWeb(message) as unknown as ReadableStream<Uint8Array>;
  return new Response(body, { status, statusText: message.statusMessage ?? "", headers });
}
