import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TrainError } from "./errors.ts";
import { killGroup, stopGroup } from "./process-group.ts";
import { shellCommand } from "./shell.ts";
import { TailBuffer } from "./tail-buffer.ts";

export interface RunCommandOptions {
  /** The script text, exactly as the user wrote it in `run`. */
  script: string;
  /** `bash` (default), `sh`, `python`, `pwsh` or a template with `{0}`. */
  shell?: string;
  cwd: string;
  /** The complete environment of the command. */
  env: NodeJS.ProcessEnv;
  /** Stop the tree after this long; undefined for no limit. */
  timeoutMs?: number;
  /** Aborting stops the tree (the step was cancelled). */
  signal?: AbortSignal;
  /** Between SIGTERM and SIGKILL on a timeout. Default 10 s. */
  killGraceMs?: number;
  /**
   * Between SIGTERM and SIGKILL on cancellation. Default 5 s: the runner sends SIGINT, then SIGTERM 7.5 s
   * later, then kills the action 2.5 s after that, so the tree must be gone within that window.
   */
  cancelGraceMs?: number;
  /** Where the live output goes. Default: this process's stdout and stderr. */
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  /** Directory for the script file. Default: the OS temp dir. */
  tempDir?: string;
}

export interface CommandResult {
  /** The exit code, or undefined when a signal ended the command. */
  exitCode: number | undefined;
  /** The signal that ended the command's main process, if one did. */
  exitSignal: NodeJS.Signals | undefined;
  /** Why the action stopped the command, if it did. */
  stoppedBecause: "timeout" | "cancelled" | undefined;
  /** How the stop went: every process left after SIGTERM, or SIGKILL was needed. */
  stoppedWith: "term" | "kill" | undefined;
  /** The last non-blank lines of the command's stderr. */
  stderrTail: string[];
  durationMs: number;
  startedAt: Date;
}

/** Runs a `run:`-style script with live output and stops its whole process tree on timeout or abort. */
export async function runCommand(options: RunCommandOptions): Promise<CommandResult> {
  const scriptDir = await mkdtemp(join(options.tempDir ?? tmpdir(), "mlops-train-"));
  try {
    const shell = options.shell ?? "bash";
    const scriptPath = join(scriptDir, `run${shellCommand(shell, "").extension}`);
    await writeFile(scriptPath, options.script, { mode: 0o700 });
    return await spawnScript(shellCommand(shell, scriptPath).argv, options);
  } finally {
    await rm(scriptDir, { recursive: true, force: true });
  }
}

function spawnScript(argv: string[], options: RunCommandOptions): Promise<CommandResult> {
  const [program, ...args] = argv;
  if (program === undefined) throw new TrainError("Input 'shell' names no program");
  const startedAt = new Date();
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const tail = new TailBuffer();
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stoppedBecause: CommandResult["stoppedBecause"];
    let stopping: Promise<"term" | "kill" | "gone"> | undefined;
    const stop = (reason: "timeout" | "cancelled") => {
      if (stopping !== undefined || child.pid === undefined) return;
      stoppedBecause = reason;
      const graceMs =
        reason === "timeout" ? (options.killGraceMs ?? 10_000) : (options.cancelGraceMs ?? 5_000);
      stopping = stopGroup(child.pid, graceMs);
    };
    const timer =
      options.timeoutMs === undefined ? undefined : setTimeout(() => stop("timeout"), options.timeoutMs);
    const onAbort = () => stop("cancelled");
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted) onAbort();

    child.stdout.on("data", (chunk: Buffer) => stdout.write(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr.write(chunk);
      tail.push(chunk.toString("utf8"));
    });
    child.once("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      reject(
        error.code === "ENOENT"
          ? new TrainError(`The shell '${program}' was not found in PATH`)
          : new TrainError(`Could not start '${program}': ${error.message}`),
      );
    });
    child.once("close", async (code, exitSignal) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      let stoppedWith: CommandResult["stoppedWith"];
      if (stopping !== undefined) {
        const how = await stopping;
        stoppedWith = how === "kill" ? "kill" : "term";
      }
      // The main process is gone; processes it left behind in its group must not outlive the step.
      if (child.pid !== undefined) await killGroup(child.pid);
      resolve({
        exitCode: code ?? undefined,
        exitSignal: exitSignal ?? undefined,
        stoppedBecause,
        stoppedWith,
        stderrTail: tail.lines(),
        durationMs: Date.now() - startedAt.getTime(),
        startedAt,
      });
    });
  });
}
