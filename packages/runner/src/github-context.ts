/** The `github` context values a step sees, from caller overrides, the event payload and placeholders. */
export interface GitHubContextOverrides {
  repository?: string;
  sha?: string;
  ref?: string;
  headRef?: string;
  baseRef?: string;
  runId?: string | number;
  runNumber?: string | number;
  runAttempt?: string | number;
  actor?: string;
  job?: string;
  workflow?: string;
  action?: string;
  serverUrl?: string;
  apiUrl?: string;
  graphqlUrl?: string;
  token?: string;
}

export interface ActionEvent {
  name: string;
  payload: Record<string, unknown>;
}

export interface GitHubContext {
  repository: string;
  repository_owner: string;
  sha: string;
  ref: string;
  ref_name: string;
  ref_type: "branch" | "tag";
  head_ref: string;
  base_ref: string;
  event_name: string;
  event: Record<string, unknown>;
  run_id: string;
  run_number: string;
  run_attempt: string;
  actor: string;
  job: string;
  workflow: string;
  action: string;
  server_url: string;
  api_url: string;
  graphql_url: string;
  token: string;
  workspace: string;
}

const placeholderSha = "0000000000000000000000000000000000000000";

/** What GitHub derives from the payload for the common events (GITHUB_SHA, GITHUB_REF, head/base refs). */
function fromPayload(event: ActionEvent): GitHubContextOverrides {
  const payload = event.payload;
  const repository = get(payload, "repository", "full_name");
  const actor = get(payload, "sender", "login");
  const derived: GitHubContextOverrides = {
    ...(repository ? { repository } : {}),
    ...(actor ? { actor } : {}),
  };
  const defaultBranch = get(payload, "repository", "default_branch");
  switch (event.name) {
    case "pull_request":
    case "pull_request_target": {
      const number = payload.number ?? get(payload, "pull_request", "number");
      const headRef = get(payload, "pull_request", "head", "ref");
      const baseRef = get(payload, "pull_request", "base", "ref");
      if (headRef) derived.headRef = headRef;
      if (baseRef) derived.baseRef = baseRef;
      if (event.name === "pull_request") {
        if (number !== undefined) derived.ref = `refs/pull/${number}/merge`;
        const sha =
          get(payload, "pull_request", "merge_commit_sha") || get(payload, "pull_request", "head", "sha");
        if (sha) derived.sha = sha;
      } else {
        if (baseRef) derived.ref = `refs/heads/${baseRef}`;
        const sha = get(payload, "pull_request", "base", "sha");
        if (sha) derived.sha = sha;
      }
      return derived;
    }
    case "push": {
      const ref = get(payload, "ref");
      const after = get(payload, "after");
      if (ref) derived.ref = ref;
      if (after) derived.sha = after;
      return derived;
    }
    case "workflow_run": {
      // Runs on the default branch; the payload names the run it follows, not the default branch's head.
      if (defaultBranch) derived.ref = `refs/heads/${defaultBranch}`;
      return derived;
    }
    default:
      if (defaultBranch) derived.ref = `refs/heads/${defaultBranch}`;
      return derived;
  }
}

function get(value: unknown, ...path: string[]): string | undefined {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "string" || typeof current === "number" ? String(current) : undefined;
}

export function buildGitHubContext(
  event: ActionEvent,
  overrides: GitHubContextOverrides,
  workspace: string,
): GitHubContext {
  const merged: GitHubContextOverrides = { ...fromPayload(event), ...dropUndefined(overrides) };
  const repository = merged.repository ?? "local/repository";
  const ref = merged.ref ?? "refs/heads/main";
  const serverUrl = merged.serverUrl ?? "https://github.com";
  const apiUrl = merged.apiUrl ?? "https://api.github.com";
  return {
    repository,
    repository_owner: repository.split("/")[0] ?? repository,
    sha: merged.sha ?? placeholderSha,
    ref,
    ref_name: refName(ref),
    ref_type: ref.startsWith("refs/tags/") ? "tag" : "branch",
    head_ref: merged.headRef ?? "",
    base_ref: merged.baseRef ?? "",
    event_name: event.name,
    event: event.payload,
    run_id: String(merged.runId ?? 1),
    run_number: String(merged.runNumber ?? 1),
    run_attempt: String(merged.runAttempt ?? 1),
    actor: merged.actor ?? "local-user",
    job: merged.job ?? "local",
    workflow: merged.workflow ?? "local",
    action: merged.action ?? "__run",
    server_url: serverUrl,
    api_url: apiUrl,
    graphql_url:
      merged.graphqlUrl ??
      (apiUrl.endsWith("/api/v3") ? `${apiUrl.slice(0, -3)}/graphql` : `${apiUrl}/graphql`),
    token: merged.token ?? "",
    workspace,
  };
}

function refName(ref: string): string {
  for (const prefix of ["refs/heads/", "refs/tags/", "refs/pull/"]) {
    if (ref.startsWith(prefix)) return ref.slice(prefix.length);
  }
  return ref;
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
