import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { type GitHubContext, getContext } from "./context.ts";
import { randomHex } from "./random-hex.ts";
import { writeOutput } from "./workflow-commands.ts";

export const REPORT_SCHEMA = "mlops-actions/report@1";

export type ReportStatus = "pass" | "warn" | "fail" | "error";

export interface Report<Data extends object = Record<string, unknown>> {
  schema: typeof REPORT_SCHEMA;
  action: string;
  status: ReportStatus;
  summary: string;
  git: { sha: string; ref: string };
  run: { id: number; attempt: number; url: string };
  job?: string;
  data: Data;
  createdAt: string;
}

export interface ReportInput<Data extends object> {
  action: string;
  status: ReportStatus;
  /** One line for people; newlines are folded into spaces. */
  summary: string;
  data: Data;
}

const ACTION_NAME = /^[a-z0-9][a-z0-9-]*$/;
const STATUSES: readonly ReportStatus[] = ["pass", "warn", "fail", "error"];

export function buildReport<Data extends object>(
  input: ReportInput<Data>,
  context: GitHubContext,
  now: Date = new Date(),
): Report<Data> {
  // These are programming errors in an action, not user mistakes.
  if (!ACTION_NAME.test(input.action)) throw new Error(`Invalid action name for a report: '${input.action}'`);
  if (!STATUSES.includes(input.status)) throw new Error(`Invalid report status: '${input.status}'`);
  if (typeof input.data !== "object" || input.data === null || Array.isArray(input.data)) {
    throw new Error("Report data must be an object");
  }
  const summary = input.summary.replace(/\s+/g, " ").trim() || input.status;
  return {
    schema: REPORT_SCHEMA,
    action: input.action,
    status: input.status,
    summary: summary.length > 1000 ? `${summary.slice(0, 997)}...` : summary,
    git: { sha: context.sha, ref: context.ref },
    run: { id: context.runId, attempt: context.runAttempt, url: context.runUrl },
    ...(context.job && { job: context.job }),
    data: input.data,
    createdAt: now.toISOString(),
  };
}

/** Where reports land: `$RUNNER_TEMP/mlops-actions/reports/`; metrics-comment reads them from here. */
export function reportsDir(context: GitHubContext = getContext()): string {
  return path.join(context.runnerTemp, "mlops-actions", "reports");
}

/**
 * Writes the step's report atomically (a temporary file renamed into place, so readers never see
 * half a report) to `<reportsDir>/<action>-<job>-<unique>.json`, sets the output `report` to its path
 * and returns the path.
 */
export async function writeReport<Data extends object>(
  input: ReportInput<Data>,
  context: GitHubContext = getContext(),
): Promise<string> {
  const report = buildReport(input, context);
  const dir = reportsDir(context);
  await mkdir(dir, { recursive: true });
  const unique = `${Date.now().toString(36)}-${randomHex(8)}`;
  const job = context.job.replace(/[^A-Za-z0-9_.-]/g, "_");
  const file = path.join(dir, `${[report.action, job, unique].filter(Boolean).join("-")}.json`);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(report, null, 2)}\n`, { flag: "wx" });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  writeOutput("report", file);
  return file;
}
