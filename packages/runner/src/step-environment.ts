import type { GitHubContext } from "./github-context.ts";
import type { RunnerLayout } from "./runner-layout.ts";

/** Variables kept from the caller's environment: what a machine needs, nothing of the developer's setup. */
const inheritedNames = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LC_ALL",
  "LC_CTYPE",
  "TZ",
  "TMPDIR",
];

export function inheritedEnvironment(source: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of inheritedNames) {
    const value = source[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

/** The variables the runner sets for every step of a job on a Linux X64 hosted runner. */
export function runnerEnvironment(
  github: GitHubContext,
  layout: RunnerLayout,
  actionDir: string,
): Record<string, string> {
  const env: Record<string, string> = {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: layout.workspace,
    RUNNER_TEMP: layout.runnerTemp,
    RUNNER_TOOL_CACHE: layout.toolCache,
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "mlops-actions local runner",
    RUNNER_ENVIRONMENT: "self-hosted",
    GITHUB_REPOSITORY: github.repository,
    GITHUB_REPOSITORY_OWNER: github.repository_owner,
    GITHUB_SHA: github.sha,
    GITHUB_REF: github.ref,
    GITHUB_REF_NAME: github.ref_name,
    GITHUB_REF_TYPE: github.ref_type,
    GITHUB_HEAD_REF: github.head_ref,
    GITHUB_BASE_REF: github.base_ref,
    GITHUB_EVENT_NAME: github.event_name,
    GITHUB_EVENT_PATH: layout.eventPath,
    GITHUB_RUN_ID: github.run_id,
    GITHUB_RUN_NUMBER: github.run_number,
    GITHUB_RUN_ATTEMPT: github.run_attempt,
    GITHUB_JOB: github.job,
    GITHUB_WORKFLOW: github.workflow,
    GITHUB_ACTION: github.action,
    GITHUB_ACTION_PATH: actionDir,
    GITHUB_ACTION_REPOSITORY: "",
    GITHUB_ACTION_REF: "",
    GITHUB_ACTOR: github.actor,
    GITHUB_TRIGGERING_ACTOR: github.actor,
    GITHUB_SERVER_URL: github.server_url,
    GITHUB_API_URL: github.api_url,
    GITHUB_GRAPHQL_URL: github.graphql_url,
    GITHUB_RETENTION_DAYS: "90",
  };
  return env;
}

/** PATH with GITHUB_PATH additions in front, the most recently added first (as the runner prepends). */
export function prependPath(path: string | undefined, additions: readonly string[]): string | undefined {
  if (additions.length === 0) return path;
  const prefix = [...additions].reverse().join(":");
  return path === undefined || path === "" ? prefix : `${prefix}:${path}`;
}
