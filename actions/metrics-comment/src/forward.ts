import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  COMMENT_MARKDOWN_FILE,
  COMMENT_REPORTS_DIR,
  COMMENT_REQUEST_FILE,
  COMMENT_REQUEST_SCHEMA,
  type CommentRequest,
  commentArtifactName,
  parseCommentRequest,
} from "@mlops-actions/comment";

export interface CommentToForward {
  request: CommentRequest;
  markdown: string;
  /** The report files the comment was rendered from. */
  reportFiles: string[];
  /** A fresh folder is made under it for the artifact's files. */
  tempDir: string;
}

/**
 * Uploads what a workflow_run workflow (or the bot) needs to post this section later: the request, the
 * rendered markdown and the reports. `@actions/artifact` is loaded only here: most runs can post.
 */
export async function uploadCommentArtifact(
  comment: CommentToForward,
): Promise<{ name: string; id?: number }> {
  const name = commentArtifactName(comment.request.section);
  const root = path.join(comment.tempDir, name);
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(root, COMMENT_REPORTS_DIR), { recursive: true });
  const files = [path.join(root, COMMENT_REQUEST_FILE), path.join(root, COMMENT_MARKDOWN_FILE)];
  await writeFile(files[0] as string, `${JSON.stringify(comment.request, null, 2)}\n`);
  await writeFile(files[1] as string, `${comment.markdown}\n`);
  for (const [index, file] of comment.reportFiles.entries()) {
    // Numbered: two report folders may hold files of the same name.
    const copy = path.join(
      root,
      COMMENT_REPORTS_DIR,
      `${String(index).padStart(3, "0")}-${path.basename(file)}`,
    );
    await copyFile(file, copy);
    files.push(copy);
  }
  const { DefaultArtifactClient } = await import("@actions/artifact");
  const uploaded = await new DefaultArtifactClient().uploadArtifact(name, files, root, { retentionDays: 7 });
  return { name, ...(uploaded.id !== undefined && { id: uploaded.id }) };
}

export interface ForwardedComment {
  request: CommentRequest;
  file: string;
  /** The report files that came with it (under its `reports/` folder). */
  reportFiles: string[];
}

/**
 * The comment requests among downloaded artifact files (`mlops-comment.json`), each with its reports.
 * Malformed requests are skipped: they come from the pull request's run.
 */
export async function findForwardedComments(files: readonly string[]): Promise<ForwardedComment[]> {
  const found: ForwardedComment[] = [];
  for (const file of files.filter((f) => path.basename(f) === COMMENT_REQUEST_FILE).sort()) {
    let value: unknown;
    try {
      value = JSON.parse(await readFile(file, "utf8"));
    } catch {
      continue;
    }
    const request = parseCommentRequest(value);
    if (!request) continue;
    const reportsDir = path.join(path.dirname(file), COMMENT_REPORTS_DIR) + path.sep;
    found.push({ request, file, reportFiles: files.filter((f) => f.startsWith(reportsDir)) });
  }
  return found;
}

export function commentRequest(fields: Omit<CommentRequest, "schema">): CommentRequest {
  return { schema: COMMENT_REQUEST_SCHEMA, ...fields };
}
