import { getContext } from "@mlops-actions/kit";
import { type CommandResult, commandEnvironment, type RayRunResult, runCommand } from "@mlops-actions/train";
import type { TrainInputs } from "./inputs.ts";
import { runOnRay } from "./ray-backend.ts";

export interface Execution {
  command: CommandResult;
  /** The environment the command ran with (local backend). */
  env: NodeJS.ProcessEnv;
  rayJob: RayRunResult | undefined;
}

/** Runs the training on the chosen backend: this runner, or a job on the Ray cluster. */
export async function execute(
  inputs: TrainInputs,
  runId: string,
  extraEnv: Record<string, string>,
  signal: AbortSignal,
): Promise<Execution> {
  const env = commandEnvironment(process.env, inputs.env, extraEnv);
  if (inputs.backend === "ray") {
    const context = getContext();
    const ray = await runOnRay({
      address: inputs.rayAddress ?? "",
      entrypoint: inputs.run,
      workingDir: inputs.workingDirectory,
      submissionId: runId,
      runtimeEnv: inputs.rayRuntimeEnv,
      envVars: { ...inputs.env, ...extraEnv },
      metadata: {
        "github.repository": context.repository,
        "github.sha": context.sha,
        "github.run_url": context.runUrl,
      },
      timeoutMs: inputs.timeoutMs,
      signal,
    });
    return { command: ray.command, env, rayJob: ray.job };
  }
  const command = await runCommand({
    script: inputs.run,
    shell: inputs.shell,
    cwd: inputs.workingDirectory,
    env,
    ...(inputs.timeoutMs === undefined ? {} : { timeoutMs: inputs.timeoutMs }),
    signal,
    ...(process.env.RUNNER_TEMP ? { tempDir: process.env.RUNNER_TEMP } : {}),
  });
  return { command, env, rayJob: undefined };
}
