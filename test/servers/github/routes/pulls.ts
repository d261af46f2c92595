import { notFound } from "../errors.ts";
import { repositoryShape, repositoryUrl, type Urls, userShape } from "../shapes.ts";
import type { GitHubState, PullRequestRecord, RepositoryRecord } from "../state.ts";
import { authorAssociation, labelShape } from "./issues.ts";
import { pagedArray } from "./paged.ts";
import type { HandlerTable, RouteContext } from "./types.ts";

function branchShape(
  state: GitHubState,
  fullName: string,
  ref: string,
  sha: string,
  urls: Urls,
): Record<string, unknown> {
  const repository = state.requireRepository(fullName);
  return {
    label: `${repository.owner.login}:${ref}`,
    ref,
    sha,
    user: userShape(repository.owner, urls),
    repo: repositoryShape(repository, urls),
  };
}

/** The `pull-request-simple` shape (list); `full` adds what `GET /pulls/{number}` carries. */
function pullShape(
  context: RouteContext,
  repository: RepositoryRecord,
  pull: PullRequestRecord,
  full: boolean,
): Record<string, unknown> {
  const { urls, state } = context;
  const repoUrl = repositoryUrl(repository, urls);
  const url = `${repoUrl}/pulls/${pull.number}`;
  const htmlUrl = `${urls.web}/${repository.fullName}/pull/${pull.number}`;
  const issueUrl = `${repoUrl}/issues/${pull.number}`;
  const shape: Record<string, unknown> = {
    url,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: htmlUrl,
    diff_url: `${htmlUrl}.diff`,
    patch_url: `${htmlUrl}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${repoUrl}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: userShape(pull.user, urls),
    body: pull.body,
    labels: pull.labels.map((name) => labelShape(repository, name, urls)),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchShape(state, pull.head.repository, pull.head.ref, pull.head.sha, urls),
    base: branchShape(state, repository.fullName, pull.base.ref, pull.base.sha, urls),
    _links: {
      self: { href: url },
      html: { href: htmlUrl },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoUrl}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoUrl}/statuses/${pull.head.sha}` },
    },
    author_association: authorAssociation(repository, pull.user),
    auto_merge: null,
    draft: pull.draft,
  };
  if (!full) return shape;
  return {
    ...shape,
    merged: pull.merged,
    mergeable: pull.state === "open" ? true : null,
    rebaseable: pull.state === "open" ? true : null,
    mergeable_state: pull.state === "open" ? "clean" : "unknown",
    merged_by: null,
    comments: repository.comments.filter((c) => c.issueNumber === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

export const pullRoutes: HandlerTable = {
  "pulls/get": (context) => {
    const pull = context.repository.pulls.find((p) => p.number === context.params.pull_number);
    if (pull === undefined) throw notFound(context.documentationUrl);
    return { status: 200, body: pullShape(context, context.repository, pull, true) };
  },

  "pulls/list": (context) => {
    const { query, repository } = context;
    const wantedState = query.state ?? "open";
    const head = typeof query.head === "string" ? query.head : undefined;
    const sign = query.direction === "asc" ? 1 : -1;
    const pulls = repository.pulls
      .filter((pull) => wantedState === "all" || pull.state === wantedState)
      .filter((pull) => query.base === undefined || pull.base.ref === query.base)
      .filter((pull) => head === undefined || matchesHead(pull, head))
      .sort(
        (a, b) => (a.createdAt === b.createdAt ? a.id - b.id : a.createdAt < b.createdAt ? -1 : 1) * sign,
      );
    return pagedArray(
      pulls.map((pull) => pullShape(context, repository, pull, false)),
      context,
    );
  },
};

/** `head` is `user:ref` (or `org:ref`); GitHub also accepts a bare ref. */
function matchesHead(pull: PullRequestRecord, head: string): boolean {
  const [owner, ref] = head.includes(":") ? head.split(":", 2) : [undefined, head];
  const headOwner = pull.head.repository.split("/")[0] ?? "";
  return pull.head.ref === ref && (owner === undefined || owner.toLowerCase() === headOwner.toLowerCase());
}
