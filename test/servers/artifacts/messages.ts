import { TwirpError } from "./twirp.ts";

/**
 * The request messages of `github.actions.results.api.v1.ArtifactService`, read from protobuf JSON. The
 * client sends proto field names (snake_case); protobuf JSON parsers also accept the camelCase JSON names,
 * and so does this. Wrapper types (StringValue, Int64Value) are bare values, int64 is a decimal string,
 * Timestamp is RFC 3339. Unknown fields are ignored, as Twirp servers do.
 */
export interface RunScopedRequest {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

export interface CreateArtifactRequest extends RunScopedRequest {
  name: string;
  version: number;
  expiresAt?: Date;
  mimeType?: string;
}

export interface FinalizeArtifactRequest extends RunScopedRequest {
  name: string;
  size: number;
  hash?: string;
}

export interface ListArtifactsRequest extends RunScopedRequest {
  nameFilter?: string;
  idFilter?: number;
}

/** GetSignedArtifactURL and DeleteArtifact both name one artifact of a run. */
export interface NamedArtifactRequest extends RunScopedRequest {
  name: string;
}

export function readCreateArtifact(body: Record<string, unknown>): CreateArtifactRequest {
  return {
    ...readNamed(body),
    version: int(body, "version") ?? 0,
    expiresAt: timestamp(body, "expires_at"),
    mimeType: string(body, "mime_type"),
  };
}

export function readFinalizeArtifact(body: Record<string, unknown>): FinalizeArtifactRequest {
  return { ...readNamed(body), size: int(body, "size") ?? 0, hash: string(body, "hash") };
}

export function readListArtifacts(body: Record<string, unknown>): ListArtifactsRequest {
  return {
    ...readRunScoped(body),
    nameFilter: string(body, "name_filter"),
    idFilter: int(body, "id_filter"),
  };
}

export function readNamed(body: Record<string, unknown>): NamedArtifactRequest {
  return { ...readRunScoped(body), name: required(body, "name") };
}

function readRunScoped(body: Record<string, unknown>): RunScopedRequest {
  return {
    workflowRunBackendId: required(body, "workflow_run_backend_id"),
    workflowJobRunBackendId: required(body, "workflow_job_run_backend_id"),
  };
}

function field(body: Record<string, unknown>, protoName: string): unknown {
  return body[protoName] ?? body[protoName.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())];
}

function required(body: Record<string, unknown>, name: string): string {
  const value = string(body, name);
  if (value === undefined || value === "") {
    throw new TwirpError("invalid_argument", `${name} is required`);
  }
  return value;
}

function string(body: Record<string, unknown>, name: string): string | undefined {
  const value = field(body, name);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") {
    throw new TwirpError("invalid_argument", `${name} must be a string, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** int32 comes as a JSON number, int64 as a decimal string; protobuf JSON accepts either for both. */
function int(body: Record<string, unknown>, name: string): number | undefined {
  const value = field(body, name);
  if (value === undefined || value === null) return undefined;
  const number = typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isSafeInteger(number)) {
    throw new TwirpError("invalid_argument", `${name} must be an integer, got ${JSON.stringify(value)}`);
  }
  return number;
}

function timestamp(body: Record<string, unknown>, name: string): Date | undefined {
  const value = string(body, name);
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d\d-\d\dT/.test(value) || Number.isNaN(date.getTime())) {
    throw new TwirpError(
      "invalid_argument",
      `${name} must be an RFC 3339 timestamp, got ${JSON.stringify(value)}`,
    );
  }
  return date;
}
