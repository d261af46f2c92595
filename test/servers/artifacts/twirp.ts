import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The Twirp wire format, JSON flavour: `POST /twirp/<package>.<Service>/<Method>` with a JSON body, a JSON
 * response, and errors as `{ "code": ..., "msg": ... }` with the HTTP status Twirp assigns to each code
 * (https://twitchtv.github.io/twirp/docs/spec_v7.html#error-codes).
 */
const statusByCode = {
  bad_route: 404,
  malformed: 400,
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  internal: 500,
} as const;

export type TwirpCode = keyof typeof statusByCode;

export class TwirpError extends Error {
  readonly code: TwirpCode;

  constructor(code: TwirpCode, msg: string) {
    super(msg);
    this.code = code;
  }
}

export function sendTwirpError(response: ServerResponse, error: TwirpError): void {
  sendJson(response, statusByCode[error.code], { code: error.code, msg: error.message });
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

/** The request body as a JSON object; Twirp calls a body it cannot decode `malformed`. */
export async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new TwirpError("malformed", "the request body is not valid JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new TwirpError("malformed", "the request body is not a JSON object");
  }
  return body as Record<string, unknown>;
}
