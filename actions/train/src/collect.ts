import { mkdir, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { workspaceRelative } from "@mlops-actions/kit";
import {
  type HashedFile,
  hashFiles,
  MANIFEST_FILE,
  readTrainingMetrics,
  resolveFiles,
} from "@mlops-actions/train";
import type { TrainInputs } from "./inputs.ts";

export interface Collected {
  metrics: Record<string, number>;
  metricsFile: string | undefined;
  modelFiles: string[];
  model: HashedFile[];
  /** Where the manifest goes: the model directory, beside the model file, or the runner's temp dir. */
  manifestPath: string;
  /** The `model-path` output: the model directory or file, workspace-relative. */
  modelPath: string;
}

/** Reads what the training left behind: metrics (numbers only) and the model files with their hashes. */
export async function collectOutputs(inputs: TrainInputs, runId: string): Promise<Collected> {
  const cwd = inputs.workingDirectory;
  const metricsFile = inputs.metrics === undefined ? undefined : resolve(cwd, inputs.metrics);
  const metrics =
    metricsFile === undefined ? {} : await readTrainingMetrics(metricsFile, workspaceRelative(metricsFile));
  const modelFiles = await resolveFiles(inputs.model, cwd, "model", {
    exclude: (file) => basename(file) === MANIFEST_FILE,
  });
  const model = await hashFiles(modelFiles, cwd);
  const modelRoot = await modelLocation(inputs.model, cwd, modelFiles);
  const manifestDir =
    modelRoot === undefined
      ? join(process.env.RUNNER_TEMP || cwd, "mlops-actions", "train", runId)
      : (await stat(modelRoot)).isDirectory()
        ? modelRoot
        : dirname(modelRoot);
  await mkdir(manifestDir, { recursive: true });
  return {
    metrics,
    metricsFile,
    modelFiles,
    model,
    manifestPath: join(manifestDir, MANIFEST_FILE),
    modelPath: modelRoot === undefined ? "" : workspaceRelative(modelRoot),
  };
}

/** The model's directory when `model` names one, else the single model file, else their common folder. */
async function modelLocation(patterns: string[], cwd: string, files: string[]): Promise<string | undefined> {
  if (files.length === 0) return undefined;
  if (patterns.length === 1 && patterns[0] !== undefined) {
    const named = resolve(cwd, patterns[0]);
    const info = await stat(named).catch(() => undefined);
    if (info !== undefined) return named;
  }
  if (files.length === 1) return files[0];
  let root = dirname(files[0] as string);
  while (files.some((file) => !file.startsWith(`${root}/`))) root = dirname(root);
  return root;
}
