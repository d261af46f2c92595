import * as core from "@actions/core";
import { runPost } from "@mlops-actions/kit";
import { RAY_STATE } from "./ray-state.ts";

// Runs after the main step however it ended. The main step clears the state once its Ray job has
// ended; a job still recorded here was left running by a cancelled or killed step, so it is stopped.
await runPost(async () => {
  const state = core.getState(RAY_STATE);
  if (!state) return;
  const { address, submissionId } = JSON.parse(state) as { address: string; submissionId: string };
  const { RayJobsClient } = await import("@mlops-actions/train");
  const client = new RayJobsClient(address, process.env.RAY_AUTH_TOKEN);
  const job = await client.getJob(submissionId);
  if (job === undefined || ["STOPPED", "SUCCEEDED", "FAILED"].includes(job.status)) return;
  const stopped = await client.stopJob(submissionId);
  core.info(stopped ? `Stopped Ray job ${submissionId}.` : `Ray job ${submissionId} could not be stopped.`);
});
