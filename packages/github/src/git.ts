import { execFile } from "node:child_process";

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/** Runs git with an argument array (never a shell); a failure is a result, not an exception. */
export function runGit(cwd: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      "git",
      [...args],
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        encoding: "utf8",
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
      },
      (error, stdout, stderr) =>
        resolve({ ok: error === null, stdout, stderr: firstLine(stderr || error?.message) }),
    );
  });
}

/** The full sha of a commit-ish, or undefined when git does not know it here. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith("-")) return undefined;
  const result = await runGit(cwd, [
    "rev-parse",
    "--verify",
    "--quiet",
    "--end-of-options",
    `${ref}^{commit}`,
  ]);
  return result.ok ? result.stdout.trim() : undefined;
}

/** The best common ancestor of two commits, or undefined (e.g. in a shallow clone). */
export async function mergeBase(cwd: string, a: string, b: string): Promise<string | undefined> {
  const result = await runGit(cwd, ["merge-base", a, b]);
  return result.ok ? result.stdout.trim() || undefined : undefined;
}

/** A file's text at a commit, by a path relative to `cwd`; undefined when it is not there. */
export async function showFileAt(cwd: string, sha: string, path: string): Promise<string | undefined> {
  const result = await runGit(cwd, ["show", `${sha}:./${path.replaceAll("\\", "/")}`]);
  return result.ok ? result.stdout : undefined;
}

/** The committer date of a commit (ISO 8601), or undefined. */
export async function commitDate(cwd: string, sha: string): Promise<string | undefined> {
  const result = await runGit(cwd, ["show", "-s", "--format=%cI", sha]);
  return result.ok ? result.stdout.trim() || undefined : undefined;
}

function firstLine(text: string | undefined): string {
  return (text ?? "").trim().split("\n")[0] ?? "";
}
