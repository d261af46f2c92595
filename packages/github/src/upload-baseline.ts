import { relative } from "node:path";

export interface UploadBaselineOptions {
  name: string;
  /** Absolute paths of the metrics files. */
  files: readonly string[];
  /** The folder names in the artifact are relative to (the workspace), so a later run finds them by path. */
  root: string;
  retentionDays?: number;
}

/** Uploads the metrics as this run's baseline artifact with `@actions/artifact` (loaded only here). */
export async function uploadBaselineArtifact(
  options: UploadBaselineOptions,
): Promise<{ id?: number; size?: number }> {
  const outside = options.files.filter((file) => relative(options.root, file).startsWith(".."));
  if (outside.length > 0) throw new Error(`metrics files outside ${options.root}: ${outside.join(", ")}`);
  const { DefaultArtifactClient } = await import("@actions/artifact");
  return new DefaultArtifactClient().uploadArtifact(options.name, [...options.files], options.root, {
    ...(options.retentionDays !== undefined && { retentionDays: options.retentionDays }),
  });
}

/** `save-baseline: auto` uploads on a push to the repository's default branch only. */
export function isPushToDefaultBranch(
  eventName: string,
  ref: string,
  payload: Record<string, unknown>,
): boolean {
  if (eventName !== "push") return false;
  const repository = payload.repository as { default_branch?: unknown } | undefined;
  const defaultBranch =
    typeof repository?.default_branch === "string" ? repository.default_branch : undefined;
  return defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`;
}
