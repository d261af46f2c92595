import { dirname, relative } from "node:path";
import * as core from "@actions/core";
import { getContext } from "@mlops-actions/kit";

export interface UploadedArtifact {
  id: number;
  url: string;
  size: number;
}

/** Uploads model, metrics and manifest as one artifact (`@actions/artifact` is loaded only here). */
export async function uploadRunArtifact(
  name: string,
  files: string[],
  retentionDays: number | undefined,
): Promise<UploadedArtifact> {
  const { DefaultArtifactClient } = await import("@actions/artifact");
  const root = commonRoot(files);
  const uploaded = await new DefaultArtifactClient().uploadArtifact(name, files, root, {
    ...(retentionDays === undefined ? {} : { retentionDays }),
  });
  if (uploaded.id === undefined) throw new Error(`the artifact service returned no id for ${name}`);
  const context = getContext();
  const url = context.runUrl
    ? `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}/artifacts/${uploaded.id}`
    : "";
  core.info(`Uploaded artifact '${name}' (${uploaded.size ?? 0} bytes) from ${root}`);
  return { id: uploaded.id, url, size: uploaded.size ?? 0 };
}

function commonRoot(files: string[]): string {
  let root = dirname(files[0] ?? ".");
  while (files.some((file) => relative(root, file).startsWith(".."))) root = dirname(root);
  return root;
}
