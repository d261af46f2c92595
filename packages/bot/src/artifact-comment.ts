import {
  COMMENT_REPORTS_DIR,
  COMMENT_REQUEST_FILE,
  type CommentReport,
  type CommentRequest,
  parseCommentReport,
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
      const report = parseCommentReport(parseJson(files[name] as Uint8Array));
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
