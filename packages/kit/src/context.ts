import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { UserError } from "./errors.ts";

export type EventPayload = Record<string, unknown>;

/** The GitHub Actions context, read from the runner's environment variables and event file. */
export interface GitHubContext {
  owner: string;
  repo: string;
  /** `owner/repo`, or "" outside a workflow. */
  repository: string;
  sha: string;
  ref: string;
  refName: string;
  eventName: string;
  payload: EventPayload;
  /** The pull request this run is about, when the event has one. */
  pullRequestNumber?: number;
  runId: number;
  runAttempt: number;
  serverUrl: string;
  apiUrl: string;
  graphqlUrl: string;
  workspace: string;
  runnerTemp: string;
  job: string;
  workflow: string;
  actor: string;
  /** Link to this run (and attempt), or "" when the repository or run id is unknown. */
  runUrl: string;
}

type Env = Record<string, string | undefined>;

export function getContext(env: Env = process.env): GitHubContext {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner = "", repo = ""] = repository.split("/", 2);
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || "https://github.com");
  const runId = toInteger(env.GITHUB_RUN_ID, 0);
  const runAttempt = toInteger(env.GITHUB_RUN_ATTEMPT, 1);
  const pullRequestNumber = pullRequestNumberOf(eventName, payload);
  return {
    owner,
    repo,
    repository,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    refName: env.GITHUB_REF_NAME ?? "",
    eventName,
    payload,
    ...(pullRequestNumber !== undefined && { pullRequestNumber }),
    runId,
    runAttempt,
    serverUrl,
    apiUrl: trimSlash(env.GITHUB_API_URL || "https://api.github.com"),
    graphqlUrl: trimSlash(env.GITHUB_GRAPHQL_URL || "https://api.github.com/graphql"),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || tmpdir(),
    job: env.GITHUB_JOB ?? "",
    workflow: env.GITHUB_WORKFLOW ?? "",
    actor: env.GITHUB_ACTOR ?? "",
    runUrl: runUrlOf(serverUrl, owner, repo, runId, runAttempt),
  };
}

function readEventPayload(file: string | undefined): EventPayload {
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? parsed : {};
  } catch (error) {
    throw new UserError(
      `The event file ${file} (GITHUB_EVENT_PATH) is not valid JSON`,
      { file },
      { cause: error },
    );
  }
}

function pullRequestNumberOf(eventName: string, payload: EventPayload): number | undefined {
  const pullRequest = payload.pull_request;
  if (isObject(pullRequest) && typeof pullRequest.number === "number") return pullRequest.number;
  if (eventName === "workflow_run" && isObject(payload.workflow_run)) {
    const pulls = payload.workflow_run.pull_requests;
    const first: unknown = Array.isArray(pulls) ? pulls[0] : undefined;
    if (isObject(first) && typeof first.number === "number") return first.number;
  }
  // A comment on a pull request arrives as an issue_comment whose issue has a pull_request key.
  const issue = payload.issue;
  if (isObject(issue) && isObject(issue.pull_request) && typeof issue.number === "number")
    return issue.number;
  return undefined;
}

function runUrlOf(serverUrl: string, owner: string, repo: string, runId: number, attempt: number): string {
  if (!owner || !repo || runId === 0) return "";
  const base = `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`;
  return attempt > 1 ? `${base}/attempts/${attempt}` : base;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toInteger(text: string | undefined, fallback: number): number {
  const value = Number(text);
  return text && Number.isSafeInteger(value) && value >= 0 ? value : fallback;
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}
