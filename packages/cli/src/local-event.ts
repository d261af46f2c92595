import { existsSync, readFileSync } from "node:fs";
import type { ActionEvent } from "@mlops-actions/runner";
import type { GitCheckout } from "./git-checkout.ts";
import { UsageError } from "./usage-error.ts";

const eventNames = ["push", "pull_request", "schedule", "workflow_dispatch"] as const;

/**
 * The event a local run pretends to be triggered by: a small payload in GitHub's shape built from the
 * checkout (repository, branch, sha), or a payload file whose event name is inferred from its content.
 */
export function localEvent(spec: string | undefined, git: GitCheckout): ActionEvent {
  const repository = { full_name: git.repository ?? "local/repository", default_branch: "main" };
  const branch = git.ref?.startsWith("refs/heads/") ? git.ref.slice("refs/heads/".length) : "main";
  switch (spec ?? "workflow_dispatch") {
    case "push":
      return {
        name: "push",
        payload: { ref: git.ref ?? "refs/heads/main", after: git.sha ?? "0".repeat(40), repository },
      };
    case "pull_request":
      return {
        name: "pull_request",
        payload: {
          action: "opened",
          number: 1,
          pull_request: {
            number: 1,
            head: { ref: branch, sha: git.sha ?? "0".repeat(40) },
            base: { ref: "main", sha: "0".repeat(40) },
          },
          repository,
        },
      };
    case "schedule":
      return { name: "schedule", payload: { schedule: "0 0 * * *", repository } };
    case "workflow_dispatch":
      return {
        name: "workflow_dispatch",
        payload: { inputs: {}, ref: git.ref ?? "refs/heads/main", repository },
      };
    default:
      return eventFromFile(spec as string);
  }
}

function eventFromFile(file: string): ActionEvent {
  if (!file.endsWith(".json") || !existsSync(file)) {
    throw new UsageError(
      `--event '${file}' is neither one of ${eventNames.join(", ")} nor an existing .json file`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`--event '${file}' is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new UsageError(`--event '${file}' does not hold a JSON object`);
  }
  return {
    name: inferEventName(payload as Record<string, unknown>),
    payload: payload as Record<string, unknown>,
  };
}

function inferEventName(payload: Record<string, unknown>): string {
  if ("pull_request" in payload) return "pull_request";
  if ("workflow_run" in payload) return "workflow_run";
  if ("schedule" in payload) return "schedule";
  if ("after" in payload && "ref" in payload) return "push";
  return "workflow_dispatch";
}
