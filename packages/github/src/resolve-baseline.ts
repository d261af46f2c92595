import { readFile, stat } from "node:fs/promises";
import { relative } from "node:path";
import type { GitHubClient } from "@mlops-actions/kit/github";
import { downloadArtifactFiles, readFolderFiles } from "./artifact-files.ts";
import type { BaselineSpec } from "./baseline-spec.ts";
import type {
  BaselineAttempt,
  BaselineFile,
  BaselineProvenance,
  ResolvedBaseline,
} from "./baseline-types.ts";
import { findBaselineRun } from "./find-baseline-run.ts";
import { commitDate, mergeBase, resolveCommit, showFileAt } from "./git.ts";
import { ageInDays, stalenessReasons } from "./staleness.ts";
import { currentWorkflowId } from "./workflow-id.ts";

export interface GitHubAccess {
  octokit: GitHubClient;
  token: string;
  owner: string;
  repo: string;
  /** This run: its workflow is the one whose earlier runs hold the baseline. */
  runId: number;
}

export interface ResolveBaselineOptions {
  spec: BaselineSpec;
  artifactName: string;
  /** The candidate's metrics files, relative to the workspace with `/`. */
  candidateFiles: readonly string[];
  workspace: string;
  tempDir: string;
  /** Without it the artifact lookup is reported as skipped. */
  github?: GitHubAccess;
  /** The branch whose runs hold the baseline: a pull request's base branch, else this branch. */
  branch?: string;
  /** A pull request's base commit, for the merge-base fallback. */
  baseSha?: string;
  /** The clock for the baseline's age; default now. */
  now?: Date;
}

/**
 * Finds the baseline metrics and says where they came from. `auto`: the newest successful run's
 * artifact on the branch, else the files at the merge-base commit, else none. Every place looked in is
 * listed in `provenance.attempts`, so a fallback is never silent.
 */
export async function resolveBaseline(options: ResolveBaselineOptions): Promise<ResolvedBaseline> {
  const attempts: BaselineAttempt[] = [];
  const { spec } = options;
  if (spec.kind === "none") {
    return {
      provenance: { source: "none", description: "no baseline (baseline: none)", stale: [], attempts },
    };
  }
  if (spec.kind === "path") return fromPath(spec.path, options);
  if (spec.kind === "auto" || spec.kind === "artifact") {
    const found = await fromArtifact(options, attempts);
    if (found) return found;
  }
  if (spec.kind === "auto" || spec.kind === "git") {
    const found = await fromGit(spec.kind === "git" ? spec.ref : undefined, options, attempts);
    if (found) return found;
  }
  const looked = attempts.map((a) => `${a.source}: ${a.detail}`).join("; ");
  return {
    provenance: { source: "missing", description: `no baseline found (${looked})`, stale: [], attempts },
  };
}

async function fromArtifact(
  options: ResolveBaselineOptions,
  attempts: BaselineAttempt[],
): Promise<ResolvedBaseline | undefined> {
  const { github, branch } = options;
  if (github === undefined || branch === undefined) {
    const why = github === undefined ? "no GitHub token" : "no branch to look on";
    attempts.push({ source: "artifact", found: false, detail: `skipped: ${why}` });
    return undefined;
  }
  try {
    const repository = { owner: github.owner, repo: github.repo };
    const workflowId = await currentWorkflowId(github.octokit, repository, github.runId);
    const lookup = await findBaselineRun(github.octokit, {
      ...repository,
      workflowId,
      branch,
      artifactName: options.artifactName,
      excludeRunId: github.runId,
    });
    if (lookup.match === undefined) {
      attempts.push({ source: "artifact", found: false, detail: lookup.detail });
      return undefined;
    }
    const { run, artifact } = lookup.match;
    const all = await downloadArtifactFiles({
      artifactId: artifact.id,
      runId: run.id,
      owner: github.owner,
      repo: github.repo,
      token: github.token,
      tempDir: options.tempDir,
    });
    if (all.length === 0) {
      attempts.push({ source: "artifact", found: false, detail: `${lookup.detail} is empty` });
      return undefined;
    }
    attempts.push({ source: "artifact", found: true, detail: lookup.detail });
    const ageDays = ageInDays(run.createdAt, options.now ?? new Date());
    return finish(all, options, {
      source: "artifact",
      description: `artifact ${artifact.name} of run ${run.id} on ${run.headBranch} (${run.headSha.slice(0, 7)})`,
      sha: run.headSha,
      ref: run.headBranch,
      runId: run.id,
      runUrl: run.htmlUrl,
      artifact: { id: artifact.id, name: artifact.name },
      createdAt: run.createdAt,
      ...(ageDays !== undefined && { ageDays }),
      attempts,
    });
  } catch (error) {
    const status = (error as { status?: number }).status;
    const message = (error as Error).message.split("\n")[0];
    attempts.push({
      source: "artifact",
      found: false,
      detail: `failed: ${status ? `GitHub API answered ${status}: ` : ""}${message}`,
    });
    return undefined;
  }
}

async function fromGit(
  ref: string | undefined,
  options: ResolveBaselineOptions,
  attempts: BaselineAttempt[],
): Promise<ResolvedBaseline | undefined> {
  const cwd = options.workspace;
  const commit = ref === undefined ? await mergeBaseCommit(options) : await refCommit(cwd, ref);
  if (commit.sha === undefined) {
    attempts.push({ source: "git", found: false, detail: commit.detail });
    return undefined;
  }
  const sha = commit.sha;
  const files: BaselineFile[] = [];
  for (const name of options.candidateFiles) {
    const text = await showFileAt(cwd, sha, name);
    if (text !== undefined) files.push({ name, text });
  }
  if (files.length === 0) {
    attempts.push({
      source: "git",
      found: false,
      detail: `${commit.detail} has none of ${options.candidateFiles.join(", ")}`,
    });
    return undefined;
  }
  attempts.push({ source: "git", found: true, detail: commit.detail });
  const createdAt = await commitDate(cwd, sha);
  const ageDays = createdAt === undefined ? undefined : ageInDays(createdAt, options.now ?? new Date());
  return finish(files, options, {
    source: "git",
    description: `${commit.detail}`,
    sha,
    ...(ref !== undefined && { ref }),
    ...(ref === undefined && options.branch !== undefined && { ref: options.branch }),
    ...(createdAt !== undefined && { createdAt }),
    ...(ageDays !== undefined && { ageDays }),
    attempts,
  });
}

async function refCommit(cwd: string, ref: string): Promise<{ sha?: string; detail: string }> {
  const sha = await resolveCommit(cwd, ref);
  if (sha === undefined)
    return { detail: `git ref ${ref} is not in the local clone (check out with fetch-depth: 0)` };
  return { sha, detail: `file(s) at ${ref} (${sha.slice(0, 7)})` };
}

/** Where the pull request's branch left its base: merge-base of HEAD and the base commit. */
async function mergeBaseCommit(options: ResolveBaselineOptions): Promise<{ sha?: string; detail: string }> {
  const cwd = options.workspace;
  const base =
    (options.baseSha && (await resolveCommit(cwd, options.baseSha))) ||
    (options.branch && (await resolveCommit(cwd, `origin/${options.branch}`))) ||
    undefined;
  if (base === undefined) {
    const what = options.baseSha ?? (options.branch ? `origin/${options.branch}` : "the base branch");
    return {
      detail: `commit ${what} is not in the local clone (check out with fetch-depth: 0 for the git fallback)`,
    };
  }
  const sha = (await mergeBase(cwd, "HEAD", base)) ?? base;
  return { sha, detail: `file(s) at merge-base commit ${sha.slice(0, 7)}` };
}

async function fromPath(path: string, options: ResolveBaselineOptions): Promise<ResolvedBaseline> {
  const attempts: BaselineAttempt[] = [];
  const shown = relative(options.workspace, path) || path;
  const info = await stat(path);
  const files = info.isDirectory()
    ? await readFolderFiles(path)
    : [{ name: shown.replaceAll("\\", "/"), text: await readFile(path, "utf8") }];
  attempts.push({ source: "file", found: files.length > 0, detail: shown });
  if (files.length === 0) {
    return { provenance: { source: "missing", description: `no files in ${shown}`, stale: [], attempts } };
  }
  return finish(
    files,
    options,
    { source: "file", description: `file(s) at ${shown}`, attempts },
    info.isFile(),
  );
}

/**
 * Keeps the baseline files that pair with candidate files by name (all of them when none pair, e.g. an
 * artifact laid out differently) and reports staleness.
 */
function finish(
  files: BaselineFile[],
  options: ResolveBaselineOptions,
  provenance: Omit<BaselineProvenance, "stale" | "files">,
  singleFile = false,
): ResolvedBaseline {
  const candidates = new Set(options.candidateFiles);
  const paired = files.filter((file) => candidates.has(file.name));
  const kept = singleFile || paired.length === 0 ? files : paired;
  const stale = singleFile
    ? stalenessReasons({ ...provenance, baselineFiles: [], candidateFiles: [] })
    : stalenessReasons({
        ...provenance,
        baselineFiles: files.map((f) => f.name),
        candidateFiles: [...candidates],
      });
  return { files: kept, provenance: { ...provenance, files: kept.map((f) => f.name), stale } };
}
