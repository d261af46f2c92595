import type { GitHubClient } from "@mlops-actions/kit/github";

/** GitHub refuses check run output fields longer than this (characters). */
export const CHECK_OUTPUT_LIMIT = 65_535;
/** GitHub takes at most this many annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

export type CheckConclusion = "success" | "neutral" | "failure";

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  name: string;
  /** The commit the check belongs to: a pull request's head, else the pushed commit. */
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations?: readonly CheckAnnotation[];
  detailsUrl?: string;
}

export type CheckRunResult =
  | { created: true; id: number; url: string }
  | { created: false; forbidden: boolean; reason: string };

/** The verdict as a check conclusion: warn is neutral, so a required check does not block on it. */
export function conclusionOf(verdict: "pass" | "warn" | "fail"): CheckConclusion {
  return verdict === "pass" ? "success" : verdict === "warn" ? "neutral" : "failure";
}

/** Cuts text to GitHub's limit, saying so at the end. */
export function fitCheckText(text: string, limit = CHECK_OUTPUT_LIMIT): string {
  if (text.length <= limit) return text;
  const note = "\n\n… (truncated; see the job summary for everything)";
  return text.slice(0, limit - note.length) + note;
}

/**
 * Creates a completed check run (annotations beyond the first 50 are added by updates). A refusal, such
 * as a fork pull request's read-only token (403), is returned rather than thrown: the job status still
 * gates, so a missing check run must never fail the step.
 */
export async function publishCheckRun(
  octokit: GitHubClient,
  request: CheckRunRequest,
): Promise<CheckRunResult> {
  const annotations = request.annotations ?? [];
  const output = (batch: readonly CheckAnnotation[]) => ({
    title: request.title.slice(0, 255),
    summary: fitCheckText(request.summary),
    ...(request.text !== undefined && { text: fitCheckText(request.text) }),
    ...(batch.length > 0 && { annotations: [...batch] }),
  });
  try {
    const { data } = await octokit.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      name: request.name,
      head_sha: request.headSha,
      status: "completed",
      conclusion: request.conclusion,
      ...(request.detailsUrl && { details_url: request.detailsUrl }),
      output: output(annotations.slice(0, ANNOTATIONS_PER_REQUEST)),
    });
    for (let start = ANNOTATIONS_PER_REQUEST; start < annotations.length; start += ANNOTATIONS_PER_REQUEST) {
      await octokit.rest.checks.update({
        owner: request.owner,
        repo: request.repo,
        check_run_id: Number(data.id),
        output: output(annotations.slice(start, start + ANNOTATIONS_PER_REQUEST)),
      });
    }
    return { created: true, id: Number(data.id), url: data.html_url ?? "" };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === undefined) throw error;
    const message = (error as Error).message.split("\n")[0] ?? "";
    return {
      created: false,
      forbidden: status === 403,
      reason: `GitHub answered ${status} to creating the check run: ${message}`,
    };
  }
}
