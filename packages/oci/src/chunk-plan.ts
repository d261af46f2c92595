// How large one upload request may be: the client's preference (64 MiB, see registry-client.ts), capped
// where a registry is known to refuse larger request bodies, and raised to the minimum chunk length a
// registry asks for on its upload session (OCI distribution spec: `OCI-Chunk-Min-Length`).

const MiB = 1024 * 1024;

/**
 * ghcr.io refuses any upload request body over 4 MiB — a monolithic PUT or a PATCH chunk — with
 * `416 REQUESTED_RANGE_NOT_SATISFIABLE: the request body is too large and exceeds the maximum permissible
 * limit of 4.00MiB`. Reported by other OCI clients, whose fix is a chunk size under the cap for it:
 * ocx-sh/ocx PR #237, oras-project/rust-oci-client issue #35 and PR #37, wasmCloud/wash issue #268.
 */
export const GHCR_MAX_REQUEST_BYTES = 4 * MiB;

const KNOWN_REQUEST_LIMITS: ReadonlyMap<string, number> = new Map([["ghcr.io", GHCR_MAX_REQUEST_BYTES]]);

/** The largest upload request body a registry (as named in a reference) is known to accept, if capped. */
export function knownRequestLimit(registry: string): number | undefined {
  return KNOWN_REQUEST_LIMITS.get(registry.toLowerCase());
}

/** `OCI-Chunk-Min-Length` of an upload session's response: a positive byte count, else undefined. */
export function parseChunkMinLength(header: string | null | undefined): number | undefined {
  const value = /^\s*(\d+)\s*$/.exec(header ?? "")?.[1];
  const length = value === undefined ? Number.NaN : Number(value);
  return Number.isSafeInteger(length) && length > 0 ? length : undefined;
}

/**
 * The chunk size for one upload session, which is also the largest blob sent in one PUT: the preferred
 * size capped at `maxRequestBytes`, then raised to `minChunkLength`. The registry's minimum wins over a
 * cap: it is what this very session demands, and a chunk under it would be refused for certain.
 */
export function planChunkSize(plan: {
  preferred: number;
  maxRequestBytes?: number | undefined;
  minChunkLength?: number | undefined;
}): number {
  const capped = Math.min(plan.preferred, plan.maxRequestBytes ?? Number.POSITIVE_INFINITY);
  return Math.max(capped, plan.minChunkLength ?? 0);
}

const UNITS: Record<string, number> = {
  b: 1,
  kb: 1000,
  kib: 1024,
  mb: 1000 ** 2,
  mib: MiB,
  gb: 1000 ** 3,
  gib: 1024 ** 3,
};

/**
 * The limit a registry names when it refuses a request body as too large (ghcr.io: "the request body is
 * too large and exceeds the maximum permissible limit of 4.00MiB"), in bytes; undefined when the text
 * does not name one.
 */
export function parseRequestSizeLimit(text: string): number | undefined {
  const match = /exceeds the maximum permissible limit of\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)\b/i.exec(text);
  if (!match) return undefined;
  const bytes = Math.floor(Number(match[1]) * (UNITS[(match[2] ?? "").toLowerCase()] ?? Number.NaN));
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}
