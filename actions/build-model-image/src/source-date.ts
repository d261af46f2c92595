import { execFileSync } from "node:child_process";
import { invalidInput } from "@mlops-actions/kit";

/**
 * The build time, in seconds: `SOURCE_DATE_EPOCH` when set (reproducible-builds.org), else the commit
 * time of HEAD in the workspace, else 0 — never the clock, which would change the digest on every build.
 */
export function sourceDateEpoch(
  workspace: string,
  env: NodeJS.ProcessEnv = process.env,
): { seconds: number; from: string } {
  const given = env.SOURCE_DATE_EPOCH?.trim();
  if (given) {
    if (!/^\d+$/.test(given))
      throw invalidInput("SOURCE_DATE_EPOCH (environment)", given, "whole seconds since 1970");
    return { seconds: Number(given), from: "SOURCE_DATE_EPOCH" };
  }
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%ct"], {
      cwd: workspace,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    if (/^\d+$/.test(out.trim())) return { seconds: Number(out.trim()), from: "commit time" };
  } catch {
    // not a git checkout
  }
  return { seconds: 0, from: "default (no SOURCE_DATE_EPOCH, no git commit)" };
}
