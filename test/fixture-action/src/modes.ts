import { dirname, relative } from "node:path";
import * as core from "@actions/core";
import {
  getContext,
  getNumberInput,
  getStringInput,
  setOutput,
  UserError,
  workspaceDir,
} from "@mlops-actions/kit";

type Mode = "none" | "comment" | "invalid-call" | "upload" | "download";

/** The fixture's optional side effect; returns a few words for the summary. */
export async function runMode(mode: Mode, files: string[]): Promise<string | undefined> {
  switch (mode) {
    case "none":
      return undefined;
    case "comment":
      return comment();
    case "invalid-call":
      return invalidCall();
    case "upload":
      return upload(files);
    case "download":
      return download();
  }
}

async function github() {
  const { getOctokitOrSkip } = await import("@mlops-actions/kit/github");
  return getOctokitOrSkip(getStringInput("github-token"), "the fixture's GitHub call", { delayUnitMs: 100 });
}

async function comment(): Promise<string> {
  const context = getContext();
  const octokit = await github();
  if (!octokit) return "skipped: no token";
  if (context.pullRequestNumber === undefined)
    throw new UserError("mode 'comment' needs a pull_request event");
  const { data } = await octokit.rest.issues.createComment({
    owner: context.owner,
    repo: context.repo,
    issue_number: context.pullRequestNumber,
    body: `fixture comment from run ${context.runId}`,
  });
  setOutput("comment-id", String(data.id));
  return `comment ${data.id}`;
}

/** A check run with a conclusion GitHub does not accept: the API answers 422 and the step fails. */
async function invalidCall(): Promise<string> {
  const context = getContext();
  const octokit = await github();
  if (!octokit) return "skipped: no token";
  // A plain string route: octokit's types would (rightly) refuse this conclusion at compile time.
  const route: string = "POST /repos/{owner}/{repo}/check-runs";
  try {
    await octokit.request(route, {
      owner: context.owner,
      repo: context.repo,
      name: "fixture",
      head_sha: context.sha,
      status: "completed",
      conclusion: "splendid",
    });
  } catch (error) {
    const status = (error as { status?: number }).status;
    throw new UserError(
      `GitHub rejected the check run (HTTP ${status}): ${(error as Error).message.split("\n")[0]}`,
    );
  }
  return "the invalid call was accepted";
}

async function upload(files: string[]): Promise<string> {
  if (files.length === 0) throw new UserError("mode 'upload' needs the 'files' input");
  const { DefaultArtifactClient } = await import("@actions/artifact");
  const name = getStringInput("artifact-name", { default: "fixture" });
  const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, commonRoot(files));
  core.info(`uploaded artifact ${name} (${id}, ${size} bytes)`);
  setOutput("artifact-id", String(id));
  return `uploaded ${name}`;
}

async function download(): Promise<string> {
  const { DefaultArtifactClient } = await import("@actions/artifact");
  const client = new DefaultArtifactClient();
  const context = getContext();
  const name = getStringInput("artifact-name", { default: "fixture" });
  const runId = getNumberInput("artifact-run-id", { integer: true, min: 1 });
  const token = getStringInput("github-token");
  const findBy =
    runId !== undefined && runId !== context.runId && token
      ? { token, workflowRunId: runId, repositoryOwner: context.owner, repositoryName: context.repo }
      : undefined;
  const { artifact } = await client.getArtifact(name, findBy ? { findBy } : {});
  const path = `${workspaceDir()}/downloaded`;
  await client.downloadArtifact(artifact.id, { path, ...(findBy && { findBy }) });
  const { readdirSync } = await import("node:fs");
  const downloaded = readdirSync(path, { recursive: true, encoding: "utf8" }).sort();
  setOutput("downloaded", downloaded);
  return `downloaded ${name} from run ${runId ?? context.runId}`;
}

function commonRoot(files: string[]): string {
  let root = dirname(files[0] ?? workspaceDir());
  while (files.some((file) => relative(root, file).startsWith(".."))) root = dirname(root);
  return root;
}
