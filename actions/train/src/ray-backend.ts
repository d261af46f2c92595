import * as core from "@actions/core";
import { mask } from "@mlops-actions/kit";
import { type CommandResult, RayJobsClient, type RayRunResult, runRayJob } from "@mlops-actions/train";
import { RAY_STATE } from "./ray-state.ts";

export interface RayExecution {
  command: CommandResult;
  job: RayRunResult;
}

/**
 * Runs `run` as a Ray job on the cluster at `address` and maps its ending onto a command result: SUCCEEDED
 * is exit code 0, FAILED the driver's exit code (1 when Ray gives none), STOPPED a stopped command.
 */
export async function runOnRay(options: {
  address: string;
  entrypoint: string;
  workingDir: string;
  submissionId: string;
  runtimeEnv: Record<string, unknown> | undefined;
  envVars: Record<string, string>;
  metadata: Record<string, string>;
  timeoutMs: number | undefined;
  signal: AbortSignal;
}): Promise<RayExecution> {
  const token = process.env.RAY_AUTH_TOKEN;
  if (token) mask(token);
  const client = new RayJobsClient(options.address, token);
  const startedAt = new Date();
  const job = await runRayJob({
    client,
    workingDir: options.workingDir,
    entrypoint: options.entrypoint,
    submissionId: options.submissionId,
    ...(options.runtimeEnv ? { runtimeEnv: options.runtimeEnv } : {}),
    envVars: options.envVars,
    metadata: options.metadata,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    signal: options.signal,
    // The post step stops a job that is still running when the step is cancelled or killed.
    onJob: (submissionId) =>
      core.saveState(RAY_STATE, JSON.stringify({ address: options.address, submissionId })),
  });
  core.saveState(RAY_STATE, "");
  const exitCode =
    job.status === "SUCCEEDED" ? 0 : job.status === "FAILED" ? (job.driverExitCode ?? 1) || 1 : undefined;
  return {
    job,
    command: {
      exitCode,
      exitSignal: undefined,
      stoppedBecause: job.stoppedBecause ?? (job.status === "STOPPED" ? "cancelled" : undefined),
      stoppedWith: undefined,
      stderrTail: job.logTail,
      durationMs: job.durationMs,
      startedAt,
    },
  };
}
