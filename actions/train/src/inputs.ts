import {
  getBooleanInput,
  getEnumInput,
  getListInput,
  getNumberInput,
  getPathInput,
  getStringInput,
  missingInput,
  UserError,
  workspaceDir,
} from "@mlops-actions/kit";
import { parseEnvLines, TrainError } from "@mlops-actions/train";

export interface TrainInputs {
  run: string;
  shell: string;
  workingDirectory: string;
  env: Record<string, string>;
  timeoutMs: number | undefined;
  metrics: string | undefined;
  model: string[];
  params: string | undefined;
  deps: string[];
  cache: boolean;
  artifactName: string;
  retentionDays: number | undefined;
  backend: "local" | "ray";
  rayAddress: string | undefined;
  rayRuntimeEnv: Record<string, unknown> | undefined;
  mlflowTrackingUri: string | undefined;
  mlflowExperiment: string | undefined;
}

/** Every input, validated before any work starts. */
export function readInputs(): TrainInputs {
  const run = getStringInput("run", { required: true });
  const workingDirectory = getPathInput("working-directory", { kind: "dir", default: workspaceDir() });
  const timeoutMinutes = getNumberInput("timeout-minutes", { min: 0 });
  const deps = getListInput("deps");
  return {
    run,
    shell: getStringInput("shell", { default: "bash" }),
    workingDirectory,
    env: asUserError(() => parseEnvLines(getStringInput("env") ?? "")),
    timeoutMs: timeoutMinutes === undefined || timeoutMinutes === 0 ? undefined : timeoutMinutes * 60_000,
    metrics: getStringInput("metrics"),
    model: getListInput("model"),
    params: getStringInput("params"),
    deps,
    cache: readCache(deps),
    artifactName: getStringInput("artifact-name", { default: "model" }),
    retentionDays: getNumberInput("retention-days", { min: 1, max: 90, integer: true }),
    ...readBackend(),
    mlflowTrackingUri: getStringInput("mlflow-tracking-uri"),
    mlflowExperiment: getStringInput("mlflow-experiment"),
  };
}

/** The run cache only knows when to train again through `deps`: without them it would never. */
function readCache(deps: string[]): boolean {
  const cache = getBooleanInput("cache", { default: deps.length > 0 });
  if (cache && deps.length === 0) {
    throw new UserError(
      "Input 'cache' is true but 'deps' is empty: list the files whose content defines the run (code, data, requirements), or set cache: false",
    );
  }
  return cache;
}

function readBackend(): Pick<TrainInputs, "backend" | "rayAddress" | "rayRuntimeEnv"> {
  const backend = getEnumInput("backend", { values: ["local", "ray"] as const, default: "local" });
  const rayAddress = getStringInput("ray-address") ?? process.env.RAY_ADDRESS;
  const runtimeEnvText = getStringInput("ray-runtime-env");
  if (backend === "local") return { backend, rayAddress: undefined, rayRuntimeEnv: undefined };
  if (!rayAddress) throw missingInput("ray-address");
  for (const name of ["model", "metrics"]) {
    if (getStringInput(name)) {
      throw new UserError(
        `Input '${name}' cannot be used with backend 'ray': the job's files stay on the cluster; print metrics as 'mlops-metric: name=value' lines and store the model where the cluster can (MLflow, object storage)`,
      );
    }
  }
  let rayRuntimeEnv: Record<string, unknown> | undefined;
  if (runtimeEnvText) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(runtimeEnvText);
    } catch {
      parsed = undefined;
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw new UserError(
        `Input 'ray-runtime-env' has value '${runtimeEnvText}': expected a JSON object such as {"pip": ["scikit-learn"]}`,
      );
    }
    rayRuntimeEnv = parsed as Record<string, unknown>;
  }
  return { backend, rayAddress, rayRuntimeEnv };
}

/** Runs `work`, turning the train package's user errors into the kit's. */
export function asUserError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toUserError(error);
  }
}

export function toUserError(error: unknown): unknown {
  if (error instanceof TrainError) {
    return new UserError(error.message, error.file === undefined ? {} : { file: error.file });
  }
  return error;
}
