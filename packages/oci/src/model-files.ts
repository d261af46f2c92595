import { readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { LayerEntry } from "./layer.ts";

export interface ModelFile {
  /** Path relative to the model folder (`/`-separated); for a single-file model, its name. */
  relative: string;
  absolute: string;
  size: number;
  executable: boolean;
}

/**
 * The files of a model (a folder, walked recursively in sorted order, or one file). Symbolic links are
 * followed; anything that is neither a file nor a folder is left out.
 */
export function listModelFiles(modelPath: string): ModelFile[] {
  const stats = statSync(modelPath);
  if (stats.isFile()) return [toModelFile(basename(modelPath), modelPath)];
  const files: ModelFile[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const absolute = join(dir, name);
      const entry = statSync(absolute);
      const relative = prefix ? `${prefix}/${name}` : name;
      if (entry.isDirectory()) walk(absolute, relative);
      else if (entry.isFile()) files.push(toModelFile(relative, absolute));
    }
  };
  walk(modelPath, "");
  return files;
}

function toModelFile(relative: string, absolute: string): ModelFile {
  const stats = statSync(absolute);
  return { relative, absolute, size: stats.size, executable: (stats.mode & 0o111) !== 0 };
}

/** The model's files as layer entries under `targetDir` (e.g. `models`). */
export function modelLayerEntries(files: ModelFile[], targetDir: string): LayerEntry[] {
  return files.map((file) => ({
    path: `${targetDir}/${file.relative}`,
    type: "file",
    source: file.absolute,
    size: file.size,
    executable: file.executable,
  }));
}
