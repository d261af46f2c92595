import { basename } from "node:path";
import type { GitHubContext } from "@mlops-actions/kit";
import { defaultTags, imageLabels, modelNameFrom } from "@mlops-actions/oci";
import type { BuildInputs } from "./inputs.ts";
import { metricsSummary } from "./metrics-label.ts";
import type { BuildPlan } from "./outcome.ts";

/** Name, time, tags and labels of the build, from the inputs, git and the event's repository. */
export async function makePlan(
  inputs: BuildInputs,
  github: GitHubContext,
  epoch: { seconds: number },
  workDir: string,
): Promise<BuildPlan> {
  const created = new Date(epoch.seconds * 1000).toISOString().replace(".000Z", "Z");
  const repository = github.payload.repository as
    | { default_branch?: string; description?: string; license?: { spdx_id?: string } }
    | undefined;
  const gitTags = defaultTags({
    sha: github.sha,
    ref: github.ref,
    ...(repository?.default_branch ? { defaultBranch: repository.default_branch } : {}),
    ...(github.pullRequestNumber !== undefined ? { pullRequestNumber: github.pullRequestNumber } : {}),
  });
  const tags = [...new Set([...gitTags, ...inputs.tags])];
  const spdx = repository?.license?.spdx_id;
  const facts = {
    ...(github.sha ? { revision: github.sha } : {}),
    ...(github.owner ? { sourceUrl: `${github.serverUrl}/${github.owner}/${github.repo}` } : {}),
    ...(spdx && spdx !== "NOASSERTION" ? { licenses: spdx } : {}),
  };
  const metricsLabel = inputs.metrics ? await metricsSummary(inputs.metrics) : "";
  const modelName = inputs.modelName || modelNameFrom(basename(inputs.model));
  return {
    modelName,
    created,
    epochSeconds: epoch.seconds,
    tags,
    workDir,
    facts,
    labels: (model) => ({
      ...imageLabels({
        created,
        ...facts,
        ...(tags[0] ? { version: tags[0] } : {}),
        title: modelName,
        ...(repository?.description ? { description: repository.description } : {}),
        ...(metricsLabel ? { metricsSummary: metricsLabel } : {}),
        ...model,
      }),
      ...inputs.labels,
    }),
    log: (line) => console.log(line),
  };
}
