import * as core from "@actions/core";
import { type CheckAnnotation, conclusionOf, publishCheckRun } from "@mlops-actions/github";
import { annotate, type GitHubContext } from "@mlops-actions/kit";
import type { GitHubClient } from "@mlops-actions/kit/github";
import type { Evaluation } from "@mlops-actions/metrics";
import { type GateBody, headline } from "./render.ts";

export interface GateCheck {
  context: GitHubContext;
  name: string;
  headSha: string;
  evaluation: Evaluation;
  body: GateBody;
  annotations: CheckAnnotation[];
}

/**
 * The verdict as a check run: the overview as its summary, the table as its text. When GitHub refuses
 * (a fork's read-only token) a notice says so and the step's own status remains the gate.
 */
export async function publishGateCheck(
  octokit: GitHubClient,
  check: GateCheck,
): Promise<{ id: number; url: string } | undefined> {
  const { context, evaluation, body } = check;
  const result = await publishCheckRun(octokit, {
    owner: context.owner,
    repo: context.repo,
    name: check.name,
    headSha: check.headSha,
    conclusion: conclusionOf(evaluation.verdict),
    title: `${headline(evaluation)}: ${evaluation.summary}`,
    summary: body.overview.map((part) => part.html).join("\n\n"),
    text: body.details.map((part) => part.html).join("\n\n"),
    annotations: check.annotations,
    ...(context.runUrl && { detailsUrl: context.runUrl }),
  });
  if (result.created) return { id: result.id, url: result.url };
  if (result.forbidden) {
    annotate({
      level: "notice",
      message:
        `No check run '${check.name}' (the token may not write checks, as in pull requests from forks): ` +
        "the verdict is in the job summary and the step's status still gates.",
    });
  } else core.warning(`No check run '${check.name}': ${result.reason}`);
  return undefined;
}
