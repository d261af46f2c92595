/**
 * State shared by the loopback artifact service (what `@actions/artifact` uploads to) and the loopback
 * GitHub REST server (which lists artifacts by run and serves their zip), so that one simulated run can
 * upload an artifact and a later run can find and download it by run id, as on GitHub.
 */
export interface StoredArtifact {
  id: number;
  name: string;
  /** The workflow run (GITHUB_RUN_ID) that uploaded it. */
  runId: number;
  /** owner/name of the repository it belongs to. */
  repository: string;
  /** The zip the client uploaded (artifacts v4+ are stored as one zip). */
  zip: Buffer;
  size: number;
  /** "sha256:<hex>" of the zip, as the service reports it. */
  digest: string;
  createdAt: string;
  expiresAt: string;
  finalized: boolean;
}

export class ArtifactStore {
  readonly #artifacts = new Map<number, StoredArtifact>();
  #nextId = 1000;

  create(fields: Omit<StoredArtifact, "id" | "zip" | "size" | "digest" | "finalized">): StoredArtifact {
    const artifact: StoredArtifact = {
      ...fields,
      id: this.#nextId++,
      zip: Buffer.alloc(0),
      size: 0,
      digest: "",
      finalized: false,
    };
    this.#artifacts.set(artifact.id, artifact);
    return artifact;
  }

  get(id: number): StoredArtifact | undefined {
    return this.#artifacts.get(id);
  }

  /** Finalized artifacts of one run, optionally with one name; newest first. */
  listByRun(runId: number, name?: string): StoredArtifact[] {
    return this.all().filter((a) => a.runId === runId && (name === undefined || a.name === name));
  }

  /** Finalized artifacts of a repository, optionally with one name; newest first. */
  listByRepository(repository: string, name?: string): StoredArtifact[] {
    return this.all().filter((a) => a.repository === repository && (name === undefined || a.name === name));
  }

  delete(id: number): boolean {
    return this.#artifacts.delete(id);
  }

  private all(): StoredArtifact[] {
    return [...this.#artifacts.values()].filter((a) => a.finalized).sort((a, b) => b.id - a.id);
  }
}
