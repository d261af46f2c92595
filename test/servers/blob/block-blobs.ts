import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { BlobUrlSigner } from "./signed-url.ts";

/**
 * The Azure Blob Storage calls the Actions toolkit makes on the signed URLs a results service hands out,
 * for blobs under one path prefix (`/actions/artifacts/`, `/actions/caches/`), each named
 * `<prefix><id>/<file>`. Uploads: `PUT ?comp=block&blockid=<base64>` stages a chunk and
 * `PUT ?comp=blocklist` (an XML list of block ids, the content type in `x-ms-blob-content-type`) commits
 * them; a single-shot Put Blob (`PUT` with `x-ms-blob-type: BlockBlob`) only where `acceptsPutBlob`.
 * Reads: `HEAD` and `GET`, ranged with `x-ms-range` or `Range` (206). Blocks and the committed blob of an
 * upload in progress live here until the owner closes the upload; finalized blobs come from `findBlob`.
 */
export interface BlockBlobOptions {
  prefix: string;
  signer: BlobUrlSigner;
  /** The toolkit package whose calls are served, named in errors for calls it never makes. */
  client: string;
  acceptsPutBlob: boolean;
  /** Said when writing to a blob whose upload is closed. */
  immutableMessage: string;
  findBlob(id: number): StoredBlob | undefined;
}

export interface CommittedBlob {
  bytes: Buffer;
  contentType: string;
}

export interface StoredBlob extends CommittedBlob {
  /** Sent as `Content-Disposition` when given. */
  fileName?: string;
  etag?: string;
}

interface Upload {
  staged: Map<string, Buffer>;
  committed?: CommittedBlob;
}

const storageVersion = "2025-01-05";
const urlLifetimeMs = 60 * 60 * 1000;

export class BlockBlobs {
  readonly #options: BlockBlobOptions;
  readonly #uploads = new Map<number, Upload>();

  constructor(options: BlockBlobOptions) {
    this.#options = options;
  }

  /** Opens the blob `id` for upload; returns its signed upload URL. */
  openUpload(id: number, fileName: string): string {
    this.#uploads.set(id, { staged: new Map() });
    return this.signedUrl(id, fileName, "cw");
  }

  signedUrl(id: number, fileName: string, permission: "cw" | "r"): string {
    const path = `${this.#options.prefix}${id}/${encodeURIComponent(fileName)}`;
    return this.#options.signer.sign(path, permission, new Date(Date.now() + urlLifetimeMs));
  }

  /** The committed blob of an upload in progress, if the client has committed one. */
  committed(id: number): CommittedBlob | undefined {
    return this.#uploads.get(id)?.committed;
  }

  /** Ends the upload: later writes are refused as immutable. */
  closeUpload(id: number): void {
    this.#uploads.delete(id);
  }

  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const id = Number(url.pathname.slice(this.#options.prefix.length).split("/")[0]);
    const reading = request.method === "GET" || request.method === "HEAD";
    const problem = this.#options.signer.problemWith(url, reading ? "r" : "w");
    if (problem !== undefined) return sendStorageError(response, 403, "AuthenticationFailed", problem);
    if (reading) return this.#read(request, response, id);
    if (request.method !== "PUT") {
      return sendStorageError(
        response,
        405,
        "UnsupportedHttpVerb",
        `The resource doesn't support ${request.method}.`,
      );
    }
    const upload = this.#uploads.get(id);
    if (upload === undefined) {
      return sendStorageError(response, 409, "BlobImmutableDueToPolicy", this.#options.immutableMessage);
    }
    const body = await readBody(request);
    const comp = url.searchParams.get("comp");
    if (comp === "block") return stageBlock(response, upload, url.searchParams.get("blockid"), body);
    if (comp === "blocklist") return commitBlockList(request, response, upload, body);
    if (comp === null && this.#options.acceptsPutBlob && header(request, "x-ms-blob-type") === "BlockBlob") {
      upload.committed = { bytes: body, contentType: contentTypeOf(request) };
      return sendCreated(response);
    }
    sendStorageError(
      response,
      400,
      "InvalidQueryParameterValue",
      `comp=${comp ?? ""} is not an operation ${this.#options.client} uses.`,
    );
  }

  #read(request: IncomingMessage, response: ServerResponse, id: number): void {
    const blob = this.#options.findBlob(id);
    if (blob === undefined) {
      sendStorageError(response, 404, "BlobNotFound", "The specified blob does not exist.");
      return;
    }
    const { bytes } = blob;
    const range = /^bytes=(\d+)-(\d*)$/.exec(header(request, "x-ms-range") ?? header(request, "range") ?? "");
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
    if (range && start >= bytes.length) {
      sendStorageError(response, 416, "InvalidRange", "The range specified is invalid for the current size.");
      return;
    }
    const part = bytes.subarray(start, end + 1);
    response.writeHead(range ? 206 : 200, {
      ...storageHeaders(),
      "content-type": blob.contentType,
      "content-length": part.length,
      "accept-ranges": "bytes",
      "x-ms-blob-type": "BlockBlob",
      "last-modified": new Date().toUTCString(),
      ...(blob.etag === undefined ? {} : { etag: blob.etag }),
      ...(blob.fileName === undefined ? {} : { "content-disposition": contentDisposition(blob.fileName) }),
      ...(range ? { "content-range": `bytes ${start}-${end}/${bytes.length}` } : {}),
    });
    response.end(request.method === "HEAD" ? undefined : part);
  }
}

function stageBlock(response: ServerResponse, upload: Upload, blockId: string | null, body: Buffer): void {
  // Azure requires a base64 block id of at most 64 bytes before encoding.
  if (blockId === null || !isBase64(blockId) || Buffer.from(blockId, "base64").length > 64) {
    sendStorageError(
      response,
      400,
      "InvalidBlockId",
      `The block id ${JSON.stringify(blockId)} is not valid.`,
    );
    return;
  }
  upload.staged.set(blockId, body);
  response.writeHead(201, {
    ...storageHeaders(),
    "content-length": 0,
    "x-ms-request-server-encrypted": "true",
  });
  response.end();
}

function commitBlockList(
  request: IncomingMessage,
  response: ServerResponse,
  upload: Upload,
  body: Buffer,
): void {
  const xml = body.toString("utf8");
  if (!/<BlockList>[\s\S]*<\/BlockList>|<BlockList\s*\/>/.test(xml)) {
    sendStorageError(response, 400, "InvalidXmlDocument", "The request body is not a block list.");
    return;
  }
  // Block ids are base64, so an element's text never holds markup.
  const blockIds = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map(
    (match) => match[2] ?? "",
  );
  const missing = blockIds.find((id) => !upload.staged.has(id));
  if (missing !== undefined) {
    sendStorageError(response, 400, "InvalidBlockList", `The block ${missing} was never staged.`);
    return;
  }
  const bytes = Buffer.concat(blockIds.map((id) => upload.staged.get(id) ?? Buffer.alloc(0)));
  upload.committed = { bytes, contentType: contentTypeOf(request) };
  // Committing discards every staged block that is not in the list.
  upload.staged.clear();
  sendCreated(response);
}

function sendCreated(response: ServerResponse): void {
  response.writeHead(201, {
    ...storageHeaders(),
    "content-length": 0,
    etag: `"0x${randomUUID().replaceAll("-", "").slice(0, 15).toUpperCase()}"`,
    "last-modified": new Date().toUTCString(),
    "x-ms-request-server-encrypted": "true",
  });
  response.end();
}

function sendStorageError(response: ServerResponse, status: number, code: string, message: string): void {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${escapeXml(message)}</Message></Error>`;
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

function contentTypeOf(request: IncomingMessage): string {
  return header(request, "x-ms-blob-content-type") ?? "application/octet-stream";
}

function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function isBase64(text: string): boolean {
  return text.length > 0 && text.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(text);
}

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
