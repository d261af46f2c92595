import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { BlobUrlSigner } from "../artifacts/signed-url.ts";
import type { CacheStore } from "./cache-store.ts";

/**
 * The Azure Blob Storage calls `@actions/cache` v2 makes on the signed URLs the cache service hands out
 * (it always uses the storage SDK there): `BlockBlobClient.uploadFile` sends an archive of up to 128 MiB
 * as one `PUT` (Put Blob, `x-ms-blob-type: BlockBlob`) and a larger one as `PUT ?comp=block` chunks
 * committed by `PUT ?comp=blocklist`; a restore reads the size with `HEAD` (Get Blob Properties) and
 * the bytes with ranged `GET`s (`x-ms-range: bytes=a-b`, 206 Partial Content).
 */
export const cacheBlobPrefix = "/actions/caches/";

const storageVersion = "2025-01-05";
const urlLifetimeMs = 60 * 60 * 1000;

interface Upload {
  staged: Map<string, Buffer>;
  committed?: Buffer;
}

export class CacheBlobs {
  readonly #store: CacheStore;
  readonly #signer: BlobUrlSigner;
  readonly #uploads = new Map<number, Upload>();

  constructor(store: CacheStore, signer: BlobUrlSigner) {
    this.#store = store;
    this.#signer = signer;
  }

  uploadUrl(entryId: number): string {
    this.#uploads.set(entryId, { staged: new Map() });
    return this.#signer.sign(blobPath(entryId), "cw", new Date(Date.now() + urlLifetimeMs));
  }

  downloadUrl(entryId: number): string {
    return this.#signer.sign(blobPath(entryId), "r", new Date(Date.now() + urlLifetimeMs));
  }

  /** The bytes the client committed for an entry, taken out of the upload area. */
  takeCommitted(entryId: number): Buffer | undefined {
    const committed = this.#uploads.get(entryId)?.committed;
    if (committed !== undefined) this.#uploads.delete(entryId);
    return committed;
  }

  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const entryId = Number(url.pathname.slice(cacheBlobPrefix.length).split("/")[0]);
    const reading = request.method === "GET" || request.method === "HEAD";
    const problem = this.#signer.problemWith(url, reading ? "r" : "w");
    if (problem !== undefined) return storageError(response, 403, "AuthenticationFailed", problem);
    if (reading) return this.#read(request, response, entryId);
    if (request.method !== "PUT") {
      return storageError(
        response,
        405,
        "UnsupportedHttpVerb",
        `The resource doesn't support ${request.method}.`,
      );
    }
    const upload = this.#uploads.get(entryId);
    if (upload === undefined)
      return storageError(response, 409, "BlobImmutableDueToPolicy", "The entry is finalized.");
    const body = await readBody(request);
    const comp = url.searchParams.get("comp");
    if (comp === "block") {
      const blockId = url.searchParams.get("blockid");
      if (!blockId) return storageError(response, 400, "InvalidBlockId", "A block id is required.");
      upload.staged.set(blockId, body);
      return created(response);
    }
    if (comp === "blocklist") {
      const ids = [...body.toString("utf8").matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(
        (match) => match[2] ?? "",
      );
      const missing = ids.find((id) => !upload.staged.has(id));
      if (missing !== undefined)
        return storageError(response, 400, "InvalidBlockList", `Block ${missing} was never staged.`);
      upload.committed = Buffer.concat(ids.map((id) => upload.staged.get(id) ?? Buffer.alloc(0)));
      upload.staged.clear();
      return created(response);
    }
    if (comp === null && request.headers["x-ms-blob-type"] === "BlockBlob") {
      upload.committed = body;
      return created(response);
    }
    storageError(
      response,
      400,
      "InvalidQueryParameterValue",
      `Not an operation @actions/cache uses: comp=${comp}`,
    );
  }

  #read(request: IncomingMessage, response: ServerResponse, entryId: number): void {
    const bytes = this.#store.all().find((entry) => entry.id === entryId)?.bytes;
    if (bytes === undefined) {
      storageError(response, 404, "BlobNotFound", "The specified blob does not exist.");
      return;
    }
    const range = /^bytes=(\d+)-(\d*)$/.exec(
      String(request.headers["x-ms-range"] ?? request.headers.range ?? ""),
    );
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
    if (range && start >= bytes.length) {
      storageError(response, 416, "InvalidRange", "The range specified is invalid for the current size.");
      return;
    }
    const part = bytes.subarray(start, end + 1);
    response.writeHead(range ? 206 : 200, {
      ...storageHeaders(),
      "content-type": "application/octet-stream",
      "content-length": part.length,
      "accept-ranges": "bytes",
      "x-ms-blob-type": "BlockBlob",
      etag: `"0x${entryId.toString(16).padStart(15, "0")}"`,
      "last-modified": new Date().toUTCString(),
      ...(range ? { "content-range": `bytes ${start}-${end}/${bytes.length}` } : {}),
    });
    response.end(request.method === "HEAD" ? undefined : part);
  }
}

function created(response: ServerResponse): void {
  response.writeHead(201, {
    ...storageHeaders(),
    "content-length": 0,
    etag: `"0x${randomUUID().replaceAll("-", "").slice(0, 15).toUpperCase()}"`,
    "last-modified": new Date().toUTCString(),
    "x-ms-request-server-encrypted": "true",
  });
  response.end();
}

function storageError(response: ServerResponse, status: number, code: string, message: string): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message.replaceAll("<", "&lt;")}</Message></Error>`;
  response.writeHead(status, {
    ...storageHeaders(),
    "content-type": "application/xml",
    "content-length": Buffer.byteLength(xml),
    "x-ms-error-code": code,
  });
  response.end(xml);
}

function storageHeaders(): Record<string, string> {
  return { "x-ms-request-id": randomUUID(), "x-ms-version": storageVersion, date: new Date().toUTCString() };
}

function blobPath(entryId: number): string {
  return `${cacheBlobPrefix}${entryId}/cache.tzst`;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
