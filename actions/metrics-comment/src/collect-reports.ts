import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { CommentReport } from "@mlops-actions/comment";
import { annotate, REPORT_SCHEMA, workspaceRelative } from "@mlops-actions/kit";

export interface CollectedReport extends CommentReport {
  /** Empty for a report made in this step (metrics diffed directly). */
  file: string;
  createdAt?: string;
}

const STATUSES = new Set(["pass", "warn", "fail", "error"]);

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
    const report = asReport(value);
    if (!report || report.action === "metrics-comment") continue;
    reports.push({ ...report, file });
  }
  return reports.sort((a, b) => (a.createdAt ?? "").localeCompare(b.createdAt ?? ""));
}

function asReport(value: unknown): (CommentReport & { createdAt: string }) | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const report = value as Record<string, unknown>;
  if (report.schema !== REPORT_SCHEMA || typeof report.action !== "string") return undefined;
  if (typeof report.status !== "string" || !STATUSES.has(report.status)) return undefined;
  const data = typeof report.data === "object" && report.data !== null ? report.data : {};
  return {
    action: report.action,
    status: report.status as CommentReport["status"],
    summary: typeof report.summary === "string" ? report.summary : report.status,
    data: data as Record<string, unknown>,
    ...(typeof report.job === "string" && { job: report.job }),
    createdAt: typeof report.createdAt === "string" ? report.createdAt : "",
  };
}
