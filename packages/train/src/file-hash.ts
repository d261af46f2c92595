import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { glob, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { TrainError } from "./errors.ts";

export interface HashedFile {
  /** Relative to the directory the patterns were resolved in, with forward slashes. */
  path: string;
  sha256: string;
  size: number;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * The files `patterns` name, resolved in `baseDir`: a file is itself, a directory is every file under it,
 * anything else is a glob (node:fs glob syntax: `*`, `**`, `{a,b}`). Sorted, without duplicates. A pattern
 * that matches nothing is an error naming `inputName`, unless `allowEmpty`.
 */
export async function resolveFiles(
  patterns: string[],
  baseDir: string,
  inputName: string,
  options: { allowEmpty?: boolean; exclude?: (path: string) => boolean } = {},
): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const matched = await filesOf(pattern, baseDir);
    if (matched.length === 0 && !options.allowEmpty) {
      throw new TrainError(`Input '${inputName}': '${pattern}' matches no file in ${baseDir}`);
    }
    for (const file of matched) found.add(file);
  }
  return [...found].filter((file) => !options.exclude?.(file)).sort();
}

async function filesOf(pattern: string, baseDir: string): Promise<string[]> {
  const absolute = resolve(baseDir, pattern);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isFile()) return [absolute];
  if (info?.isDirectory()) return filesUnder(absolute);
  const files: string[] = [];
  for await (const match of glob(pattern, { cwd: baseDir })) {
    const path = resolve(baseDir, match);
    const matchInfo = await stat(path);
    if (matchInfo.isFile()) files.push(path);
    else if (matchInfo.isDirectory()) files.push(...(await filesUnder(path)));
  }
  return files;
}

async function filesUnder(dir: string): Promise<string[]> {
  const files: string[] = [];
  for await (const match of glob("**/*", { cwd: dir })) {
    const path = join(dir, match);
    if ((await stat(path)).isFile()) files.push(path);
  }
  return files;
}

/** sha256 and size of each file, named relative to `baseDir`. */
export async function hashFiles(files: string[], baseDir: string): Promise<HashedFile[]> {
  const hashed: HashedFile[] = [];
  for (const file of files) {
    const { size } = await stat(file);
    hashed.push({ path: relative(baseDir, file).split(sep).join("/"), sha256: await sha256File(file), size });
  }
  return hashed;
}
