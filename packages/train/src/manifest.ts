import { writeFile } from "node:fs/promises";
import type { HashedFile } from "./file-hash.ts";
import type { ParamsRecord } from "./params.ts";
import type { PythonEnvironment } from "./python-env.ts";

export const MANIFEST_SCHEMA = "mlops-actions/train-manifest@1";
export const MANIFEST_FILE = "mlops-manifest.json";

/** What went into a training run and what came out; lands in the report and next to the model. */
export interface RunManifest {
  schema: typeof MANIFEST_SCHEMA;
  runId: string;
  git: { sha: string; ref: string };
  command: { run: string; shell: string; workingDirectory: string; backend: "local" | "ray" };
  params?: ParamsRecord;
  deps: HashedFile[];
  model: HashedFile[];
  metrics: Record<string, number>;
  startedAt: string;
  durationMs: number;
  /** The command's exit code; null when it did not run (cache hit) or a signal ended it. */
  exitCode: number | null;
  cache?: { key: string; hit: boolean };
  mlflow?: { trackingUri: string; experimentId: string; runId: string };
  ray?: { address: string; submissionId: string; status: string };
  python?: PythonEnvironment;
}

export async function writeManifest(manifest: RunManifest, path: string): Promise<void> {
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
