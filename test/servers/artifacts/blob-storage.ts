import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ArtifactStore } from "../artifact-store.ts";
import type { BlobUrlSigner } from "./signed-url.ts";

/**
 * The Azure Blob Storage calls `@actions/artifact` makes on the signed URLs the service hands out:
 * `BlockBlobClient.uploadStream` stages each chunk with `PUT ?comp=block&blockid=<base64>` and then
 * commits them with `PUT ?comp=blocklist` (an XML list of block ids, the blob's content type in
 * `x-ms-blob-content-type`); downloads are a plain `GET` of the blob. Finalized bytes live in the shared
 * ArtifactStore; blocks and the committed blob of an upload in progress live here until FinalizeArtifact.
 */
export const blobPathPrefix = "/actions/artifacts/";

const storageVersion = "2025-01-05";
const urlLifetimeMs = 60 * 60 * 1000;

interface Upload {
  fileName: string;
  staged: Map<string, Buffer>;
  committed?: { bytes: Buffer; contentType: string };
}

interface Download {
  fileName: string;
  contentType: string;
}

export class BlobStorage {
  readonly #store: ArtifactStore;
  readonly #signer: BlobUrlSigner;
  readonly #uploads = new Map<number, Upload>();
  readonly #downloads = new Map<number, Download>();

  constructor(store: ArtifactStore, signer: BlobUrlSigner) {
    this.#store = store;
    this.#signer = signer;
  }

  /** Opens the blob of a new artifact for upload; returns its signed upload URL. */
  openUpload(artifactId: number, fileName: string): string {
    this.#uploads.set(artifactId, { fileName, staged: new Map() });
    return this.#signer.sign(blobPath(artifactId, fileName), "cw", new Date(Date.now() + urlLifetimeMs));
  }

  /** The committed blob of an upload in progress, if the client has committed one. */
  committed(artifactId: number): { bytes: Buffer; contentType: string } | undefined {
    return this.#uploads.get(artifactId)?.committed;
  }

  /** Ends the upload: the blob becomes read-only and is served with the content type it was committed with. */
  seal(artifactId: number): void {
    const upload = this.#uploads.get(artifactId);
    if (upload?.committed === undefined) return;
    this.#downloads.set(artifactId, { fileName: upload.fileName, contentType: upload.committed.contentType });
    this.#uploads.delete(artifactId);
  }

  forget(artifactId: number): void {
    this.#uploads.delete(artifactId);
    this.#downloads.delete(artifactId);
  }

  /** A signed URL to read a finalized artifact, as GetSignedArtifactURL or the REST API's zip redirect give. */
  downloadUrl(artifactId: number): string | undefined {
    const artifact = this.#store.get(artifactId);
    if (artifact === undefined || !artifact.finalized) return undefined;
    const fileName = this.#downloads.get(artifactId)?.fileName ?? `${artifact.name}.zip`;
    return this.#signer.sign(blobPath(artifactId, fileName), "r", new Date(Date.now() + urlLifetimeMs));
  }

  async handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const artifactId = Number(url.pathname.slice(blobPathPrefix.length).split("/")[0]);
    const needed = request.method === "GET" || request.method === "HEAD" ? "r" : "w";
    const problem = this.#signer.problemWith(url, needed);
    if (problem !== undefined) {
      return sendStorageError(response, 403, "AuthenticationFailed", problem);
    }
    if (needed === "r") {
      return this.#read(request, response, artifactId);
    }
    const upload = this.#uploads.get(artifactId);
    if (request.method !== "PUT") {
      return sendStorageError(
        response,
        405,
        "UnsupportedHttpVerb",
        `The resource doesn't support ${request.method}.`,
      );
    }
    if (upload === undefined) {
      return sendStorageError(
        response,
        409,
        "BlobImmutableDueToPolicy",
        "The artifact is finalized or gone.",
      );
    }
    const body = await readBody(request);
    const comp = url.searchParams.get("comp");
    if (comp === "block") {
      return stageBlock(response, upload, url.searchParams.get("blockid"), body);
    }
    if (comp === "blocklist") {
      return commitBlockList(request, response, upload, body);
    }
    sendStorageError(
      response,
      400,
      "InvalidQueryParameterValue",
      `comp=${comp ?? ""} is not an operation @actions/artifact uses; only comp=block and comp=blocklist are served.`,
    );
  }

  #read(request: IncomingMessage, response: ServerResponse, artifactId: number): void {
    const artifact = this.#store.get(artifactId);
    if (artifact === undefined || !artifact.finalized) {
      sendStorageError(response, 404, "BlobNotFound", "The specified blob does not exist.");
      return;
    }
    const download = this.#downloads.get(artifactId) ?? {
      fileName: `${artifact.name}.zip`,
      contentType: "application/zip",
    };
    response.writeHead(200, {
      ...storageHeaders(),
      "content-type": download.contentType,
      "content-length": artifact.zip.length,
      "content-disposition": `attachment; filename="${asciiFileName(download.fileName)}"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
      "x-ms-blob-type": "BlockBlob",
    });
    response.end(request.method === "HEAD" ? undefined : artifact.zip);
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
  const contentType = header(request, "x-ms-blob-content-type") ?? "application/octet-stream";
  upload.committed = { bytes, contentType };
  // Committing discards every staged block that is not in the list.
  upload.staged.clear();
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

function blobPath(artifactId: number, fileName: string): string {
  return `${blobPathPrefix}${artifactId}/${encodeURIComponent(fileName)}`;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function isBase64(text: string): boolean {
  return text.length > 0 && text.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(text);
}

function asciiFileName(fileName: string): string {
  return fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
}

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
