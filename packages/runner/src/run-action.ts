import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Writable } from "node:stream";
import { loadActionManifest } from "./action-manifest.ts";
import { type ExpressionContext, evaluateCondition } from "./expressions.ts";
import { type ActionEvent, buildGitHubContext, type GitHubContextOverrides } from "./github-context.ts";
import { resolveInputs } from "./inputs.ts";
import { runStep } from "./run-step.ts";
import { createRunnerLayout } from "./runner-layout.ts";
import { SecretMasker } from "./secret-masker.ts";
import { inheritedEnvironment, prependPath, runnerEnvironment } from "./step-environment.ts";
import type { ActionRun, StepRun, StepStage } from "./types.ts";

export interface RunActionOptions {
  /** Folder holding action.yml / action.yaml. */
  actionDir: string;
  /** The step's `with:` values, exactly as a workflow would give them. */
  inputs?: Record<string, string>;
  /** GITHUB_WORKSPACE and the process's working directory; default: a fresh temp folder. */
  workspace?: string;
  /** Extra environment (job/step `env:`), e.g. GITHUB_API_URL, ACTIONS_RUNTIME_TOKEN, RUNNER_DEBUG. */
  env?: Record<string, string>;
  /** The triggering event; its payload is written to GITHUB_EVENT_PATH. Default: workflow_dispatch, {}. */
  event?: ActionEvent;
  /** `github` context values; given values win over what the event payload implies. */
  context?: GitHubContextOverrides;
  /** Node binary; default: the current one. */
  nodePath?: string;
  /** Per stage; a stage that runs longer is sent SIGTERM, then SIGKILL. */
  timeoutMs?: number;
  killGraceMs?: number;
  /** Run `runs.post` after main (when its post-if holds). Default true. */
  runPost?: boolean;
  /** Receives the log lines live (masked, commands consumed), e.g. process.stdout. */
  stream?: Writable;
}

/** Runs a node action (pre, main, post) the way the GitHub Actions runner does on a Linux runner. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const actionDir = resolve(options.actionDir);
  const manifest = loadActionManifest(actionDir);
  const layout = createRunnerLayout(options.workspace === undefined ? undefined : resolve(options.workspace));
  const callerEnv = options.env ?? {};
  const event: ActionEvent = options.event ?? { name: "workflow_dispatch", payload: {} };
  writeFileSync(layout.eventPath, JSON.stringify(event.payload, null, 2));

  const github = buildGitHubContext(
    event,
    {
      ...(callerEnv.GITHUB_API_URL ? { apiUrl: callerEnv.GITHUB_API_URL } : {}),
      ...(callerEnv.GITHUB_SERVER_URL ? { serverUrl: callerEnv.GITHUB_SERVER_URL } : {}),
      ...(callerEnv.GITHUB_GRAPHQL_URL ? { graphqlUrl: callerEnv.GITHUB_GRAPHQL_URL } : {}),
      ...options.context,
    },
    layout.workspace,
  );
  const masker = new SecretMasker();
  for (const secret of [github.token, callerEnv.ACTIONS_RUNTIME_TOKEN]) if (secret) masker.add(secret);

  const runner = {
    os: "Linux",
    arch: "X64",
    name: "mlops-actions local runner",
    temp: layout.runnerTemp,
    tool_cache: layout.toolCache,
    debug: callerEnv.RUNNER_DEBUG ?? "",
  };
  // The contexts the runner offers when it evaluates input defaults.
  const expressionContext: ExpressionContext = {
    contexts: { github, runner, env: callerEnv, job: {}, strategy: {}, matrix: {} },
  };
  const inputs = resolveInputs(manifest, options.inputs ?? {}, expressionContext);
  const debugLogging = callerEnv.RUNNER_DEBUG === "1" || callerEnv.ACTIONS_STEP_DEBUG === "true";
  const onLogLine = options.stream ? (line: string) => options.stream?.write(`${line}\n`) : undefined;

  const baseEnv = {
    ...inheritedEnvironment(),
    ...runnerEnvironment(github, layout, actionDir),
    ...callerEnv,
    ...inputs.env,
  };
  const carriedEnv: Record<string, string> = {};
  const carriedPath: string[] = [];
  const carriedState: Record<string, string> = {};
  let failed = false;

  const runStage = async (stage: StepStage, script: string): Promise<StepRun> => {
    const env: Record<string, string> = { ...baseEnv, ...carriedEnv };
    for (const [name, value] of Object.entries(carriedState)) env[`STATE_${name}`] = value;
    const path = prependPath(env.PATH, carriedPath);
    if (path !== undefined) env.PATH = path;
    const step = await runStep({
      stage,
      nodePath: options.nodePath ?? process.execPath,
      script: resolve(actionDir, script),
      workspace: layout.workspace,
      runnerTemp: layout.runnerTemp,
      env,
      masker,
      debugLogging,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.killGraceMs === undefined ? {} : { killGraceMs: options.killGraceMs }),
      ...(onLogLine ? { onLogLine } : {}),
      ...(stage === "main" ? { warnings: inputs.warnings, notes: inputs.notes } : {}),
    });
    Object.assign(carriedEnv, step.env);
    for (const dir of step.path) {
      const existing = carriedPath.indexOf(dir);
      if (existing >= 0) carriedPath.splice(existing, 1);
      carriedPath.push(dir);
    }
    Object.assign(carriedState, step.state);
    if (step.outcome === "failure") failed = true;
    return step;
  };

  const status = () => ({ contexts: expressionContext.contexts, status: { failed, cancelled: false } });
  let pre: StepRun | undefined;
  if (manifest.runs.pre !== undefined && evaluateCondition(manifest.runs.preIf, status())) {
    pre = await runStage("pre", manifest.runs.pre);
  }
  const main = failed
    ? skippedMain(layout.workspace, layout.runnerTemp)
    : await runStage("main", manifest.runs.main);
  let post: StepRun | undefined;
  if (
    options.runPost !== false &&
    manifest.runs.post !== undefined &&
    evaluateCondition(manifest.runs.postIf, status())
  ) {
    post = await runStage("post", manifest.runs.post);
  }
  return { ...main, ...(pre ? { pre } : {}), ...(post ? { post } : {}) };
}

/** Main does not run after a failed pre (its implicit condition is success()). */
function skippedMain(workspace: string, runnerTemp: string): StepRun {
  return {
    stage: "main",
    exitCode: 1,
    outcome: "failure",
    outputs: {},
    summary: "",
    annotations: [],
    debug: [],
    logs: [],
    masks: [],
    state: {},
    env: {},
    path: [],
    workspace,
    runnerTemp,
    durationMs: 0,
    timedOut: false,
    notes: ["main was skipped because pre failed"],
  };
}
