import { createHash } from "node:crypto";
import { notFound, validationFailed } from "../errors.ts";
import { emptyReactions, repositoryUrl, type Urls, userShape } from "../shapes.ts";
import {
  type CommentRecord,
  type IssueRecord,
  type RepositoryRecord,
  timestamp,
  type UserRecord,
} from "../state.ts";
import { pagedArray } from "./paged.ts";
import type { HandlerTable, RouteContext } from "./types.ts";

export function labelShape(repository: RepositoryRecord, name: string, urls: Urls): Record<string, unknown> {
  // GitHub creates a label the first time an issue uses it; its id only has to be stable per name.
  const id = Number.parseInt(
    createHash("sha256").update(`${repository.id}:${name}`).digest("hex").slice(0, 10),
    16,
  );
  return {
    id,
    node_id: `LA_kwDO${Buffer.from(String(id)).toString("base64url")}`,
    url: `${repositoryUrl(repository, urls)}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: "ededed",
    default: false,
  };
}

export function authorAssociation(repository: RepositoryRecord, user: UserRecord): string {
  return user.id === repository.owner.id ? "OWNER" : user.type === "Bot" ? "NONE" : "CONTRIBUTOR";
}

function issueHtmlPath(issue: IssueRecord): string {
  return issue.isPullRequest ? "pull" : "issues";
}

export function issueShape(
  repository: RepositoryRecord,
  issue: IssueRecord,
  urls: Urls,
): Record<string, unknown> {
  const repoUrl = repositoryUrl(repository, urls);
  const url = `${repoUrl}/issues/${issue.number}`;
  const htmlUrl = `${urls.web}/${repository.fullName}/${issueHtmlPath(issue)}/${issue.number}`;
  const assignees = issue.assignees.map((user) => userShape(user, urls));
  const shape: Record<string, unknown> = {
    id: issue.id,
    node_id: issue.nodeId,
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: htmlUrl,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userShape(issue.user, urls),
    labels: issue.labels.map((name) => labelShape(repository, name, urls)),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments: repository.comments.filter((c) => c.issueNumber === issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: null,
    author_association: authorAssociation(repository, issue.user),
    reactions: emptyReactions(url),
    timeline_url: `${url}/timeline`,
  };
  if (issue.isPullRequest) {
    const pull = repository.pulls.find((p) => p.number === issue.number);
    shape.pull_request = {
      url: `${repoUrl}/pulls/${issue.number}`,
      html_url: htmlUrl,
      diff_url: `${htmlUrl}.diff`,
      patch_url: `${htmlUrl}.patch`,
      merged_at: pull?.mergedAt ?? null,
    };
  }
  return shape;
}

export function commentShape(
  repository: RepositoryRecord,
  comment: CommentRecord,
  urls: Urls,
): Record<string, unknown> {
  const repoUrl = repositoryUrl(repository, urls);
  const issue = repository.issues.find((i) => i.number === comment.issueNumber);
  const htmlPath = issue === undefined ? "issues" : issueHtmlPath(issue);
  const url = `${repoUrl}/issues/comments/${comment.id}`;
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url,
    html_url: `${urls.web}/${repository.fullName}/${htmlPath}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: userShape(comment.user, urls),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(repository, comment.user),
    performed_via_github_app: null,
    reactions: emptyReactions(url),
  };
}

function findIssue(context: RouteContext): IssueRecord {
  const issue = context.repository.issues.find((i) => i.number === context.params.issue_number);
  if (issue === undefined) throw notFound(context.documentationUrl);
  return issue;
}

function findComment(context: RouteContext): CommentRecord {
  const comment = context.repository.comments.find((c) => c.id === context.params.comment_id);
  if (comment === undefined) throw notFound(context.documentationUrl);
  return comment;
}

function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((label) =>
    typeof label === "string" ? label : String((label as { name?: unknown }).name ?? ""),
  );
}

function setState(issue: IssueRecord, state: unknown, reason: unknown, context: RouteContext): void {
  if (state !== "open" && state !== "closed") return;
  if (state === "closed" && issue.state === "open") {
    issue.closedAt = timestamp();
    issue.stateReason = typeof reason === "string" ? (reason as IssueRecord["stateReason"]) : "completed";
  } else if (state === "open" && issue.state === "closed") {
    issue.closedAt = null;
    issue.stateReason = "reopened";
  }
  issue.state = state;
  const pull = context.repository.pulls.find((p) => p.number === issue.number);
  if (pull !== undefined && !pull.merged) {
    pull.state = state;
    pull.closedAt = issue.closedAt;
  }
}

function compareBy(sort: unknown, direction: unknown, repository: RepositoryRecord) {
  const key = (issue: IssueRecord): string | number =>
    sort === "updated"
      ? issue.updatedAt
      : sort === "comments"
        ? repository.comments.filter((c) => c.issueNumber === issue.number).length
        : issue.createdAt;
  const sign = direction === "asc" ? 1 : -1;
  return (a: IssueRecord, b: IssueRecord) => {
    const ka = key(a);
    const kb = key(b);
    return (ka < kb ? -1 : ka > kb ? 1 : a.id - b.id) * sign;
  };
}

export const issueRoutes: HandlerTable = {
  "issues/create": (context) => {
    const { body, repository, state, actor, urls } = context;
    const issue = state.createIssue(repository, {
      title: String(body.title),
      body: typeof body.body === "string" ? body.body : null,
      labels: labelNames(body.labels),
      assignees: Array.isArray(body.assignees)
        ? body.assignees.map((login) => state.user(String(login)))
        : [],
      user: actor,
    });
    return {
      status: 201,
      body: issueShape(repository, issue, urls),
      headers: { location: `${repositoryUrl(repository, urls)}/issues/${issue.number}` },
    };
  },

  "issues/get": (context) => ({
    status: 200,
    body: issueShape(context.repository, findIssue(context), context.urls),
  }),

  "issues/update": (context) => {
    const issue = findIssue(context);
    const { body } = context;
    if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
    if (body.body !== undefined) issue.body = body.body === null ? null : String(body.body);
    if (body.labels !== undefined) issue.labels = labelNames(body.labels);
    if (Array.isArray(body.assignees))
      issue.assignees = body.assignees.map((login) => context.state.user(String(login)));
    setState(issue, body.state, body.state_reason, context);
    issue.updatedAt = timestamp();
    return { status: 200, body: issueShape(context.repository, issue, context.urls) };
  },

  "issues/list-for-repo": (context) => {
    const { query, repository } = context;
    const wantedState = query.state ?? "open";
    const labels = typeof query.labels === "string" ? query.labels.split(",").map((l) => l.trim()) : [];
    const since = typeof query.since === "string" ? query.since : undefined;
    const issues = repository.issues
      .filter((issue) => wantedState === "all" || issue.state === wantedState)
      .filter((issue) => labels.every((label) => issue.labels.includes(label)))
      .filter(
        (issue) =>
          query.creator === undefined ||
          issue.user.login.toLowerCase() === String(query.creator).toLowerCase(),
      )
      .filter((issue) => query.assignee === undefined || matchesAssignee(issue, String(query.assignee)))
      .filter((issue) => since === undefined || issue.updatedAt >= since)
      .sort(compareBy(query.sort, query.direction, repository));
    return pagedArray(
      issues.map((issue) => issueShape(repository, issue, context.urls)),
      context,
    );
  },

  "issues/create-comment": (context) => {
    const issue = findIssue(context);
    const comment = context.state.createComment(
      context.repository,
      issue.number,
      String(context.body.body),
      context.actor,
    );
    const shape = commentShape(context.repository, comment, context.urls);
    return { status: 201, body: shape, headers: { location: String(shape.url) } };
  },

  "issues/list-comments": (context) => {
    const issue = findIssue(context);
    const since = typeof context.query.since === "string" ? context.query.since : undefined;
    const comments = context.repository.comments
      .filter((c) => c.issueNumber === issue.number && (since === undefined || c.updatedAt >= since))
      .map((c) => commentShape(context.repository, c, context.urls));
    return pagedArray(comments, context);
  },

  "issues/get-comment": (context) => ({
    status: 200,
    body: commentShape(context.repository, findComment(context), context.urls),
  }),

  "issues/update-comment": (context) => {
    const comment = findComment(context);
    comment.body = String(context.body.body);
    comment.updatedAt = timestamp();
    return { status: 200, body: commentShape(context.repository, comment, context.urls) };
  },

  "issues/delete-comment": (context) => {
    const comment = findComment(context);
    context.repository.comments.splice(context.repository.comments.indexOf(comment), 1);
    return { status: 204 };
  },

  "issues/add-labels": (context) => {
    const issue = findIssue(context);
    // The body is `{ labels: [...] }` or, as GitHub also accepts, a bare array of names.
    const added = labelNames(Array.isArray(context.body) ? context.body : context.body.labels);
    if (added.length === 0) {
      throw validationFailed(
        [{ resource: "Label", field: "name", code: "missing_field" }],
        context.documentationUrl,
      );
    }
    issue.labels = [...new Set([...issue.labels, ...added])];
    issue.updatedAt = timestamp();
    return {
      status: 200,
      body: issue.labels.map((name) => labelShape(context.repository, name, context.urls)),
    };
  },
};

function matchesAssignee(issue: IssueRecord, assignee: string): boolean {
  if (assignee === "none") return issue.assignees.length === 0;
  if (assignee === "*") return issue.assignees.length > 0;
  return issue.assignees.some((user) => user.login.toLowerCase() === assignee.toLowerCase());
}
