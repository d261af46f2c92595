import { notFound, unprocessable, validationFailed } from "../errors.ts";
import { paginate } from "../pagination.ts";
import {
  githubActionsAppShape,
  minimalRepositoryShape,
  repositoryUrl,
  type Urls,
  userShape,
} from "../shapes.ts";
import { type CheckRunRecord, type CommitStatusRecord, type RepositoryRecord, timestamp } from "../state.ts";
import { pagedArray, pagedObject } from "./paged.ts";
import { resolveRef } from "./refs.ts";
import type { HandlerTable, RouteContext } from "./types.ts";

type Output = CheckRunRecord["output"];

function checkRunShape(
  repository: RepositoryRecord,
  run: CheckRunRecord,
  urls: Urls,
): Record<string, unknown> {
  const repoUrl = repositoryUrl(repository, urls);
  const url = `${repoUrl}/check-runs/${run.id}`;
  const pullRequests = repository.pulls
    .filter((pull) => pull.state === "open" && pull.head.sha === run.headSha)
    .map((pull) => ({
      id: pull.id,
      number: pull.number,
      url: `${repoUrl}/pulls/${pull.number}`,
      head: {
        ref: pull.head.ref,
        sha: pull.head.sha,
        repo: { id: repository.id, url: repoUrl, name: repository.name },
      },
      base: {
        ref: pull.base.ref,
        sha: pull.base.sha,
        repo: { id: repository.id, url: repoUrl, name: repository.name },
      },
    }));
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: run.nodeId,
    external_id: run.externalId,
    url,
    html_url: `${urls.web}/${repository.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.checkSuiteId },
    app: githubActionsAppShape(urls),
    pull_requests: pullRequests,
  };
}

/** Applies the fields of a create or update body; GitHub appends annotations across updates. */
function applyCheckRunFields(
  run: CheckRunRecord,
  body: Record<string, unknown>,
  context: RouteContext,
): void {
  if (typeof body.name === "string") run.name = body.name;
  if (typeof body.details_url === "string") run.detailsUrl = body.details_url;
  if (typeof body.external_id === "string") run.externalId = body.external_id;
  if (typeof body.started_at === "string") run.startedAt = body.started_at;
  if (typeof body.status === "string") run.status = body.status as CheckRunRecord["status"];
  if (typeof body.conclusion === "string") {
    run.conclusion = body.conclusion;
    run.status = "completed";
  }
  if (typeof body.completed_at === "string") run.completedAt = body.completed_at;
  if (run.status === "completed" && run.conclusion === null) {
    throw validationFailed(
      [{ resource: "CheckRun", field: "conclusion", code: "missing_field" }],
      context.documentationUrl,
    );
  }
  if (run.status === "completed") run.completedAt ??= timestamp();
  if (Array.isArray(body.actions)) run.actions = body.actions as Array<Record<string, unknown>>;
  const output = body.output as Partial<Output> | undefined;
  if (output !== undefined) {
    run.output.title = output.title ?? run.output.title;
    run.output.summary = output.summary ?? run.output.summary;
    run.output.text = output.text ?? run.output.text;
    if (Array.isArray(output.annotations)) run.output.annotations.push(...output.annotations);
  }
}

function findCheckRun(context: RouteContext): CheckRunRecord {
  const run = context.repository.checkRuns.find((r) => r.id === context.params.check_run_id);
  if (run === undefined) throw notFound(context.documentationUrl);
  return run;
}

function requireCommit(context: RouteContext, ref: string): string {
  const sha = resolveRef(context.repository, ref);
  if (sha === undefined) throw unprocessable(`No commit found for SHA: ${ref}`, context.documentationUrl);
  return sha;
}

function statusShape(
  repository: RepositoryRecord,
  status: CommitStatusRecord,
  urls: Urls,
): Record<string, unknown> {
  const creator = userShape(status.creator, urls);
  return {
    url: `${repositoryUrl(repository, urls)}/statuses/${status.sha}`,
    avatar_url: creator.avatar_url,
    id: status.id,
    node_id: status.nodeId,
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    creator,
  };
}

/** GitHub's rule: failure if any context failed or errored, pending if any is pending (or none exist). */
function combinedState(latest: CommitStatusRecord[]): string {
  if (latest.some((s) => s.state === "failure" || s.state === "error")) return "failure";
  if (latest.length === 0 || latest.some((s) => s.state === "pending")) return "pending";
  return "success";
}

export const checkRoutes: HandlerTable = {
  "checks/create": (context) => {
    const { state, repository, body } = context;
    const id = state.nextId();
    const run: CheckRunRecord = {
      id,
      nodeId: state.nodeId("CR", id),
      name: String(body.name),
      headSha: requireCommit(context, String(body.head_sha)),
      status: "queued",
      conclusion: null,
      startedAt: timestamp(),
      completedAt: null,
      externalId: "",
      detailsUrl: null,
      output: { title: null, summary: null, text: null, annotations: [] },
      checkSuiteId: state.nextId(),
      actions: [],
    };
    applyCheckRunFields(run, body, context);
    repository.checkRuns.push(run);
    return { status: 201, body: checkRunShape(repository, run, context.urls) };
  },

  "checks/update": (context) => {
    const run = findCheckRun(context);
    const previous = structuredClone(run);
    try {
      applyCheckRunFields(run, context.body, context);
    } catch (error) {
      Object.assign(run, previous);
      throw error;
    }
    return { status: 200, body: checkRunShape(context.repository, run, context.urls) };
  },

  "checks/get": (context) => ({
    status: 200,
    body: checkRunShape(context.repository, findCheckRun(context), context.urls),
  }),

  "checks/list-annotations": (context) => {
    const run = findCheckRun(context);
    return pagedArray(run.output.annotations, context);
  },

  "checks/list-for-ref": (context) => {
    const { query, repository } = context;
    const sha = requireCommit(context, String(context.params.ref));
    let runs = repository.checkRuns
      .filter((run) => run.headSha === sha)
      .filter((run) => query.check_name === undefined || run.name === query.check_name)
      .filter((run) => query.status === undefined || run.status === query.status)
      .sort((a, b) => b.id - a.id);
    if (query.filter !== "all")
      runs = runs.filter((run, index) => runs.findIndex((r) => r.name === run.name) === index);
    return pagedObject(
      "check_runs",
      runs.map((run) => checkRunShape(repository, run, context.urls)),
      context,
    );
  },

  "repos/create-commit-status": (context) => {
    const { state, repository, body } = context;
    const sha = requireCommit(context, String(context.params.sha));
    const id = state.nextId();
    const now = timestamp();
    const status: CommitStatusRecord = {
      id,
      nodeId: state.nodeId("SC", id),
      sha,
      state: body.state as CommitStatusRecord["state"],
      description: typeof body.description === "string" ? body.description : null,
      targetUrl: typeof body.target_url === "string" ? body.target_url : null,
      context: typeof body.context === "string" ? body.context : "default",
      creator: context.actor,
      createdAt: now,
      updatedAt: now,
    };
    repository.statuses.push(status);
    return { status: 201, body: statusShape(repository, status, context.urls) };
  },

  "repos/list-commit-statuses-for-ref": (context) => {
    const sha = requireCommit(context, String(context.params.ref));
    const statuses = context.repository.statuses
      .filter((s) => s.sha === sha)
      .sort((a, b) => b.id - a.id)
      .map((s) => statusShape(context.repository, s, context.urls));
    return pagedArray(statuses, context);
  },

  "repos/get-combined-status-for-ref": (context) => {
    const { repository, urls } = context;
    const sha = requireCommit(context, String(context.params.ref));
    const newestFirst = repository.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id);
    const latest = newestFirst.filter(
      (s, index) => newestFirst.findIndex((o) => o.context === s.context) === index,
    );
    const repoUrl = repositoryUrl(repository, urls);
    const page = paginate(latest, context.requestUrl);
    return {
      status: 200,
      body: {
        state: combinedState(latest),
        sha,
        total_count: latest.length,
        statuses: page.items.map((s) => {
          const { creator: _creator, ...simple } = statusShape(repository, s, urls);
          return { ...simple, required: false };
        }),
        repository: minimalRepositoryShape(repository, urls),
        commit_url: `${repoUrl}/commits/${sha}`,
        url: `${repoUrl}/commits/${sha}/status`,
      },
      headers: page.link === undefined ? undefined : { link: page.link },
    };
  },
};
