import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { type Zippable, zipSync } from "fflate";
import { TrainError } from "../errors.ts";

const run = promisify(execFile);

/**
 * Ray keeps an uploaded working_dir in its GCS, bounded by the gRPC message size (512 MiB in Ray 2.x,
 * `GCS_STORAGE_MAX_SIZE` in ray/_private/runtime_env/packaging.py).
 */
export const RAY_PACKAGE_LIMIT_BYTES = 512 * 1024 * 1024;

export interface WorkingDirPackage {
  /** `gcs://_ray_pkg_<hash>.zip`: the name Ray's own client gives a package, derived from its content. */
  uri: string;
  zip: Uint8Array;
  files: string[];
}

/**
 * Zips a working directory the way `ray job submit --working-dir` ships it: files at the zip's root.
 * Files ignored by git (`.gitignore`, `.git/info/exclude`) are left out when the folder is in a git
 * work tree, and so are `.git` and virtualenvs (any folder holding `pyvenv.cfg`) always.
 */
export async function packageWorkingDir(
  dir: string,
  limitBytes = RAY_PACKAGE_LIMIT_BYTES,
): Promise<WorkingDirPackage> {
  const files = (await gitFiles(dir)) ?? (await walk(dir, ""));
  const venvs = new Map<string, boolean>();
  const kept = files.filter((file) => !isExcluded(dir, file, venvs)).sort();
  const entries: Zippable = {};
  const hash = createHash("sha256");
  let rawBytes = 0;
  for (const file of kept) {
    const bytes = await readFile(join(dir, file)).catch(() => undefined);
    if (bytes === undefined) continue; // listed by git but deleted in the work tree
    rawBytes += bytes.length;
    entries[file] = [bytes, { level: 6 }];
    hash.update(file).update("\0").update(bytes);
  }
  const zip = zipSync(entries);
  if (zip.length >= limitBytes) {
    throw new TrainError(
      `The working directory packs to ${mib(zip.length)} (${kept.length} files, ${mib(rawBytes)} before compression), over Ray's limit of ${mib(limitBytes)} for an uploaded working_dir: list large files (data, checkpoints) in .gitignore and have the job read them from storage the cluster can reach`,
    );
  }
  return { uri: `gcs://_ray_pkg_${hash.digest("hex").slice(0, 32)}.zip`, zip, files: kept };
}

/** Files git would commit: tracked ones plus untracked ones that are not ignored. Undefined outside git. */
async function gitFiles(dir: string): Promise<string[] | undefined> {
  try {
    const { stdout } = await run("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024,
    });
    return stdout.split("\0").filter((file) => file !== "");
  } catch {
    return undefined;
  }
}

async function walk(root: string, relative: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(root, relative), { withFileTypes: true })) {
    const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name === ".git" || existsSync(join(root, path, "pyvenv.cfg"))) continue;
      files.push(...(await walk(root, path)));
    } else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** In .git or in a virtualenv (a folder holding pyvenv.cfg); `venvs` remembers folders already looked at. */
function isExcluded(root: string, file: string, venvs: Map<string, boolean>): boolean {
  const parts = file.split(/[/\\]/);
  if (parts.includes(".git")) return true;
  for (let depth = 1; depth < parts.length; depth++) {
    const folder = parts.slice(0, depth).join("/");
    let isVenv = venvs.get(folder);
    if (isVenv === undefined) {
      isVenv = existsSync(join(root, folder, "pyvenv.cfg"));
      venvs.set(folder, isVenv);
    }
    if (isVenv) return true;
  }
  return false;
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
