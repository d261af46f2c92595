import path from "node:path";

/** The checked-out repository: GITHUB_WORKSPACE on a runner, the current directory elsewhere. */
export function workspaceDir(): string {
  return path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}

/** Resolves a user-given path against the workspace (absolute paths are kept). */
export function resolveInWorkspace(file: string): string {
  return path.resolve(workspaceDir(), file);
}

/**
 * The path GitHub wants in an annotation: relative to the workspace with forward slashes.
 * A path outside the workspace cannot be linked by GitHub, so it is returned unchanged.
 */
export function workspaceRelative(file: string): string {
  const absolute = resolveInWorkspace(file);
  const relative = path.relative(workspaceDir(), absolute);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return file;
  return relative.split(path.sep).join("/");
}
