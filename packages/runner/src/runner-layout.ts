import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The runner's directories: `_temp` (RUNNER_TEMP), `_tool` (RUNNER_TOOL_CACHE), a workspace. */
export interface RunnerLayout {
  root: string;
  runnerTemp: string;
  toolCache: string;
  workspace: string;
  eventPath: string;
}

export function createRunnerLayout(workspace: string | undefined): RunnerLayout {
  const root = mkdtempSync(join(tmpdir(), "mlops-runner-"));
  const runnerTemp = join(root, "_temp");
  const toolCache = join(root, "_tool");
  const resolvedWorkspace = workspace ?? join(root, "workspace");
  for (const dir of [runnerTemp, toolCache, resolvedWorkspace, join(runnerTemp, "_github_workflow")]) {
    mkdirSync(dir, { recursive: true });
  }
  return {
    root,
    runnerTemp,
    toolCache,
    workspace: resolvedWorkspace,
    eventPath: join(runnerTemp, "_github_workflow", "event.json"),
  };
}

export const fileCommands = {
  GITHUB_OUTPUT: "set_output_",
  GITHUB_ENV: "set_env_",
  GITHUB_PATH: "add_path_",
  GITHUB_STATE: "save_state_",
  GITHUB_STEP_SUMMARY: "step_summary_",
} as const;

export type FileCommandName = keyof typeof fileCommands;

/** Fresh, empty file-command files for one step, named like the runner's (prefix + a new GUID). */
export function createFileCommandFiles(runnerTemp: string): Record<FileCommandName, string> {
  const dir = join(runnerTemp, "_runner_file_commands");
  mkdirSync(dir, { recursive: true });
  const suffix = randomUUID();
  const files = {} as Record<FileCommandName, string>;
  for (const [name, prefix] of Object.entries(fileCommands) as [FileCommandName, string][]) {
    const file = join(dir, prefix + suffix);
    writeFileSync(file, "");
    files[name] = file;
  }
  return files;
}
