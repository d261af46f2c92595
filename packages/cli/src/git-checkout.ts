import { execFileSync } from "node:child_process";

export interface GitCheckout {
  repository?: string;
  sha?: string;
  ref?: string;
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    const output = execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    return output === "" ? undefined : output;
  } catch {
    return undefined;
  }
}

/** owner/name from a GitHub remote URL (https or ssh form). */
export function repositoryFromRemote(url: string): string | undefined {
  const match = /[:/]([^/:]+)\/([^/]+?)(\.git)?\/?$/.exec(url);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** What `git rev-parse` tells about the checkout at cwd; empty when it is not a git checkout. */
export function readGitCheckout(cwd: string): GitCheckout {
  const sha = git(cwd, ["rev-parse", "HEAD"]);
  if (sha === undefined) return {};
  const ref = git(cwd, ["rev-parse", "--symbolic-full-name", "HEAD"]);
  const remote = git(cwd, ["config", "--get", "remote.origin.url"]);
  const repository = remote === undefined ? undefined : repositoryFromRemote(remote);
  return {
    sha,
    ...(ref?.startsWith("refs/") ? { ref } : {}),
    ...(repository !== undefined ? { repository } : {}),
  };
}
