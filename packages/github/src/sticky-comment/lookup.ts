import type { GitHubClient } from "@mlops-actions/kit/github";
import { httpStatus } from "./errors.ts";
import { type CommentHeader, type ParsedSection, parseHeader, parseSections } from "./marker.ts";

export interface IssueTarget {
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
}

export interface StickyComment {
  id: number;
  nodeId: string;
  url: string;
  body: string;
  header: CommentHeader;
  sections: ParsedSection[];
}

/**
 * Every comment of ours with this app and key on the issue, oldest first. Pages through all
 * comments (100 a page), so a busy pull request never gets a duplicate because ours was on page 3.
 */
export async function findStickyComments(
  octokit: GitHubClient,
  target: IssueTarget,
  app: string,
  key: string,
): Promise<StickyComment[]> {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  const found: StickyComment[] = [];
  for (const comment of comments) {
    const sticky = stickyComment(comment, app, key);
    if (sticky) found.push(sticky);
  }
  return found.sort((a, b) => a.id - b.id);
}

/** Comment `id` as it is now; undefined when it was deleted, or is no longer ours. */
export async function readStickyComment(
  octokit: GitHubClient,
  target: IssueTarget,
  id: number,
  app: string,
  key: string,
): Promise<StickyComment | undefined> {
  try {
    const { data } = await octokit.rest.issues.getComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: id,
    });
    return stickyComment(data, app, key);
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/** A comment as one of ours with this app and key, or undefined. */
function stickyComment(
  comment: { id: number | bigint; node_id: string; html_url: string; body?: string | null },
  app: string,
  key: string,
): StickyComment | undefined {
  const body = comment.body ?? "";
  const header = parseHeader(body);
  if (!header || header.app !== app || header.key !== key) return undefined;
  return {
    id: Number(comment.id),
    nodeId: comment.node_id,
    url: comment.html_url,
    body,
    header,
    sections: parseSections(body),
  };
}
