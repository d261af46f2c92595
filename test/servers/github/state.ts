import { randomBytes } from "node:crypto";

export type Permission = "read" | "write";

export interface UserRecord {
  login: string;
  id: number;
  type: "User" | "Bot" | "Organization";
}

export interface IssueRecord {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: "completed" | "reopened" | "not_planned" | "duplicate" | null;
  labels: string[];
  assignees: UserRecord[];
  user: UserRecord;
  locked: boolean;
  /** Set when this issue is the issue side of a pull request. */
  isPullRequest: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface CommentRecord {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  user: UserRecord;
  createdAt: string;
  updatedAt: string;
  /** Set by the GraphQL minimizeComment mutation: GitHub's lowercase reason, e.g. "outdated". */
  minimizedReason: string | null;
}

export interface PullRequestRecord {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  draft: boolean;
  merged: boolean;
  head: {
    ref: string;
    sha: string /** owner/name; differs from the base repository for a fork. */;
    repository: string;
  };
  base: { ref: string; sha: string };
  user: UserRecord;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
}

export interface CheckRunRecord {
  id: number;
  nodeId: string;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: {
    title: string | null;
    summary: string | null;
    text: string | null;
    annotations: Array<Record<string, unknown>>;
  };
  checkSuiteId: number;
  actions: Array<Record<string, unknown>>;
}

export interface CommitStatusRecord {
  id: number;
  nodeId: string;
  sha: string;
  state: "error" | "failure" | "pending" | "success";
  description: string | null;
  targetUrl: string | null;
  context: string;
  creator: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentStatusRecord {
  id: number;
  nodeId: string;
  state: string;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  creator: UserRecord;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentRecord {
  id: number;
  nodeId: string;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  originalEnvironment: string;
  payload: Record<string, unknown> | string;
  description: string | null;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  creator: UserRecord;
  createdAt: string;
  updatedAt: string;
  /** Newest last. */
  statuses: DeploymentStatusRecord[];
}

export interface WorkflowRunRecord {
  id: number;
  nodeId: string;
  name: string;
  workflowId: number;
  /** The workflow file, e.g. `.github/workflows/ci.yml`. */
  path: string;
  headBranch: string | null;
  headSha: string;
  event: string;
  status: "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";
  conclusion: string | null;
  runNumber: number;
  runAttempt: number;
  displayTitle: string;
  actor: UserRecord;
  /** Numbers of the pull requests the run belongs to. */
  pullRequests: number[];
  createdAt: string;
  updatedAt: string;
}

export interface RepositoryRecord {
  id: number;
  nodeId: string;
  owner: UserRecord;
  name: string;
  /** owner/name with the case it was created with. */
  fullName: string;
  private: boolean;
  defaultBranch: string;
  /** Branch name -> head sha; deployments and check-run lookups resolve refs with it. */
  branches: Map<string, string>;
  issues: IssueRecord[];
  comments: CommentRecord[];
  pulls: PullRequestRecord[];
  checkRuns: CheckRunRecord[];
  statuses: CommitStatusRecord[];
  deployments: DeploymentRecord[];
  workflowRuns: WorkflowRunRecord[];
  nextIssueNumber: number;
  createdAt: string;
}

export interface TokenRecord {
  permission: Permission;
  /** Who the token acts as: authors of what it creates. */
  user: UserRecord;
}

/** The identity of a workflow's GITHUB_TOKEN. */
export const githubActionsBot: UserRecord = { login: "github-actions[bot]", id: 41898282, type: "Bot" };

export interface PullRequestSeed {
  number?: number;
  title?: string;
  body?: string | null;
  state?: "open" | "closed";
  draft?: boolean;
  merged?: boolean;
  head: { ref: string; sha: string; repository?: string };
  base: { ref: string; sha?: string };
  user?: string;
  labels?: string[];
}

export interface WorkflowRunSeed {
  id?: number;
  name: string;
  workflowId: number;
  path?: string;
  headBranch: string | null;
  headSha: string;
  event?: string;
  status?: WorkflowRunRecord["status"];
  conclusion?: string | null;
  createdAt?: string;
  runNumber?: number;
  runAttempt?: number;
  displayTitle?: string;
  actor?: string;
  pullRequests?: number[];
}

/** GitHub's timestamps: ISO 8601 in UTC, whole seconds. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * Everything the server knows, open to tests: seed it before running an action, inspect it after.
 * Records hold what GitHub stores; the routes render them into the API's JSON shapes.
 */
export class GitHubState {
  readonly repositories = new Map<string, RepositoryRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly users = new Map<string, UserRecord>();
  #nextId = 1_000_001;

  nextId(): number {
    return this.#nextId++;
  }

  /** A global node id in GitHub's current format (`<prefix>_<opaque>`). */
  nodeId(prefix: string, id: number): string {
    return `${prefix}_kwDO${Buffer.from(`${prefix}:${id}`).toString("base64url")}`;
  }

  user(login: string, type: UserRecord["type"] = "User"): UserRecord {
    if (login === githubActionsBot.login) return githubActionsBot;
    const key = login.toLowerCase();
    let user = this.users.get(key);
    if (user === undefined) {
      user = { login, id: this.nextId(), type };
      this.users.set(key, user);
    }
    return user;
  }

  addToken(token: string, permission: Permission = "write", login?: string): TokenRecord {
    const record = { permission, user: login === undefined ? githubActionsBot : this.user(login) };
    this.tokens.set(token, record);
    return record;
  }

  addRepository(
    fullName: string,
    options: { private?: boolean; defaultBranch?: string; defaultBranchSha?: string } = {},
  ): RepositoryRecord {
    const [ownerLogin, name] = fullName.split("/");
    if (ownerLogin === undefined || name === undefined || name === "")
      throw new Error(`not owner/name: ${fullName}`);
    const defaultBranch = options.defaultBranch ?? "main";
    const id = this.nextId();
    const repository: RepositoryRecord = {
      id,
      nodeId: this.nodeId("R", id),
      owner: this.user(ownerLogin, "Organization"),
      name,
      fullName,
      private: options.private ?? false,
      defaultBranch,
      branches: new Map([[defaultBranch, options.defaultBranchSha ?? randomSha()]]),
      issues: [],
      comments: [],
      pulls: [],
      checkRuns: [],
      statuses: [],
      deployments: [],
      workflowRuns: [],
      nextIssueNumber: 1,
      createdAt: timestamp(),
    };
    this.repositories.set(fullName.toLowerCase(), repository);
    return repository;
  }

  /** Owner and name are case-insensitive, as on GitHub. */
  repository(fullName: string): RepositoryRecord | undefined {
    return this.repositories.get(fullName.toLowerCase());
  }

  requireRepository(fullName: string): RepositoryRecord {
    const repository = this.repository(fullName);
    if (repository === undefined) throw new Error(`no repository ${fullName} in the test GitHub state`);
    return repository;
  }

  createIssue(
    repository: RepositoryRecord,
    fields: {
      title: string;
      body?: string | null;
      labels?: string[];
      assignees?: UserRecord[];
      user: UserRecord;
    },
    number = repository.nextIssueNumber,
  ): IssueRecord {
    const now = timestamp();
    const id = this.nextId();
    const issue: IssueRecord = {
      id,
      nodeId: this.nodeId("I", id),
      number,
      title: fields.title,
      body: fields.body ?? null,
      state: "open",
      stateReason: null,
      labels: fields.labels ?? [],
      assignees: fields.assignees ?? [],
      user: fields.user,
      locked: false,
      isPullRequest: false,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    repository.nextIssueNumber = Math.max(repository.nextIssueNumber, number + 1);
    repository.issues.push(issue);
    return issue;
  }

  createComment(
    repository: RepositoryRecord,
    issueNumber: number,
    body: string,
    user: UserRecord,
  ): CommentRecord {
    const now = timestamp();
    const id = this.nextId();
    const comment: CommentRecord = {
      id,
      nodeId: this.nodeId("IC", id),
      issueNumber,
      body,
      user,
      createdAt: now,
      updatedAt: now,
      minimizedReason: null,
    };
    repository.comments.push(comment);
    return comment;
  }

  /** Seeds a pull request (and its issue, which carries its comments); its head ref becomes a known branch. */
  addPullRequest(fullName: string, seed: PullRequestSeed): PullRequestRecord {
    const repository = this.requireRepository(fullName);
    const user = this.user(seed.user ?? "octocat");
    const headRepository = seed.head.repository ?? repository.fullName;
    if (this.repository(headRepository) === undefined) this.addRepository(headRepository);
    const issue = this.createIssue(
      repository,
      {
        title: seed.title ?? `Pull request ${seed.head.ref}`,
        body: seed.body ?? null,
        labels: seed.labels ?? [],
        user,
      },
      seed.number,
    );
    issue.isPullRequest = true;
    const state = seed.merged === true ? "closed" : (seed.state ?? "open");
    issue.state = state;
    const id = this.nextId();
    const pull: PullRequestRecord = {
      id,
      nodeId: this.nodeId("PR", id),
      number: issue.number,
      title: issue.title,
      body: issue.body,
      state,
      draft: seed.draft ?? false,
      merged: seed.merged ?? false,
      head: { ref: seed.head.ref, sha: seed.head.sha, repository: headRepository },
      base: {
        ref: seed.base.ref,
        sha: seed.base.sha ?? repository.branches.get(seed.base.ref) ?? randomSha(),
      },
      user,
      labels: issue.labels,
      createdAt: issue.createdAt,
      updatedAt: issue.updatedAt,
      closedAt: state === "closed" ? issue.createdAt : null,
      mergedAt: seed.merged === true ? issue.createdAt : null,
    };
    issue.closedAt = pull.closedAt;
    if (pull.head.repository.toLowerCase() === repository.fullName.toLowerCase()) {
      repository.branches.set(seed.head.ref, seed.head.sha);
    }
    repository.pulls.push(pull);
    return pull;
  }

  addWorkflowRun(fullName: string, seed: WorkflowRunSeed): WorkflowRunRecord {
    const repository = this.requireRepository(fullName);
    const id = seed.id ?? this.nextId();
    const createdAt = seed.createdAt ?? timestamp();
    const status = seed.status ?? "completed";
    const run: WorkflowRunRecord = {
      id,
      nodeId: this.nodeId("WFR", id),
      name: seed.name,
      workflowId: seed.workflowId,
      path: seed.path ?? `.github/workflows/${seed.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.yml`,
      headBranch: seed.headBranch,
      headSha: seed.headSha,
      event: seed.event ?? "push",
      status,
      conclusion: seed.conclusion ?? (status === "completed" ? "success" : null),
      runNumber:
        seed.runNumber ?? repository.workflowRuns.filter((r) => r.workflowId === seed.workflowId).length + 1,
      runAttempt: seed.runAttempt ?? 1,
      displayTitle: seed.displayTitle ?? seed.name,
      actor: this.user(seed.actor ?? "octocat"),
      pullRequests: seed.pullRequests ?? [],
      createdAt,
      updatedAt: createdAt,
    };
    repository.workflowRuns.push(run);
    return run;
  }

  /** The comment with this GraphQL node id, in any repository. */
  commentByNodeId(nodeId: string): CommentRecord | undefined {
    for (const repository of this.repositories.values()) {
      const comment = repository.comments.find((c) => c.nodeId === nodeId);
      if (comment !== undefined) return comment;
    }
    return undefined;
  }
}

export function randomSha(): string {
  return randomBytes(20).toString("hex");
}
