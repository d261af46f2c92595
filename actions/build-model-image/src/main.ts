import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getContext, run, workspaceDir } from "@mlops-actions/kit";
import { buildModelPackArtifact } from "./build-modelpack.ts";
import { buildServingImage } from "./build-serving-image.ts";
import { readInputs } from "./inputs.ts";
import { makePlan } from "./plan.ts";
import { publishOutcome } from "./publish.ts";
import { explainError } from "./registry-hint.ts";
import { sourceDateEpoch } from "./source-date.ts";

await run(async () => {
  const inputs = readInputs();
  const github = getContext();
  const epoch = sourceDateEpoch(workspaceDir());
  const workDir = mkdtempSync(join(github.runnerTemp || tmpdir(), "build-model-image-"));
  try {
    const plan = await makePlan(inputs, github, epoch, workDir);
    const outcome =
      inputs.format === "modelpack"
        ? await buildModelPackArtifact(inputs, plan)
        : await buildServingImage(inputs, plan);
    await publishOutcome(inputs, outcome, epoch);
  } catch (error) {
    throw explainError(error, inputs.target);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
});
