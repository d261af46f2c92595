import { createRequire } from "node:module";

/** One webhook definition of `@octokit/webhooks-examples` (its api.github.com/index.json). */
interface WebhookDefinition {
  name: string;
  examples: Array<Record<string, unknown>>;
}

const require = createRequire(import.meta.url);
let definitions: WebhookDefinition[] | undefined;

function allDefinitions(): WebhookDefinition[] {
  definitions ??= require("@octokit/webhooks-examples") as WebhookDefinition[];
  return definitions;
}

/** Every real example payload GitHub published for an event (e.g. "pull_request"). */
export function webhookExamples(event: string): Array<Record<string, unknown>> {
  const definition = allDefinitions().find((candidate) => candidate.name === event);
  if (definition === undefined) throw new Error(`@octokit/webhooks-examples has no examples for '${event}'`);
  return definition.examples;
}

/** The first example that matches, as a fresh copy a test may change. */
export function webhookExample(
  event: string,
  matches: (payload: Record<string, unknown>) => boolean = () => true,
) {
  const example = webhookExamples(event).find(matches);
  if (example === undefined) throw new Error(`no '${event}' example matches the filter`);
  return structuredClone(example);
}

export type HarnessEventName = "pull_request" | "push" | "workflow_run" | "schedule";

/**
 * The payload GITHUB_EVENT_PATH holds for an event: a real example from GitHub's published payloads
 * (pull_request "opened", a branch push with commits, a successful workflow_run "completed"); for
 * schedule GitHub sends only `{ "schedule": "<cron>" }`.
 */
export function eventPayload(event: HarnessEventName, cron = "0 3 * * 1"): Record<string, unknown> {
  switch (event) {
    case "pull_request":
      return webhookExample("pull_request", (payload) => payload.action === "opened");
    case "push":
      return webhookExample(
        "push",
        (payload) =>
          String(payload.ref).startsWith("refs/heads/") &&
          Array.isArray(payload.commits) &&
          payload.commits.length > 0,
      );
    case "workflow_run":
      return webhookExample(
        "workflow_run",
        (payload) =>
          payload.action === "completed" &&
          (payload.workflow_run as { conclusion?: unknown })?.conclusion === "success",
      );
    case "schedule":
      return { schedule: cron };
  }
}
