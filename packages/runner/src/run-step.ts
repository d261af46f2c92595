import { readFileSync, statSync } from "node:fs";
import { CommandProcessor } from "./command-processor.ts";
import { parseKeyValueFile, parsePathFile } from "./file-commands.ts";
import { runNodeProcess } from "./node-process.ts";
import { createFileCommandFiles, type FileCommandName } from "./runner-layout.ts";
import type { SecretMasker } from "./secret-masker.ts";
import type { StepRun, StepStage } from "./types.ts";

export interface StepInvocation {
  stage: StepStage;
  nodePath: string;
  script: string;
  workspace: string;
  runnerTemp: string;
  /** Complete environment of the process, except the file-command paths added here. */
  env: Record<string, string>;
  masker: SecretMasker;
  debugLogging: boolean;
  timeoutMs?: number;
  killGraceMs?: number;
  onLogLine?: (line: string) => void;
  /** Warnings the runner prints before the process starts (e.g. unexpected inputs). */
  warnings?: readonly string[];
  notes?: readonly string[];
}

const summarySizeLimit = 1024 * 1024;

/** Runs one stage of a node action and processes its output and file commands as the runner does. */
export async function runStep(invocation: StepInvocation): Promise<StepRun> {
  const started = performance.now();
  const files = createFileCommandFiles(invocation.runnerTemp);
  const processor = new CommandProcessor({
    masker: invocation.masker,
    debugLogging: invocation.debugLogging,
    ...(invocation.onLogLine ? { onLogLine: invocation.onLogLine } : {}),
  });
  for (const warning of invocation.warnings ?? []) processor.runnerIssue("warning", warning);

  const result = await runNodeProcess({
    nodePath: invocation.nodePath,
    script: invocation.script,
    cwd: invocation.workspace,
    env: { ...invocation.env, ...files },
    ...(invocation.timeoutMs === undefined ? {} : { timeoutMs: invocation.timeoutMs }),
    ...(invocation.killGraceMs === undefined ? {} : { killGraceMs: invocation.killGraceMs }),
    onLine: (line) => processor.processLine(line),
  });
  // A node action's non-zero exit only fails the step; unlike `run:` scripts the runner adds no message.
  if (result.timedOut)
    processor.runnerIssue("error", `The action has timed out after ${invocation.timeoutMs} ms.`);

  let fileCommandFailed = false;
  const readEntries = (name: FileCommandName, context: string): Record<string, string> => {
    try {
      const entries = parseKeyValueFile(readFileSync(files[name], "utf8"));
      if (name === "GITHUB_ENV") {
        const blocked = entries.find(([key]) => key.toUpperCase() === "NODE_OPTIONS");
        if (blocked)
          throw new Error("Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.");
      }
      return Object.fromEntries(entries);
    } catch (error) {
      processor.runnerIssue("error", `Unable to process file command '${context}' successfully.`);
      processor.runnerIssue("error", (error as Error).message);
      fileCommandFailed = true;
      return {};
    }
  };
  const outputs = { ...processor.outputs, ...readEntries("GITHUB_OUTPUT", "output") };
  const state = { ...processor.state, ...readEntries("GITHUB_STATE", "state") };
  const env = readEntries("GITHUB_ENV", "env");
  const path = parsePathFile(readFileSync(files.GITHUB_PATH, "utf8"));
  const summary = readSummary(files.GITHUB_STEP_SUMMARY, invocation.masker, processor);

  const failed = result.exitCode !== 0 || result.timedOut || processor.commandFailed || fileCommandFailed;
  return {
    stage: invocation.stage,
    exitCode: result.exitCode,
    outcome: failed ? "failure" : "success",
    outputs,
    summary,
    annotations: processor.annotations,
    debug: processor.debug,
    logs: processor.logs,
    masks: [...invocation.masker.secrets],
    state,
    env,
    path,
    workspace: invocation.workspace,
    runnerTemp: invocation.runnerTemp,
    durationMs: Math.round(performance.now() - started),
    timedOut: result.timedOut,
    notes: [...(invocation.notes ?? [])],
  };
}

function readSummary(file: string, masker: SecretMasker, processor: CommandProcessor): string {
  const size = statSync(file).size;
  if (size === 0) return "";
  if (size > summarySizeLimit) {
    processor.runnerIssue(
      "error",
      `$GITHUB_STEP_SUMMARY supports content up a size of ${summarySizeLimit / 1024}k got ${Math.floor(size / 1024)}k`,
    );
    return "";
  }
  return masker.mask(readFileSync(file, "utf8"));
}
