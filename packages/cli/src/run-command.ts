import { rmSync } from "node:fs";
import { dirname } from "node:path";
import type { Writable } from "node:stream";
import { type ActionRun, runAction } from "@mlops-actions/runner";
import type { RunCommand } from "./args.ts";
import { resolveAction } from "./find-actions.ts";
import { readGitCheckout } from "./git-checkout.ts";
import { localEvent } from "./local-event.ts";
import { formatRunReport } from "./render.ts";

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Variables of the caller's environment a local run passes on when they are set. */
const passedThrough = [
  "GITHUB_API_URL",
  "GITHUB_SERVER_URL",
  "GITHUB_GRAPHQL_URL",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_RESULTS_URL",
  "RUNNER_DEBUG",
  "ACTIONS_STEP_DEBUG",
];

export async function runCommand(command: RunCommand, io: CliIo): Promise<number> {
  const actionDir = resolveAction(command.action, command.actionsDir);
  const workspace = command.workspace ?? io.cwd;
  const git = readGitCheckout(workspace);
  const env: Record<string, string> = {};
  for (const name of passedThrough) {
    const value = io.env[name];
    if (value !== undefined && value !== "") env[name] = value;
  }
  // A token given as input is a secret too: as github.token it is masked in the log.
  const token = io.env.GITHUB_TOKEN || command.inputs["github-token"] || "";
  const hasGitHub = token !== "" || env.GITHUB_API_URL !== undefined;
  // Without any GitHub to talk to, the action kit skips GitHub calls with a note instead of failing.
  if (!hasGitHub) env.MLOPS_ACTIONS_LOCAL = "1";
  Object.assign(env, command.env);

  const run = await runAction({
    actionDir,
    inputs: command.inputs,
    workspace,
    env,
    event: localEvent(command.event, git),
    context: {
      ...(git.repository ? { repository: git.repository } : {}),
      ...(git.sha ? { sha: git.sha } : {}),
      ...(git.ref && command.event !== "pull_request" ? { ref: git.ref } : {}),
      ...(token ? { token } : {}),
    },
    ...(command.json ? {} : { stream: io.stdout }),
  });
  io.stdout.write(command.json ? `${JSON.stringify(run, null, 2)}\n` : formatRunReport(run));
  if (command.keepTemp) {
    if (!command.json) io.stdout.write(`RUNNER_TEMP kept: ${run.runnerTemp}\n`);
  } else {
    rmSync(dirname(run.runnerTemp), { recursive: true, force: true });
  }
  return exitCodeOf(run);
}

/** The action's exit code; 1 when the runner failed the step although the process exited 0. */
export function exitCodeOf(run: ActionRun): number {
  if (run.exitCode !== 0) return run.exitCode;
  const failed = [run.pre, run, run.post].some((step) => step?.outcome === "failure");
  return failed ? 1 : 0;
}
