import type { GitHubContext } from "@mlops-actions/kit";

export interface GateTarget {
  /** The commit a check run belongs to: a pull request's head (GITHUB_SHA is its merge commit). */
  headSha: string;
  /** The branch whose runs hold the baseline: the pull request's base, else the current branch. */
  branch?: string;
  /** A pull request's base commit, for the merge-base fallback. */
  baseSha?: string;
}

export function gateTarget(context: GitHubContext, env = process.env): GateTarget {
  const pull = context.payload.pull_request as
    | { head?: { sha?: unknown }; base?: { ref?: unknown; sha?: unknown } }
    | undefined;
  const headSha = typeof pull?.head?.sha === "string" ? pull.head.sha : context.sha;
  const baseRef = typeof pull?.base?.ref === "string" ? pull.base.ref : env.GITHUB_BASE_REF || undefined;
  const baseSha = typeof pull?.base?.sha === "string" ? pull.base.sha : undefined;
  const branch = baseRef ?? (context.ref.startsWith("refs/heads/") ? context.refName : undefined);
  return {
    headSha,
    ...(branch !== undefined && { branch }),
    ...(baseSha !== undefined && { baseSha }),
  };
}
