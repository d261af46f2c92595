import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import {
  type ActionEvent,
  type ActionRun,
  findManifestFile,
  type GitHubContextOverrides,
  loadActionManifest,
  runAction,
} from "@mlops-actions/runner";
import { type HarnessReport, readReports, validateReports } from "./reports.ts";
import { eventPayload, type HarnessEventName } from "./webhook-examples.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** What the harness needs of a loopback GitHub server. */
export interface GitHubServerLike {
  url: string;
  graphqlUrl: string;
}

/** What the harness needs of a loopback artifact service. */
export interface ArtifactServiceLike {
  envFor(job: { runId: number; jobId?: string }): Record<string, string>;
}

export interface RunBundledOptions {
  inputs?: Record<string, string>;
  /** An event whose payload comes from @octokit/webhooks-examples, or an explicit one. Default: push. */
  event?: HarnessEventName | ActionEvent;
  env?: Record<string, string>;
  /** Point the action at a loopback GitHub (GITHUB_API_URL, GITHUB_GRAPHQL_URL). */
  github?: GitHubServerLike;
  /** Give the action the artifact service's environment (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN). */
  artifacts?: ArtifactServiceLike;
  /** The `github.token` (default of `github-token` inputs). Default: a placeholder token. */
  token?: string;
  runId?: number;
  runAttempt?: number;
  job?: string;
  /** Other `github` context values (repository, sha, ref, actor, ...). */
  context?: GitHubContextOverrides;
  workspace?: string;
  timeoutMs?: number;
  runPost?: boolean;
  /** Node that runs the bundle; must be v24. Default: the current one. */
  nodePath?: string;
  stream?: Writable;
  /** Validate reports against mlops-actions/report@1 (throws ReportValidationError). Default true. */
  validateReports?: boolean;
}

export interface BundledRun extends ActionRun {
  actionDir: string;
  /** The reports the run left in $RUNNER_TEMP/mlops-actions/reports/. */
  reports: HarnessReport[];
}

export const placeholderToken = "ghs_mlopsActionsHarnessToken000000000000";
/** Where a GitHub call goes when a test gives no GitHub server: nothing listens there, so it fails fast. */
export const unreachableApiUrl = "http://127.0.0.1:9";

let nextRunId = 7000;

/**
 * Runs an action's committed bundle (`dist/`) the way GitHub's runner runs it, under Node 24, with a
 * real example webhook payload as GITHUB_EVENT_PATH; returns the run and the reports it wrote.
 */
export async function runBundled(action: string, options: RunBundledOptions = {}): Promise<BundledRun> {
  const actionDir = resolveBundledAction(action);
  const nodePath = options.nodePath ?? process.execPath;
  assertNode24(nodePath);
  const runId = options.runId ?? nextRunId++;
  const job = options.job ?? "build";
  const event = typeof options.event === "object" ? options.event : harnessEvent(options.event ?? "push");
  const env: Record<string, string> = {
    GITHUB_API_URL: options.github?.url ?? unreachableApiUrl,
    GITHUB_GRAPHQL_URL: options.github?.graphqlUrl ?? `${unreachableApiUrl}/graphql`,
    ...actionsRuntimeEnv(options.artifacts?.envFor({ runId, jobId: job })),
    ...options.env,
  };
  const run = await runAction({
    actionDir,
    inputs: options.inputs ?? {},
    env,
    event,
    context: {
      runId,
      job,
      token: options.token ?? placeholderToken,
      ...(options.runAttempt === undefined ? {} : { runAttempt: options.runAttempt }),
      ...options.context,
    },
    nodePath,
    ...(options.workspace === undefined ? {} : { workspace: options.workspace }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.runPost === undefined ? {} : { runPost: options.runPost }),
    ...(options.stream === undefined ? {} : { stream: options.stream }),
  });
  const reports = readReports(run.runnerTemp);
  if (options.validateReports !== false) await validateReports(reports);
  return { ...run, actionDir, reports };
}

/**
 * Only the ACTIONS_* variables of an artifact service's environment: the GITHUB_* ones come from the
 * run's own `github` context, so repository, run id and job stay consistent across the step.
 */
function actionsRuntimeEnv(env: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(env ?? {}).filter(([name]) => name.startsWith("ACTIONS_")));
}

function harnessEvent(name: HarnessEventName): ActionEvent {
  return { name, payload: eventPayload(name) };
}

/** `actions/<name>` or `test/<name>` of the repository, or a folder; its runs.main must be under dist/. */
export function resolveBundledAction(action: string): string {
  const candidates =
    isAbsolute(action) || action.startsWith(".")
      ? [resolve(action)]
      : [join(repoRoot, "actions", action), join(repoRoot, "test", action)];
  const actionDir = candidates.find((dir) => findManifestFile(dir) !== undefined);
  if (actionDir === undefined) throw new Error(`no action.yml in ${candidates.join(" or ")}`);
  const main = loadActionManifest(actionDir).runs.main;
  const mainPath = resolve(actionDir, main);
  const insideDist = relative(join(actionDir, "dist"), mainPath);
  if (insideDist === "" || insideDist.startsWith("..") || isAbsolute(insideDist)) {
    throw new Error(`${actionDir}: runs.main '${main}' is not a bundle under dist/`);
  }
  if (!existsSync(mainPath))
    throw new Error(`${actionDir}: the bundle ${main} is missing; run \`npm run bundle\``);
  return actionDir;
}

export function assertNode24(nodePath: string): void {
  const version =
    nodePath === process.execPath
      ? process.version
      : execFileSync(nodePath, ["--version"], { encoding: "utf8" }).trim();
  if (!version.startsWith("v24.")) {
    throw new Error(`bundled actions run on node24; ${nodePath} is ${version}`);
  }
}
