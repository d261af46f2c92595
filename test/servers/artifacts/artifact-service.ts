import { createHash } from "node:crypto";
import type { ArtifactStore, StoredArtifact } from "../artifact-store.ts";
import type { BackendIdRegistry } from "./backend-ids.ts";
import type { BlobStorage } from "./blob-storage.ts";
import {
  type RunScopedRequest,
  readCreateArtifact,
  readFinalizeArtifact,
  readListArtifacts,
  readNamed,
} from "./messages.ts";
import type { BackendIds } from "./runtime-token.ts";
import { TwirpError } from "./twirp.ts";

/**
 * The methods of `github.actions.results.api.v1.ArtifactService` that `@actions/artifact` v6 calls, over
 * the shared ArtifactStore. Every call is scoped to the workflow run its runtime token names.
 */
export type ArtifactServiceMethod = (token: BackendIds, body: Record<string, unknown>) => unknown;

const defaultRetentionDays = 90;
// Characters the client refuses in artifact names; the service refuses them too.
const forbiddenNameCharacters = /["\\:<>|*?\r\n/]/;

export class ArtifactService {
  readonly #store: ArtifactStore;
  readonly #repository: string;
  readonly #backendIds: BackendIdRegistry;
  readonly #blobs: BlobStorage;
  readonly #jobBackendIds = new Map<number, string>();
  readonly #pending = new Map<string, number>();

  constructor(store: ArtifactStore, repository: string, backendIds: BackendIdRegistry, blobs: BlobStorage) {
    this.#store = store;
    this.#repository = repository;
    this.#backendIds = backendIds;
    this.#blobs = blobs;
  }

  readonly methods: Readonly<Record<string, ArtifactServiceMethod>> = {
    CreateArtifact: (token, body) => this.#create(token, body),
    FinalizeArtifact: (token, body) => this.#finalize(token, body),
    ListArtifacts: (token, body) => this.#list(token, body),
    GetSignedArtifactURL: (token, body) => this.#signedUrl(token, body),
    DeleteArtifact: (token, body) => this.#delete(token, body),
  };

  #create(token: BackendIds, body: Record<string, unknown>): unknown {
    const request = readCreateArtifact(body);
    const runId = this.#runOf(token, request, { sameJob: true });
    if (forbiddenNameCharacters.test(request.name)) {
      throw new TwirpError(
        "invalid_argument",
        `the artifact name ${JSON.stringify(request.name)} has a forbidden character`,
      );
    }
    if (request.version < 4) {
      throw new TwirpError(
        "invalid_argument",
        `artifact version ${request.version} is not served; v4 or later is`,
      );
    }
    const now = new Date();
    if (request.expiresAt !== undefined && request.expiresAt <= now) {
      throw new TwirpError("invalid_argument", "expires_at is in the past");
    }
    if (
      this.#pendingArtifact(runId, request.name) !== undefined ||
      this.#finalizedArtifact(runId, request.name)
    ) {
      throw new TwirpError(
        "already_exists",
        `an artifact with the name ${JSON.stringify(request.name)} already exists on workflow run ${runId}`,
      );
    }
    const expiresAt = request.expiresAt ?? new Date(now.getTime() + defaultRetentionDays * 86_400_000);
    const artifact = this.#store.create({
      name: request.name,
      runId,
      repository: this.#repository,
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    this.#jobBackendIds.set(artifact.id, request.workflowJobRunBackendId);
    this.#pending.set(pendingKey(runId, request.name), artifact.id);
    return {
      ok: true,
      signed_upload_url: this.#blobs.openUpload(artifact.id, blobFileName(request.name, request.mimeType)),
    };
  }

  #finalize(token: BackendIds, body: Record<string, unknown>): unknown {
    const request = readFinalizeArtifact(body);
    const runId = this.#runOf(token, request, { sameJob: true });
    const artifact = this.#pendingArtifact(runId, request.name);
    if (artifact === undefined) {
      const already = this.#finalizedArtifact(runId, request.name) !== undefined;
      throw new TwirpError(
        already ? "failed_precondition" : "not_found",
        already
          ? `the artifact ${JSON.stringify(request.name)} is already finalized`
          : `no artifact named ${JSON.stringify(request.name)} is being uploaded in workflow run ${runId}`,
      );
    }
    const blob = this.#blobs.committed(artifact.id);
    if (blob === undefined) {
      throw new TwirpError(
        "failed_precondition",
        `no blob was committed for the artifact ${JSON.stringify(request.name)}`,
      );
    }
    if (request.size !== blob.bytes.length) {
      throw new TwirpError(
        "invalid_argument",
        `size ${request.size} does not match the ${blob.bytes.length} bytes uploaded for ${JSON.stringify(request.name)}`,
      );
    }
    const digest = `sha256:${createHash("sha256").update(blob.bytes).digest("hex")}`;
    if (request.hash !== undefined && request.hash !== digest) {
      throw new TwirpError(
        "invalid_argument",
        `hash ${request.hash} does not match the uploaded content's ${digest}`,
      );
    }
    Object.assign(artifact, { zip: blob.bytes, size: blob.bytes.length, digest, finalized: true });
    this.#blobs.seal(artifact.id);
    this.#pending.delete(pendingKey(runId, request.name));
    return { ok: true, artifact_id: String(artifact.id) };
  }

  #list(token: BackendIds, body: Record<string, unknown>): unknown {
    const request = readListArtifacts(body);
    const runId = this.#runOf(token, request, { sameJob: false });
    const artifacts = this.#store
      .listByRun(runId, request.nameFilter)
      .filter((artifact) => artifact.repository === this.#repository)
      .filter((artifact) => request.idFilter === undefined || artifact.id === request.idFilter);
    return { artifacts: artifacts.map((artifact) => this.#monolithArtifact(token, artifact)) };
  }

  #signedUrl(token: BackendIds, body: Record<string, unknown>): unknown {
    const request = readNamed(body);
    const runId = this.#runOf(token, request, { sameJob: false });
    const artifact = this.#requireFinalized(runId, request.name);
    return { signed_url: this.#blobs.downloadUrl(artifact.id) };
  }

  #delete(token: BackendIds, body: Record<string, unknown>): unknown {
    const request = readNamed(body);
    const runId = this.#runOf(token, request, { sameJob: false });
    const artifact = this.#requireFinalized(runId, request.name);
    this.#store.delete(artifact.id);
    this.#blobs.forget(artifact.id);
    this.#jobBackendIds.delete(artifact.id);
    return { ok: true, artifact_id: String(artifact.id) };
  }

  /**
   * The run a request may act on: the one its token names. Uploads must also come from the token's job;
   * reads may name another job of the run (GetSignedArtifactURL names the job that uploaded).
   */
  #runOf(token: BackendIds, request: RunScopedRequest, { sameJob }: { sameJob: boolean }): number {
    const runId = this.#backendIds.runIdOf(token.workflowRunBackendId);
    if (
      runId === undefined ||
      request.workflowRunBackendId !== token.workflowRunBackendId ||
      (sameJob && request.workflowJobRunBackendId !== token.workflowJobRunBackendId)
    ) {
      throw new TwirpError(
        "permission_denied",
        "the runtime token does not grant access to this workflow run or job",
      );
    }
    return runId;
  }

  #pendingArtifact(runId: number, name: string): StoredArtifact | undefined {
    const id = this.#pending.get(pendingKey(runId, name));
    const artifact = id === undefined ? undefined : this.#store.get(id);
    // The REST API may have deleted it from the shared store meanwhile.
    return artifact?.finalized === false ? artifact : undefined;
  }

  #finalizedArtifact(runId: number, name: string): StoredArtifact | undefined {
    return this.#store.listByRun(runId, name).find((artifact) => artifact.repository === this.#repository);
  }

  #requireFinalized(runId: number, name: string): StoredArtifact {
    const artifact = this.#finalizedArtifact(runId, name);
    if (artifact === undefined) {
      throw new TwirpError("not_found", `no artifact named ${JSON.stringify(name)} in workflow run ${runId}`);
    }
    return artifact;
  }

  #monolithArtifact(token: BackendIds, artifact: StoredArtifact): Record<string, unknown> {
    return {
      workflow_run_backend_id: token.workflowRunBackendId,
      workflow_job_run_backend_id: this.#jobBackendIds.get(artifact.id) ?? token.workflowJobRunBackendId,
      database_id: String(artifact.id),
      name: artifact.name,
      size: String(artifact.size),
      created_at: artifact.createdAt,
      digest: artifact.digest,
    };
  }
}

function pendingKey(runId: number, name: string): string {
  return `${runId}\n${name}`;
}

/** Zipped artifacts are named `<name>.zip`; a file uploaded with skipArchive keeps its own name. */
function blobFileName(name: string, mimeType: string | undefined): string {
  const zipped = mimeType === undefined || mimeType === "application/zip";
  return zipped && !name.endsWith(".zip") ? `${name}.zip` : name;
}
