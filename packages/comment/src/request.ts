/**
 * The comment a run could not post itself (a fork pull request's read-only token), as it travels in the
 * `mlops-comment-*` artifact: this JSON (`mlops-comment.json`), the rendered `comment.md` and the
 * reports under `reports/`. A `workflow_run` workflow or the bot posts it. Everything in it comes from
 * the pull request's run, so a reader trusts none of it: the pull request's head must be the commit the
 * triggering run built, checked against GitHub, before anything is written.
 */
export const COMMENT_REQUEST_SCHEMA = "mlops-actions/comment-request@1";
export const COMMENT_REQUEST_FILE = "mlops-comment.json";
export const COMMENT_MARKDOWN_FILE = "comment.md";
export const COMMENT_REPORTS_DIR = "reports";
export const COMMENT_ARTIFACT_PREFIX = "mlops-comment";

export interface CommentRequest {
  schema: typeof COMMENT_REQUEST_SCHEMA;
  /** owner/repo of the base repository. */
  repository: string;
  pullRequest: number;
  /** The pull request's head commit the run built. */
  headSha: string;
  /** Which sticky comment, and which section of it. */
  key: string;
  section: string;
  run: { id: number; attempt: number; url: string };
}

const MAX_TEXT = 200;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= MAX_TEXT;
const positive = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value > 0;

/** Reads a comment request, or undefined when the value is not a well-formed one. */
export function parseCommentRequest(value: unknown): CommentRequest | undefined {
  if (!isRecord(value) || value.schema !== COMMENT_REQUEST_SCHEMA) return undefined;
  const { repository, pullRequest, headSha, key, section, run } = value;
  if (!text(repository) || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  if (!positive(pullRequest) || !text(headSha) || !/^[0-9a-f]{40}$/i.test(headSha)) return undefined;
  if (!text(key) || !text(section) || !isRecord(run)) return undefined;
  if (!positive(run.id) || !positive(run.attempt) || typeof run.url !== "string") return undefined;
  return {
    schema: COMMENT_REQUEST_SCHEMA,
    repository,
    pullRequest,
    headSha: headSha.toLowerCase(),
    key,
    section,
    run: { id: run.id, attempt: run.attempt, url: run.url.slice(0, 500) },
  };
}

/**
 * The artifact's name for one section: artifact names must be unique in a run, and every job (or matrix
 * leg) that could not post uploads its own. Characters artifact names may not hold become `_`.
 */
export function commentArtifactName(section: string): string {
  const safe = section
    .replace(/[^A-Za-z0-9_.-]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 100);
  return `${COMMENT_ARTIFACT_PREFIX}-${safe || "job"}`;
}
