import { GitHubError, notFound, unprocessable } from "../errors.ts";
import { repositoryUrl, type Urls, userShape } from "../shapes.ts";
import {
  type DeploymentRecord,
  type DeploymentStatusRecord,
  type RepositoryRecord,
  timestamp,
} from "../state.ts";
import { pagedArray } from "./paged.ts";
import { resolveRef } from "./refs.ts";
import type { HandlerTable, RouteContext } from "./types.ts";

function deploymentUrl(repository: RepositoryRecord, deployment: DeploymentRecord, urls: Urls): string {
  return `${repositoryUrl(repository, urls)}/deployments/${deployment.id}`;
}

function deploymentShape(
  repository: RepositoryRecord,
  deployment: DeploymentRecord,
  urls: Urls,
): Record<string, unknown> {
  const url = deploymentUrl(repository, deployment, urls);
  return {
    url,
    id: deployment.id,
    node_id: deployment.nodeId,
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator: userShape(deployment.creator, urls),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repositoryUrl(repository, urls),
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
    performed_via_github_app: null,
  };
}

function deploymentStatusShape(
  repository: RepositoryRecord,
  deployment: DeploymentRecord,
  status: DeploymentStatusRecord,
  urls: Urls,
): Record<string, unknown> {
  const url = deploymentUrl(repository, deployment, urls);
  return {
    url: `${url}/statuses/${status.id}`,
    id: status.id,
    node_id: status.nodeId,
    state: status.state,
    creator: userShape(status.creator, urls),
    description: status.description,
    environment: status.environment,
    target_url: status.targetUrl,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    deployment_url: url,
    repository_url: repositoryUrl(repository, urls),
    environment_url: status.environmentUrl,
    log_url: status.logUrl,
    performed_via_github_app: null,
  };
}

function findDeployment(context: RouteContext): DeploymentRecord {
  const deployment = context.repository.deployments.find((d) => d.id === context.params.deployment_id);
  if (deployment === undefined) throw notFound(context.documentationUrl);
  return deployment;
}

/**
 * GitHub refuses a deployment whose commit statuses are not all successful: the contexts named in
 * `required_contexts`, or every context on the commit when it is omitted (an empty list skips the check).
 */
function checkRequiredContexts(context: RouteContext, sha: string, ref: string): void {
  const newestFirst = context.repository.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id);
  const required = Array.isArray(context.body.required_contexts)
    ? context.body.required_contexts.map(String)
    : [...new Set(newestFirst.map((s) => s.context))];
  const failing = required
    .map((name) => ({
      context: name,
      state: newestFirst.find((s) => s.context === name)?.state ?? "missing",
    }))
    .filter((entry) => entry.state !== "success");
  if (failing.length === 0) return;
  throw new GitHubError(409, {
    message: `Conflict: Commit status checks failed for ${ref}.`,
    errors: [{ contexts: failing, resource: "Deployment", field: "required_contexts", code: "invalid" }],
    documentation_url: context.documentationUrl,
    status: "409",
  });
}

export const deploymentRoutes: HandlerTable = {
  "repos/create-deployment": (context) => {
    const { state, repository, body } = context;
    const ref = String(body.ref);
    const sha = resolveRef(repository, ref);
    if (sha === undefined) throw unprocessable(`No ref found for: ${ref}`, context.documentationUrl);
    checkRequiredContexts(context, sha, ref);
    const environment = typeof body.environment === "string" ? body.environment : "production";
    const id = state.nextId();
    const now = timestamp();
    const payload = body.payload;
    const deployment: DeploymentRecord = {
      id,
      nodeId: state.nodeId("DE", id),
      sha,
      ref,
      task: typeof body.task === "string" ? body.task : "deploy",
      environment,
      originalEnvironment: environment,
      payload: typeof payload === "object" && payload !== null ? (payload as Record<string, unknown>) : {},
      description: typeof body.description === "string" ? body.description : "",
      transientEnvironment: body.transient_environment === true,
      productionEnvironment:
        typeof body.production_environment === "boolean"
          ? body.production_environment
          : environment === "production",
      creator: context.actor,
      createdAt: now,
      updatedAt: now,
      statuses: [],
    };
    repository.deployments.push(deployment);
    return { status: 201, body: deploymentShape(repository, deployment, context.urls) };
  },

  "repos/list-deployments": (context) => {
    const { query, repository } = context;
    const deployments = repository.deployments
      .filter((d) => query.sha === undefined || d.sha === query.sha)
      .filter((d) => query.ref === undefined || d.ref === query.ref)
      .filter((d) => query.task === undefined || d.task === query.task)
      .filter(
        (d) =>
          query.environment === undefined ||
          query.environment === null ||
          d.environment === query.environment,
      )
      .sort((a, b) => b.id - a.id)
      .map((d) => deploymentShape(repository, d, context.urls));
    return pagedArray(deployments, context);
  },

  "repos/get-deployment": (context) => ({
    status: 200,
    body: deploymentShape(context.repository, findDeployment(context), context.urls),
  }),

  "repos/create-deployment-status": (context) => {
    const { state, repository, body } = context;
    const deployment = findDeployment(context);
    const id = state.nextId();
    const now = timestamp();
    const targetUrl = typeof body.log_url === "string" ? body.log_url : String(body.target_url ?? "");
    const status: DeploymentStatusRecord = {
      id,
      nodeId: state.nodeId("DES", id),
      state: String(body.state),
      description: typeof body.description === "string" ? body.description : "",
      environment: typeof body.environment === "string" ? body.environment : deployment.environment,
      targetUrl,
      logUrl: targetUrl,
      environmentUrl: typeof body.environment_url === "string" ? body.environment_url : "",
      creator: context.actor,
      createdAt: now,
      updatedAt: now,
    };
    deployment.environment = status.environment;
    deployment.statuses.push(status);
    deployment.updatedAt = now;
    if (status.state === "success" && body.auto_inactive !== false) markOthersInactive(context, deployment);
    return { status: 201, body: deploymentStatusShape(repository, deployment, status, context.urls) };
  },

  "repos/list-deployment-statuses": (context) => {
    const deployment = findDeployment(context);
    const statuses = [...deployment.statuses]
      .reverse()
      .map((s) => deploymentStatusShape(context.repository, deployment, s, context.urls));
    return pagedArray(statuses, context);
  },
};

/** `auto_inactive`: a new successful deployment retires earlier successful, non-transient ones of its environment. */
function markOthersInactive(context: RouteContext, current: DeploymentRecord): void {
  for (const other of context.repository.deployments) {
    const latest = other.statuses.at(-1);
    if (other === current || other.transientEnvironment || other.environment !== current.environment)
      continue;
    if (latest?.state !== "success") continue;
    const id = context.state.nextId();
    const now = timestamp();
    other.statuses.push({
      ...latest,
      id,
      nodeId: context.state.nodeId("DES", id),
      state: "inactive",
      description: "",
      creator: context.actor,
      createdAt: now,
      updatedAt: now,
    });
  }
}
