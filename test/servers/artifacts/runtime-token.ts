import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * ACTIONS_RUNTIME_TOKEN as the runner hands it to a job: a JWT whose `scp` claim carries
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>`. `@actions/artifact` only decodes it
 * (jwt-decode) to read those ids; this service also checks its HS256 signature and expiry.
 */
export interface BackendIds {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

interface RuntimeTokenClaims {
  scp: string;
  iat: number;
  exp: number;
  iss: string;
}

const issuer = "loopback-artifact-service";
const lifetimeSeconds = 6 * 60 * 60;

export function signRuntimeToken(secret: Buffer, ids: BackendIds, now = new Date()): string {
  const iat = Math.floor(now.getTime() / 1000);
  const claims: RuntimeTokenClaims = {
    // The runner's real tokens carry more scopes; the client looks for the Actions.Results one among them.
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${ids.workflowRunBackendId}:${ids.workflowJobRunBackendId}`,
    iat,
    exp: iat + lifetimeSeconds,
    iss: issuer,
  };
  const unsigned = `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url(claims)}`;
  return `${unsigned}.${hmac(secret, unsigned)}`;
}

/** The backend ids a valid token grants, or a reason why the token is not valid. */
export function verifyRuntimeToken(
  secret: Buffer,
  token: string,
  now = new Date(),
): { ids: BackendIds } | { problem: string } {
  const [header, payload, signature, ...rest] = token.split(".");
  if (header === undefined || payload === undefined || signature === undefined || rest.length > 0) {
    return { problem: "the runtime token is not a JWT" };
  }
  const expected = Buffer.from(hmac(secret, `${header}.${payload}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { problem: "the runtime token's signature is not valid" };
  }
  const claims = parseClaims(payload);
  if (claims === undefined) {
    return { problem: "the runtime token's claims are not JSON" };
  }
  if (typeof claims.exp !== "number" || claims.exp * 1000 <= now.getTime()) {
    return { problem: "the runtime token has expired" };
  }
  const ids = backendIdsFromScope(claims.scp ?? "");
  return ids === undefined ? { problem: "the runtime token has no Actions.Results scope" } : { ids };
}

function parseClaims(payload: string): Partial<RuntimeTokenClaims> | undefined {
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return typeof claims === "object" && claims !== null ? claims : undefined;
  } catch {
    return undefined;
  }
}

function backendIdsFromScope(scp: string): BackendIds | undefined {
  for (const scope of scp.split(" ")) {
    const [kind, workflowRunBackendId, workflowJobRunBackendId, ...rest] = scope.split(":");
    if (kind === "Actions.Results" && workflowRunBackendId && workflowJobRunBackendId && rest.length === 0) {
      return { workflowRunBackendId, workflowJobRunBackendId };
    }
  }
  return undefined;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function hmac(secret: Buffer, data: string): string {
  return createHmac("sha256", secret).update(data).digest("base64url");
}
