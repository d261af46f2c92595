import { closeSync, openSync, readSync } from "node:fs";
import type { ModelFile } from "./model-files.ts";

export const FRAMEWORKS = ["sklearn", "xgboost", "lightgbm", "onnx", "mlflow"] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export interface Detection {
  framework: Framework;
  /** The file (or `.` for the whole folder, as MLflow wants) that the runtime should load. */
  uri: string;
}

export class FrameworkDetectionError extends Error {
  override name = "FrameworkDetectionError";
}

const SETTINGS_FILE = "model-settings.json";

/**
 * Detects the framework from the files: an `MLmodel` file is MLflow; otherwise by extension: `.onnx`,
 * `.pkl`/`.joblib`/`.pickle` (scikit-learn), `.ubj`/`.bst`/`.json` (XGBoost), `.txt` starting with
 * LightGBM's `tree` header. More than one candidate, or none, is an error that names what was found.
 */
export function detectFramework(files: ModelFile[]): Detection {
  if (files.some((f) => f.relative === "MLmodel")) return { framework: "mlflow", uri: "." };
  const candidates: Detection[] = [];
  for (const file of files) {
    const framework = frameworkOfFile(file);
    if (framework) candidates.push({ framework, uri: file.relative });
  }
  const kinds = [...new Set(candidates.map((c) => c.framework))];
  if (kinds.length === 1 && candidates.length === 1) return candidates[0] as Detection;
  if (candidates.length === 0) {
    throw new FrameworkDetectionError(
      `no model file found among ${files.length} file(s): expected MLmodel, *.onnx, *.pkl, *.joblib, *.ubj, *.bst, *.json or a LightGBM *.txt`,
    );
  }
  throw new FrameworkDetectionError(
    `several model files found (${candidates.map((c) => `${c.uri}: ${c.framework}`).join(", ")}); set the framework input`,
  );
}

/** The file to load for a framework given by the user: the first file that fits it, or the folder. */
export function modelUriFor(framework: Framework, files: ModelFile[]): string {
  if (framework === "mlflow") return ".";
  const match = files.find((file) => frameworkOfFile(file) === framework);
  return match?.relative ?? (files.length === 1 ? (files[0] as ModelFile).relative : ".");
}

function frameworkOfFile(file: ModelFile): Framework | undefined {
  const name = file.relative.toLowerCase();
  if (name === SETTINGS_FILE || name.endsWith(`/${SETTINGS_FILE}`)) return undefined;
  if (name.endsWith(".onnx")) return "onnx";
  if (/\.(pkl|pickle|joblib)$/.test(name)) return "sklearn";
  if (/\.(ubj|bst)$/.test(name)) return "xgboost";
  if (name.endsWith(".json")) return "xgboost";
  if (name.endsWith(".txt") && startsWith(file.absolute, "tree\n")) return "lightgbm";
  return undefined;
}

function startsWith(path: string, prefix: string): boolean {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(prefix.length);
    const read = readSync(fd, buffer, 0, prefix.length, 0);
    return buffer.subarray(0, read).toString("latin1") === prefix;
  } finally {
    closeSync(fd);
  }
}
