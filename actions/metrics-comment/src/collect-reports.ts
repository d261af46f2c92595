import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type CommentReport, parseCommentReport } from "@mlops-actions/comment";
import { annotate, workspaceRelative } from "@mlops-actions/kit";

export interface CollectedReport extends CommentReport {
  /** Empty for a report made in this step (metrics diffed directly). */
  file: string;
  createdAt?: string;
}

/** The JSON files of a reports folder (a missing folder has none). */
export async function reportFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return entries
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * Reads `mlops-actions/report@1` files, oldest first. Other JSON files (an artifact folder may hold
 * metrics too) are skipped quietly; unreadable reports get a warning, never a failure: the comment is
 * still worth posting with what is there. This action's own reports are left out.
 */
export async function readReports(files: string[]): Promise<CollectedReport[]> {
  const reports: CollectedReport[] = [];
  for (const file of files.filter((f) => f.endsWith(".json"))) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, "utf8"));
    } catch (error) {
      annotate({
        level: "warning",
        file,
        message: `Skipping report ${workspaceRelative(file)}: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    const report = parseCommentReport(value);
    if (!report) continue;
    reports.push({ ...report, file });
  }
  return reports.sort((a, b) => (a.createdAt ?? "").localeCompare(b.createdAt ?? ""));
}
