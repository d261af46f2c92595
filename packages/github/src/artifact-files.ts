import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BaselineFile } from "./baseline-types.ts";

export interface DownloadArtifactOptions {
  artifactId: number;
  /** The run that uploaded it (another run than this one). */
  runId: number;
  owner: string;
  repo: string;
  token: string;
  /** A fresh folder is made under it. */
  tempDir: string;
}

/**
 * Downloads another run's artifact through the REST API (`@actions/artifact`'s `findBy`, which follows
 * GitHub's redirect to signed storage and unzips) and returns its files. `@actions/artifact` is loaded
 * only here, so runs that never download do not pay for it.
 */
export async function downloadArtifactFiles(options: DownloadArtifactOptions): Promise<BaselineFile[]> {
  const { DefaultArtifactClient } = await import("@actions/artifact");
  const path = await mkdtemp(join(options.tempDir, "baseline-"));
  await new DefaultArtifactClient().downloadArtifact(options.artifactId, {
    path,
    findBy: {
      token: options.token,
      workflowRunId: options.runId,
      repositoryOwner: options.owner,
      repositoryName: options.repo,
    },
  });
  return readFolderFiles(path);
}

/** Every file under a folder, named by its path relative to the folder with `/`, sorted. */
export async function readFolderFiles(folder: string): Promise<BaselineFile[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      name: file.slice(folder.length + 1).replaceAll("\\", "/"),
      text: await readFile(file, "utf8"),
    })),
  );
}
