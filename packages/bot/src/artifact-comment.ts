import {
  COMMENT_REPORTS_DIR,
  COMMENT_REQUEST_FILE,
  type CommentReport,
  type CommentRequest,
  parseCommentRequest,
} from "@mlops-actions/comment";
import { unzipSync } from "fflate";

export interface ArtifactComment {
  request: CommentRequest;
  reports: CommentReport[];
}

/** Zips and their contents beyond these are refused: the artifact comes from a pull request's run. */
const MAX_ZIP_BYTES = 20 * 1024 * 1024;
const MAX_FILES = 200;
const STATUSES = new Set(["pass", "warn", "fail", "error"]);

/**
 * Reads an `mlops-comment-*` artifact (a zip): its `mlops-comment.json` and the reports under
 * `reports/`. Undefined when it holds no well-formed request. Reports that are not
 * `mlops-actions/report@1` (or are metrics-comment's own) are skipped, as the action does.
 */
export function readArtifactComment(zip: Uint8Array): ArtifactComment | undefined {
  if (zip.byteLength > MAX_ZIP_BYTES) throw new Error(`artifact of ${zip.byteLength} bytes is too large`);
  let count = 0;
  const files = unzipSync(zip, {
    filter: (file) =>
      ++count <= MAX_FILES &&
      file.originalSize <= MAX_ZIP_BYTES &&
      (file.name === COMMENT_REQUEST_FILE ||
        (file.name.startsWith(`${COMMENT_REPORTS_DIR}/`) && file.name.endsWith(".json"))),
  });
  const requestBytes = files[COMMENT_REQUEST_FILE];
  const request = requestBytes && parseCommentRequest(parseJson(requestBytes));
  if (!request) return undefined;
  const reports = Object.keys(files)
    .filter((name) => name !== COMMENT_REQUEST_FILE)
    .sort()
    .flatMap((name) => {
      const report = asReport(parseJson(files[name] as Uint8Array));
      return report ? [report] : [];
    });
  return { request, reports };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

function asReport(value: unknown): CommentReport | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const report = value as Record<string, unknown>;
  if (report.schema !== "mlops-actions/report@1" || typeof report.action !== "string") return undefined;
  if (report.action === "metrics-comment") return undefined;
  if (typeof report.status !== "string" || !STATUSES.has(report.status)) return undefined;
  const data = typeof report.data === "object" && report.data !== null ? report.data : {};
  return {
    action: report.action,
    status: report.status as CommentReport["status"],
    summary: typeof report.summary === "string" ? report.summary : report.status,
    data: data as Record<string, unknown>,
    ...(typeof report.job === "string" && { job: report.job }),
  };
}
