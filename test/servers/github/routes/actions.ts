import type { StoredArtifact } from "../../artifact-store.ts";
import { artifactDownloadUrl } from "../artifact-downloads.ts";
import { gone, notFound, requiresAuthentication } from "../errors.ts";
import { minimalRepositoryShape, repositoryUrl, userShape } from "../shapes.ts";
import type { RepositoryRecord, WorkflowRunRecord } from "../state.ts";
import { pagedObject } from "./paged.ts";
import type { HandlerTable, RouteContext } from "./types.ts";

/** Values of the `status` filter that name a conclusion rather than a status. */
const conclusions = new Set([
  "action_required",
  "cancelled",
  "failure",
  "neutral",
  "skipped",
  "stale",
  "success",
  "timed_out",
  "startup_failure",
]);

function workflowRunShape(context: RouteContext, run: WorkflowRunRecord): Record<string, unknown> {
  const { repository, urls } = context;
  const repoUrl = repositoryUrl(repository, urls);
  const url = `${repoUrl}/actions/runs/${run.id}`;
  const checkSuiteId = run.id + 1;
  const minimal = minimalRepositoryShape(repository, urls);
  return {
    id: run.id,
    name: run.name,
    node_id: run.nodeId,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    check_suite_id: checkSuiteId,
    check_suite_node_id: context.state.nodeId("CS", checkSuiteId),
    url,
    html_url: `${urls.web}/${repository.fullName}/actions/runs/${run.id}`,
    pull_requests: run.pullRequests.flatMap((number) => {
      const pull = repository.pulls.find((p) => p.number === number);
      if (pull === undefined) return [];
      const repo = { id: repository.id, url: repoUrl, name: repository.name };
      return [
        {
          id: pull.id,
          number,
          url: `${repoUrl}/pulls/${number}`,
          head: { ref: pull.head.ref, sha: pull.head.sha, repo },
          base: { ref: pull.base.ref, sha: pull.base.sha, repo },
        },
      ];
    }),
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    actor: userShape(run.actor, urls),
    triggering_actor: userShape(run.actor, urls),
    run_attempt: run.runAttempt,
    referenced_workflows: [],
    run_started_at: run.createdAt,
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${repoUrl}/check-suites/${checkSuiteId}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: run.runAttempt > 1 ? `${url}/attempts/${run.runAttempt - 1}` : null,
    workflow_url: `${repoUrl}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha.split("").reverse().join(""),
      message: run.displayTitle,
      timestamp: run.createdAt,
      author: { name: run.actor.login, email: `${run.actor.id}+${run.actor.login}@users.noreply.github.com` },
      committer: { name: "GitHub", email: "noreply@github.com" },
    },
    repository: minimal,
    head_repository: minimal,
  };
}

function byNewest(a: WorkflowRunRecord, b: WorkflowRunRecord): number {
  return a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1;
}

function filterRuns(context: RouteContext, runs: WorkflowRunRecord[]): WorkflowRunRecord[] {
  const { query } = context;
  const status = typeof query.status === "string" ? query.status : undefined;
  return runs
    .filter((run) => query.branch === undefined || run.headBranch === query.branch)
    .filter((run) => query.event === undefined || run.event === query.event)
    .filter((run) => query.head_sha === undefined || run.headSha === query.head_sha)
    .filter((run) => query.actor === undefined || run.actor.login === query.actor)
    .filter(
      (run) => status === undefined || (conclusions.has(status) ? run.conclusion : run.status) === status,
    )
    .sort(byNewest);
}

function findRun(context: RouteContext): WorkflowRunRecord {
  const run = context.repository.workflowRuns.find((r) => r.id === context.params.run_id);
  if (run === undefined) throw notFound(context.documentationUrl);
  return run;
}

function artifactShape(context: RouteContext, artifact: StoredArtifact): Record<string, unknown> {
  const { repository, urls } = context;
  const url = `${repositoryUrl(repository, urls)}/actions/artifacts/${artifact.id}`;
  const run = repository.workflowRuns.find((r) => r.id === artifact.runId);
  return {
    id: artifact.id,
    node_id: context.state.nodeId("MDg6QXJ0aWZhY3Q", artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.size,
    url,
    archive_download_url: `${url}/zip`,
    expired: isExpired(artifact),
    created_at: artifact.createdAt,
    updated_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    digest: artifact.digest === "" ? null : artifact.digest,
    workflow_run:
      run === undefined
        ? { id: artifact.runId, repository_id: repository.id, head_repository_id: repository.id }
        : {
            id: run.id,
            repository_id: repository.id,
            head_repository_id: repository.id,
            head_branch: run.headBranch ?? "",
            head_sha: run.headSha,
          },
  };
}

function isExpired(artifact: StoredArtifact): boolean {
  return Date.parse(artifact.expiresAt) <= Date.now();
}

function belongsTo(repository: RepositoryRecord, artifact: StoredArtifact): boolean {
  return artifact.repository.toLowerCase() === repository.fullName.toLowerCase();
}

function findArtifact(context: RouteContext): StoredArtifact {
  const artifact = context.artifacts.get(Number(context.params.artifact_id));
  if (artifact === undefined || !artifact.finalized || !belongsTo(context.repository, artifact)) {
    throw notFound(context.documentationUrl);
  }
  return artifact;
}

function nameFilter(context: RouteContext): string | undefined {
  return typeof context.query.name === "string" ? context.query.name : undefined;
}

export const actionsRoutes: HandlerTable = {
  "actions/list-workflow-runs-for-repo": (context) =>
    pagedObject(
      "workflow_runs",
      filterRuns(context, context.repository.workflowRuns).map((run) => workflowRunShape(context, run)),
      context,
    ),

  "actions/list-workflow-runs": (context) => {
    const workflow = String(context.params.workflow_id);
    const runs = context.repository.workflowRuns.filter(
      (run) => String(run.workflowId) === workflow || run.path.split("/").at(-1) === workflow,
    );
    return pagedObject(
      "workflow_runs",
      filterRuns(context, runs).map((run) => workflowRunShape(context, run)),
      context,
    );
  },

  "actions/get-workflow-run": (context) => ({
    status: 200,
    body: workflowRunShape(context, findRun(context)),
  }),

  "actions/list-artifacts-for-repo": (context) => {
    const artifacts = context.artifacts.listByRepository(context.repository.fullName, nameFilter(context));
    return pagedObject(
      "artifacts",
      artifacts.map((artifact) => artifactShape(context, artifact)),
      context,
    );
  },

  "actions/list-workflow-run-artifacts": (context) => {
    const artifacts = context.artifacts
      .listByRun(Number(context.params.run_id), nameFilter(context))
      .filter((artifact) => belongsTo(context.repository, artifact));
    return pagedObject(
      "artifacts",
      artifacts.map((artifact) => artifactShape(context, artifact)),
      context,
    );
  },

  "actions/get-artifact": (context) => ({ status: 200, body: artifactShape(context, findArtifact(context)) }),

  "actions/delete-artifact": (context) => {
    context.artifacts.delete(findArtifact(context).id);
    return { status: 204 };
  },

  /** GitHub answers with a redirect to short-lived signed storage; here, to a signed URL on this server. */
  "actions/download-artifact": (context) => {
    if (!context.authenticated) throw requiresAuthentication(context.documentationUrl);
    const artifact = findArtifact(context);
    if (context.params.archive_format !== "zip") throw notFound(context.documentationUrl);
    if (isExpired(artifact)) throw gone("Artifact has expired", context.documentationUrl);
    return { status: 302, headers: { location: artifactDownloadUrl(context.urls.api, artifact.id) } };
  },
};
