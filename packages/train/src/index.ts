export { CACHE_KEY_PREFIX, type CacheKeyInput, runCacheKey } from "./cache-key.ts";
export { commandEnvironment, trainingRunId } from "./command-env.ts";
export { parseEnvLines } from "./env-input.ts";
export { TrainError } from "./errors.ts";
export { type HashedFile, hashFiles, resolveFiles, sha256File } from "./file-hash.ts";
export { MANIFEST_FILE, MANIFEST_SCHEMA, type RunManifest, writeManifest } from "./manifest.ts";
export { readTrainingMetrics } from "./metrics.ts";
export { type MlflowAuth, MlflowClient, type MlflowRunData, type MlflowRunStatus } from "./mlflow-client.ts";
export { type ParamsRecord, readParams } from "./params.ts";
export { groupAlive, killGroup, signalGroup, stopGroup } from "./process-group.ts";
export { describePython, type PythonEnvironment, type PythonPackage, ranPython } from "./python-env.ts";
export {
  type RayJobInfo,
  type RayJobRequest,
  type RayJobStatus,
  RayJobsClient,
  TERMINAL_STATUSES,
} from "./ray/jobs-client.ts";
export { metricsFromLines } from "./ray/metric-lines.ts";
export { packageWorkingDir, RAY_PACKAGE_LIMIT_BYTES, type WorkingDirPackage } from "./ray/package-dir.ts";
export { type RayRunOptions, type RayRunResult, runRayJob } from "./ray/run-ray-job.ts";
export { type CommandResult, type RunCommandOptions, runCommand } from "./run-command.ts";
export { BUILT_IN_SHELLS, type ShellCommand, shellCommand } from "./shell.ts";
export { TailBuffer } from "./tail-buffer.ts";
