import { setTimeout as sleep } from "node:timers/promises";
import type { BlobSource } from "./blob-source.ts";
import {
  knownRequestLimit,
  parseChunkMinLength,
  parseRequestSizeLimit,
  planChunkSize,
} from "./chunk-plan.ts";
import { type Digest, sha256Digest } from "./digest.ts";
import { describeErrorBody, RegistryError } from "./errors.ts";
import { MANIFEST_ACCEPT } from "./media-types.ts";
import { registryApiHost } from "./reference.ts";
import { basicAuthorization, type Credentials, fetchBearerToken } from "./registry-auth.ts";
import { type StreamBody, streamRequest } from "./stream-request.ts";
import { parseWwwAuthenticate } from "./www-authenticate.ts";

export interface RegistryClientOptions {
  /** Registry name as in a reference: `ghcr.io`, `127.0.0.1:5000`, `docker.io`. */
  registry: string;
  /** Speak plain HTTP (a registry on loopback or a private network). */
  insecure?: boolean;
  credentials?: Credentials;
  /**
   * Preferred chunk size (default 64 MiB): blobs larger than the chunk size in effect go up in chunks
   * (PATCH), smaller ones in one PUT. The size in effect is capped at `maxRequestBytes` and raised to the
   * registry's `OCI-Chunk-Min-Length`.
   */
  chunkSize?: number;
  /**
   * The largest request body the registry accepts; defaults to the known cap of the registry (ghcr.io:
   * 4 MiB, see chunk-plan.ts), none for others. A registry that names its limit in a refusal (416 "…
   * exceeds the maximum permissible limit of X") gets the upload again in chunks of X anyway.
   */
  maxRequestBytes?: number;
  /** How often a 5xx answer or a broken connection is retried (per request or per chunk). */
  retries?: number;
  /** First retry delay; doubled on each further retry. */
  retryDelayMs?: number;
  userAgent?: string;
}

export interface Manifest {
  mediaType: string;
  digest: Digest;
  bytes: Buffer;
}

export type BlobPushResult = "exists" | "mounted" | "uploaded";

interface SendOptions {
  scopes: string[];
  headers?: Record<string, string>;
  body?: Buffer;
  /** A blob's bytes, streamed (uploads); sent with node:http instead of fetch. */
  upload?: StreamBody;
  /** Retry 5xx answers and network errors (only for requests that are safe to repeat). */
  retry?: boolean;
}

/** An upload the registry opened: where to send it, and the smallest chunk it accepts (if it says). */
export interface UploadSession {
  location: URL;
  minChunkLength?: number;
}

// Every chunk is a round trip in which the registry closes its file and saves its hash state before the
// next one starts: 16 MiB chunks made a 200 MB upload about 40% slower than 64 MiB ones (bench/).
const DEFAULT_CHUNK_SIZE = 64 * 1024 * 1024;

export const pullScope = (repository: string) => `repository:${repository}:pull`;
export const pushScope = (repository: string) => `repository:${repository}:pull,push`;

/**
 * A client for one registry over the OCI distribution API (`/v2/`), with node's fetch, except for blob
 * uploads, which stream from their source through node:http (see stream-request.ts). Authentication
 * follows the registry's `WWW-Authenticate` challenge: Basic with the credentials, or a Bearer token from
 * the token service, cached per set of scopes. One client serves every repository of its registry, so a
 * blob can be mounted from one repository into another.
 */
export class RegistryClient {
  readonly registry: string;
  readonly baseUrl: string;
  readonly chunkSize: number;
  readonly maxRequestBytes: number | undefined;
  private readonly credentials: Credentials | undefined;
  private readonly retries: number;
  private readonly retryDelayMs: number;
  private readonly userAgent: string;
  private readonly tokens = new Map<string, string>();
  private basic = false;

  constructor(options: RegistryClientOptions) {
    this.registry = options.registry;
    this.baseUrl = `${options.insecure ? "http" : "https"}://${registryApiHost(options.registry)}`;
    this.credentials = options.credentials;
    this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    this.maxRequestBytes = options.maxRequestBytes ?? knownRequestLimit(options.registry);
    this.retries = options.retries ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 500;
    this.userAgent = options.userAgent ?? "mlops-actions-oci";
  }

  async getManifest(repository: string, reference: string, accept = MANIFEST_ACCEPT): Promise<Manifest> {
    const response = await this.expect(
      "GET",
      `/v2/${repository}/manifests/${reference}`,
      { scopes: [pullScope(repository)], headers: { accept: accept.join(", ") }, retry: true },
      [200],
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = sha256Digest(bytes);
    if (reference.startsWith("sha256:") && reference !== digest) {
      throw new RegistryError(`manifest ${repository}@${reference} has digest ${digest}`, {
        status: 200,
        method: "GET",
        url: response.url,
      });
    }
    const declared = (JSON.parse(bytes.toString("utf8")) as { mediaType?: string }).mediaType;
    const mediaType = declared ?? response.headers.get("content-type")?.split(";")[0] ?? "";
    return { mediaType, digest, bytes };
  }

  async putManifest(
    repository: string,
    reference: string,
    manifest: Omit<Manifest, "digest">,
  ): Promise<Digest> {
    await this.expect(
      "PUT",
      `/v2/${repository}/manifests/${reference}`,
      {
        scopes: [pushScope(repository)],
        headers: { "content-type": manifest.mediaType },
        body: manifest.bytes,
        retry: true,
      },
      [201],
    );
    return sha256Digest(manifest.bytes);
  }

  async hasBlob(repository: string, digest: Digest, scopes = [pushScope(repository)]): Promise<boolean> {
    const response = await this.send("HEAD", `/v2/${repository}/blobs/${digest}`, { scopes, retry: true });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw await this.failure("HEAD", response);
  }

  async getBlob(repository: string, digest: Digest): Promise<Buffer> {
    const response = await this.expect(
      "GET",
      `/v2/${repository}/blobs/${digest}`,
      { scopes: [pullScope(repository)], retry: true },
      [200],
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    const actual = sha256Digest(bytes);
    if (actual !== digest) {
      throw new RegistryError(`blob ${repository}@${digest} arrived with digest ${actual}`, {
        status: 200,
        method: "GET",
        url: response.url,
      });
    }
    return bytes;
  }

  /** The blob's body as a stream (for copying between registries); the caller verifies the digest. */
  async openBlob(repository: string, digest: Digest): Promise<ReadableStream<Uint8Array>> {
    const response = await this.expect(
      "GET",
      `/v2/${repository}/blobs/${digest}`,
      { scopes: [pullScope(repository)], retry: true },
      [200],
    );
    if (!response.body)
      throw new RegistryError(`blob ${repository}@${digest} has no body`, {
        status: 200,
        method: "GET",
        url: response.url,
      });
    return response.body;
  }

  /**
   * Pushes a blob unless the repository has it: HEAD first, then a cross-repository mount when
   * `mountFrom` names a repository of this registry that has it, then an upload.
   */
  async pushBlob(repository: string, blob: BlobSource, mountFrom?: string): Promise<BlobPushResult> {
    if (await this.hasBlob(repository, blob.digest)) return "exists";
    let session: UploadSession | undefined;
    if (mountFrom && mountFrom !== repository) {
      const query = `mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(mountFrom)}`;
      const response = await this.send("POST", `/v2/${repository}/blobs/uploads/?${query}`, {
        scopes: [pushScope(repository), pullScope(mountFrom)],
        headers: { "content-length": "0" },
        retry: true,
      });
      if (response.status === 201) return "mounted";
      if (response.status !== 202) throw await this.failure("POST", response);
      // The registry could not mount (no access to the source): it opened a normal upload instead.
      session = this.session(response);
    }
    await this.uploadBlob(repository, blob, session);
    return "uploaded";
  }

  /**
   * Uploads a blob: one PUT when it fits a chunk, otherwise PATCH chunks that resume after a failure.
   * When the registry refuses a request as too large and names its limit, the upload starts over in
   * chunks of that limit.
   */
  async uploadBlob(repository: string, blob: BlobSource, started?: UploadSession): Promise<void> {
    let session = started ?? (await this.startUpload(repository));
    let maxRequestBytes = this.maxRequestBytes;
    for (;;) {
      const chunkSize = planChunkSize({
        preferred: this.chunkSize,
        maxRequestBytes,
        minChunkLength: session.minChunkLength,
      });
      try {
        if (blob.size <= chunkSize) await this.putWhole(repository, blob, session.location);
        else await this.putChunks(repository, blob, session.location, chunkSize);
        return;
      } catch (error) {
        const limit = error instanceof RegistryError ? requestSizeLimit(error) : undefined;
        // Only a limit under the size just refused, and not already tried, can make a difference.
        if (limit === undefined || limit === maxRequestBytes || limit >= Math.min(chunkSize, blob.size)) {
          throw error;
        }
        maxRequestBytes = limit;
        session = await this.startUpload(repository);
      }
    }
  }

  /** POST (already done: `started`) and one `PUT ?digest=` with the whole blob, restarted on 5xx. */
  private async putWhole(repository: string, blob: BlobSource, started: URL): Promise<void> {
    const scopes = [pushScope(repository)];
    const upload = blobRange(blob, 0, blob.size);
    for (let attempt = 0; ; attempt++) {
      const location = attempt === 0 ? started : (await this.startUpload(repository)).location;
      const response = await this.sendOnce("PUT", withDigest(location, blob.digest), {
        scopes,
        headers: { "content-type": "application/octet-stream" },
        upload,
      }).catch((error: unknown) => error as Error);
      if (!(response instanceof Error) && response.status === 201) return;
      if (attempt >= this.retries || !(response instanceof Error || response.status >= 500)) {
        throw response instanceof Error
          ? this.networkError("PUT", location, response)
          : await this.failure("PUT", response, location);
      }
      if (!(response instanceof Error)) await response.body?.cancel();
      await this.pause(attempt);
    }
  }

  /** PATCH chunks with `Content-Range`, resuming from the registry's status after a failure, then PUT. */
  private async putChunks(repository: string, blob: BlobSource, started: URL, chunkSize: number) {
    const scopes = [pushScope(repository)];
    let location = started;
    let offset = 0;
    let failures = 0;
    while (offset < blob.size) {
      const length = Math.min(chunkSize, blob.size - offset);
      const end = offset + length - 1;
      const response = await this.sendOnce("PATCH", location, {
        scopes,
        headers: { "content-type": "application/octet-stream", "content-range": `${offset}-${end}` },
        upload: blobRange(blob, offset, length),
      }).catch((error: unknown) => error as Error);
      if (!(response instanceof Error) && response.status === 202) {
        location = this.location(response);
        offset = end + 1;
        failures = 0;
        continue;
      }
      // A 416 is a chunk out of step with the registry (resumed from its status below), or, when the
      // registry names a limit, a chunk too large: uploadBlob starts over with smaller ones.
      const refusal =
        response instanceof Error || response.status !== 416
          ? undefined
          : await this.failure("PATCH", response, location);
      if (refusal && requestSizeLimit(refusal) !== undefined) throw refusal;
      const retriable = response instanceof Error || response.status >= 500 || response.status === 416;
      if (!retriable || failures >= this.retries) {
        throw (
          refusal ??
          (response instanceof Error
            ? this.networkError("PATCH", location, response)
            : await this.failure("PATCH", response, location))
        );
      }
      if (!(response instanceof Error) && !refusal) await response.body?.cancel();
      await this.pause(failures++);
      const status = await this.uploadStatus(location, scopes);
      // A session the registry can no longer continue (distribution: BLOB_UPLOAD_INVALID) starts over.
      ({ location, offset } = status ?? {
        location: (await this.startUpload(repository)).location,
        offset: 0,
      });
    }
    await this.expectAt(
      "PUT",
      withDigest(location, blob.digest),
      { scopes, headers: { "content-length": "0" } },
      [201],
    );
  }

  /**
   * Where an interrupted upload stands: the registry's `Range: 0-<last byte>` and a fresh location, or
   * undefined when the registry dropped the session.
   */
  private async uploadStatus(
    location: URL,
    scopes: string[],
  ): Promise<{ location: URL; offset: number } | undefined> {
    const response = await this.send("GET", location, { scopes, retry: true });
    if (response.status === 404) {
      await response.body?.cancel();
      return undefined;
    }
    if (response.status !== 204) throw await this.failure("GET", response);
    const range = /^(?:bytes=)?0-(\d+)$/.exec(response.headers.get("range") ?? "");
    const last = range ? Number(range[1]) : -1;
    // distribution reports an empty upload as `0-0`, the same as a one-byte one; chunks are never one byte.
    return {
      location: response.headers.get("location") ? this.location(response) : location,
      offset: last > 0 ? last + 1 : 0,
    };
  }

  private async startUpload(repository: string): Promise<UploadSession> {
    const response = await this.expect(
      "POST",
      `/v2/${repository}/blobs/uploads/`,
      { scopes: [pushScope(repository)], headers: { "content-length": "0" }, retry: true },
      [202],
    );
    return this.session(response);
  }

  private session(response: Response): UploadSession {
    const minChunkLength = parseChunkMinLength(response.headers.get("oci-chunk-min-length"));
    return { location: this.location(response), ...(minChunkLength ? { minChunkLength } : {}) };
  }

  private location(response: Response): URL {
    const header = response.headers.get("location");
    if (!header)
      throw new RegistryError("registry answered an upload without a Location", {
        status: response.status,
        method: "POST",
        url: response.url,
      });
    return new URL(header, this.baseUrl);
  }

  private async expect(
    method: string,
    path: string,
    options: SendOptions,
    statuses: number[],
  ): Promise<Response> {
    return this.expectAt(method, new URL(path, this.baseUrl), options, statuses);
  }

  private async expectAt(
    method: string,
    url: URL,
    options: SendOptions,
    statuses: number[],
  ): Promise<Response> {
    const response = await this.send(method, url, options);
    if (!statuses.includes(response.status)) throw await this.failure(method, response, url);
    return response;
  }

  /** One request with authentication, retried on 5xx and network errors when `retry` is set. */
  async send(method: string, target: string | URL, options: SendOptions): Promise<Response> {
    const url = typeof target === "string" ? new URL(target, this.baseUrl) : target;
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await this.sendOnce(method, url, options);
        if (response.status < 500 || !options.retry || attempt >= this.retries) return response;
        await response.body?.cancel();
      } catch (error) {
        if (error instanceof RegistryError || !options.retry || attempt >= this.retries) {
          throw error instanceof RegistryError ? error : this.networkError(method, url, error as Error);
        }
      }
      await this.pause(attempt);
    }
  }

  private async sendOnce(method: string, url: URL, options: SendOptions): Promise<Response> {
    const key = options.scopes.join(" ");
    let response = await this.fetchWithAuth(method, url, options, key);
    if (response.status !== 401) return response;
    const challenge = parseWwwAuthenticate(response.headers.get("www-authenticate") ?? "");
    await response.body?.cancel();
    if (challenge?.scheme === "bearer") {
      const scopes = [
        ...new Set([...(challenge.params.scope ? challenge.params.scope.split(" ") : []), ...options.scopes]),
      ];
      this.tokens.set(key, await fetchBearerToken(challenge, scopes, this.credentials, this.userAgent));
    } else if (challenge?.scheme === "basic" && this.credentials && !this.basic) {
      this.basic = true;
    } else {
      return response;
    }
    response = await this.fetchWithAuth(method, url, options, key);
    return response;
  }

  private fetchWithAuth(method: string, url: URL, options: SendOptions, key: string): Promise<Response> {
    const headers: Record<string, string> = { "user-agent": this.userAgent, ...options.headers };
    const token = this.tokens.get(key);
    if (token) headers.authorization = `Bearer ${token}`;
    else if (this.basic && this.credentials) headers.authorization = basicAuthorization(this.credentials);
    if (options.upload) return streamRequest(method, url, headers, options.upload);
    return fetch(url, { method, headers, ...(options.body ? { body: options.body } : {}) });
  }

  /** `url` names the request when the response does not (those of streamed uploads). */
  private async failure(method: string, response: Response, url?: URL): Promise<RegistryError> {
    const { code, text } = await describeErrorBody(response);
    const where = new URL(response.url || url?.href || this.baseUrl);
    return new RegistryError(
      `${method} ${where.host}${where.pathname} failed: ${response.status} ${response.statusText}${text ? ` (${text})` : ""}`,
      { status: response.status, method, url: where.origin + where.pathname, ...(code ? { code } : {}) },
    );
  }

  private networkError(method: string, url: URL, error: Error): RegistryError {
    const cause = (error.cause as Error | undefined)?.message ?? error.message;
    return new RegistryError(`${method} ${url.host}${url.pathname} failed: ${cause}`, {
      status: 0,
      method,
      url: url.origin + url.pathname,
    });
  }

  private pause(attempt: number): Promise<void> {
    return sleep(this.retryDelayMs * 2 ** attempt);
  }
}

/** The limit a registry named when it refused a request body as too large (ghcr.io: 416), if any. */
function requestSizeLimit(error: RegistryError): number | undefined {
  return error.status === 416 || error.status === 413 ? parseRequestSizeLimit(error.message) : undefined;
}

function blobRange(blob: BlobSource, offset: number, length: number): StreamBody {
  return { length, writeTo: (sink) => blob.writeTo(sink, offset, length) };
}

function withDigest(location: URL, digest: Digest): URL {
  const url = new URL(location);
  url.searchParams.set("digest", digest);
  return url;
}
