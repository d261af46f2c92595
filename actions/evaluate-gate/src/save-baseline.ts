import * as core from "@actions/core";
import { isPushToDefaultBranch, uploadBaselineArtifact } from "@mlops-actions/github";
import {
  ARTIFACT_SERVICE_MISSING,
  artifactServiceAvailable,
  type GitHubContext,
  workspaceDir,
} from "@mlops-actions/kit";
import type { GateInputs } from "./inputs.ts";

/**
 * `save-baseline`: uploads the metrics files as the baseline artifact (`auto`: on pushes to the default
 * branch), so later pull requests find them. A failed upload is a warning: the verdict stands.
 */
export async function saveBaselineIfWanted(inputs: GateInputs, context: GitHubContext): Promise<void> {
  const wanted =
    inputs.saveBaseline === "true" ||
    (inputs.saveBaseline === "auto" &&
      isPushToDefaultBranch(context.eventName, context.ref, context.payload));
  if (!wanted) return;
  if (!artifactServiceAvailable()) {
    core.notice(`The baseline artifact was not saved: ${ARTIFACT_SERVICE_MISSING}.`);
    return;
  }
  try {
    const uploaded = await uploadBaselineArtifact({
      name: inputs.baselineArtifact,
      files: inputs.metricsFiles,
      root: workspaceDir(),
    });
    core.info(
      `Saved the metrics as artifact ${inputs.baselineArtifact} (id ${uploaded.id ?? "?"}) for later pull requests`,
    );
  } catch (error) {
    const message = (error as Error).message.split("\n")[0];
    core.warning(`Could not save the baseline artifact ${inputs.baselineArtifact}: ${message}`);
  }
}
