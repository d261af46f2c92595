import type { IncomingMessage, ServerResponse } from "node:http";
import type { ArtifactStore } from "../artifact-store.ts";
import { BlockBlobs, type CommittedBlob, type StoredBlob } from "../blob/block-blobs.ts";
import type { BlobUrlSigner } from "../blob/signed-url.ts";

/**
 * The artifacts' blobs, on the block-blob calls `@actions/artifact` makes (`BlockBlobClient.uploadStream`
 * stages chunks and commits a block list; a download is a plain `GET`). Finalized bytes live in the shared
 * ArtifactStore; blocks and the committed blob of an upload in progress live in `BlockBlobs` until
 * FinalizeArtifact.
 */
export const blobPathPrefix = "/actions/artifacts/";

interface Download {
  fileName: string;
  contentType: string;
}

export class BlobStorage {
  readonly #store: ArtifactStore;
  readonly #blobs: BlockBlobs;
  readonly #fileNames = new Map<number, string>();
  readonly #downloads = new Map<number, Download>();

  constructor(store: ArtifactStore, signer: BlobUrlSigner) {
    this.#store = store;
    this.#blobs = new BlockBlobs({
      prefix: blobPathPrefix,
      signer,
      client: "@actions/artifact",
      acceptsPutBlob: false,
      immutableMessage: "The artifact is finalized or gone.",
      findBlob: (artifactId) => this.#finalized(artifactId),
    });
  }

  /** Opens the blob of a new artifact for upload; returns its signed upload URL. */
  openUpload(artifactId: number, fileName: string): string {
    this.#fileNames.set(artifactId, fileName);
    return this.#blobs.openUpload(artifactId, fileName);
  }

  /** The committed blob of an upload in progress, if the client has committed one. */
  committed(artifactId: number): CommittedBlob | undefined {
    return this.#blobs.committed(artifactId);
  }

  /** Ends the upload: the blob becomes read-only and is served with the content type it was committed with. */
  seal(artifactId: number): void {
    const committed = this.#blobs.committed(artifactId);
    const fileName = this.#fileNames.get(artifactId);
    if (committed === undefined || fileName === undefined) return;
    this.#downloads.set(artifactId, { fileName, contentType: committed.contentType });
    this.#fileNames.delete(artifactId);
    this.#blobs.closeUpload(artifactId);
  }

  forget(artifactId: number): void {
    this.#fileNames.delete(artifactId);
    this.#downloads.delete(artifactId);
    this.#blobs.closeUpload(artifactId);
  }

  /** A signed URL to read a finalized artifact, as GetSignedArtifactURL or the REST API's zip redirect give. */
  downloadUrl(artifactId: number): string | undefined {
    const blob = this.#finalized(artifactId);
    return blob?.fileName === undefined ? undefined : this.#blobs.signedUrl(artifactId, blob.fileName, "r");
  }

  handle(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    return this.#blobs.handle(request, response, url);
  }

  #finalized(artifactId: number): StoredBlob | undefined {
    const artifact = this.#store.get(artifactId);
    if (artifact === undefined || !artifact.finalized) return undefined;
    const download = this.#downloads.get(artifactId);
    return {
      bytes: artifact.zip,
      fileName: download?.fileName ?? `${artifact.name}.zip`,
      contentType: download?.contentType ?? "application/zip",
    };
  }
}
