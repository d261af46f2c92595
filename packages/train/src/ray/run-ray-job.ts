import { TrainError } from "../errors.ts";
import { type RayJobInfo, type RayJobStatus, type RayJobsClient, TERMINAL_STATUSES } from "./jobs-client.ts";
import { metricsFromLines } from "./metric-lines.ts";
import { packageWorkingDir } from "./package-dir.ts";

export interface RayRunOptions {
  client: RayJobsClient;
  /** Packed and uploaded as the job's working_dir. */
  workingDir: string;
  entrypoint: string;
  /** Derived from the GitHub run: a retried step finds its job instead of starting another. */
  submissionId: string;
  /** The `ray-runtime-env` input (pip, conda, env_vars, ...); working_dir is the action's. */
  runtimeEnv?: Record<string, unknown>;
  envVars?: Record<string, string>;
  metadata?: Record<string, string>;
  timeoutMs?: number;
  signal?: AbortSignal;
  pollMs?: number;
  /** Where the job's log goes, as it grows. Default: stdout. */
  output?: NodeJS.WritableStream;
  /** Called once the job is known to the cluster (so a `post:` step can stop it). */
  onJob?: (submissionId: string) => void;
}

export interface RayRunResult {
  submissionId: string;
  /** True when the job already existed (a retried step) and was followed instead of submitted. */
  attached: boolean;
  status: RayJobStatus;
  message: string;
  driverExitCode: number | undefined;
  stoppedBecause: "timeout" | "cancelled" | undefined;
  /** Metrics printed as `mlops-metric: name=value` lines. */
  metrics: Record<string, number>;
  logTail: string[];
  durationMs: number;
}

const RESTARTABLE: readonly RayJobStatus[] = ["FAILED", "STOPPED"];

/** Submits (or re-attaches to) a Ray job, streams its log and waits for it to end. */
export async function runRayJob(options: RayRunOptions): Promise<RayRunResult> {
  const started = Date.now();
  const { client } = options;
  const { submissionId, attached } = await submitOrAttach(options);
  options.onJob?.(submissionId);
  const output = options.output ?? process.stdout;
  let stoppedBecause: RayRunResult["stoppedBecause"];
  const stop = async (reason: "timeout" | "cancelled") => {
    if (stoppedBecause !== undefined) return;
    stoppedBecause = reason;
    output.write(
      `\nStopping Ray job ${submissionId} (${reason === "timeout" ? "timed out" : "step cancelled"}).\n`,
    );
    await client.stopJob(submissionId).catch(() => false);
  };
  const timer =
    options.timeoutMs === undefined ? undefined : setTimeout(() => void stop("timeout"), options.timeoutMs);
  const onAbort = () => void stop("cancelled");
  options.signal?.addEventListener("abort", onAbort, { once: true });
  if (options.signal?.aborted) onAbort();

  let printed = 0;
  let logs = "";
  let job: RayJobInfo | undefined;
  try {
    for (;;) {
      job = await client.getJob(submissionId);
      logs = await client.logs(submissionId).catch(() => logs);
      if (logs.length > printed) {
        output.write(logs.slice(printed));
        printed = logs.length;
      }
      if (job === undefined) throw new TrainError(`The Ray job ${submissionId} disappeared from the cluster`);
      if (TERMINAL_STATUSES.includes(job.status)) break;
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
  if (!logs.endsWith("\n") && logs !== "") output.write("\n");
  return {
    submissionId,
    attached,
    status: job.status,
    message: job.message ?? "",
    driverExitCode: job.driver_exit_code ?? undefined,
    stoppedBecause,
    metrics: metricsFromLines(logs),
    logTail: logs
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "")
      .slice(-20),
    durationMs: Date.now() - started,
  };
}

/**
 * The job for this step: an existing one that is pending, running or done is followed; a failed or
 * stopped one is left alone and the next free id (`<id>-2`, `<id>-3`, ...) is submitted.
 */
async function submitOrAttach(options: RayRunOptions): Promise<{ submissionId: string; attached: boolean }> {
  for (let attempt = 1; attempt <= 50; attempt++) {
    const submissionId = attempt === 1 ? options.submissionId : `${options.submissionId}-${attempt}`;
    const existing = await options.client.getJob(submissionId);
    if (existing !== undefined && !RESTARTABLE.includes(existing.status)) {
      (options.output ?? process.stdout).write(
        `Following Ray job ${submissionId} (${existing.status}), submitted by an earlier try of this step.\n`,
      );
      return { submissionId, attached: true };
    }
    if (existing !== undefined) continue;
    await submit(options, submissionId);
    return { submissionId, attached: false };
  }
  throw new TrainError(`Ray already has 50 failed or stopped jobs for ${options.submissionId}`);
}

async function submit(options: RayRunOptions, submissionId: string): Promise<void> {
  const runtimeEnv = options.runtimeEnv ?? {};
  if ("working_dir" in runtimeEnv) {
    throw new TrainError(
      "Input 'ray-runtime-env' sets working_dir: the action packages 'working-directory' itself; leave working_dir out",
    );
  }
  const pkg = await packageWorkingDir(options.workingDir);
  const output = options.output ?? process.stdout;
  if (await options.client.packageExists(pkg.uri))
    output.write(`Working directory already on the cluster as ${pkg.uri}\n`);
  else {
    output.write(
      `Uploading the working directory (${pkg.files.length} files, ${pkg.zip.length} bytes) as ${pkg.uri}\n`,
    );
    await options.client.uploadPackage(pkg.uri, pkg.zip);
  }
  const userVars = (runtimeEnv.env_vars ?? {}) as Record<string, string>;
  await options.client.submitJob({
    entrypoint: options.entrypoint,
    submission_id: submissionId,
    runtime_env: { ...runtimeEnv, working_dir: pkg.uri, env_vars: { ...userVars, ...options.envVars } },
    ...(options.metadata ? { metadata: options.metadata } : {}),
  });
  output.write(`Submitted Ray job ${submissionId}\n`);
}
