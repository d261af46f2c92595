import { randomUUID } from "node:crypto";
import type { BackendIds } from "./runtime-token.ts";

/**
 * The results service knows runs and jobs by opaque backend ids (UUIDs), not by GITHUB_RUN_ID. This
 * registry hands out stable ids per run and per job and maps a run's backend id back to its run id, so
 * that artifacts land in the shared store under the run id the REST API lists them by.
 */
export class BackendIdRegistry {
  readonly #runBackendIds = new Map<number, string>();
  readonly #runIdsByBackendId = new Map<string, number>();
  readonly #jobBackendIds = new Map<string, string>();

  idsFor(runId: number, jobId: string): BackendIds {
    let workflowRunBackendId = this.#runBackendIds.get(runId);
    if (workflowRunBackendId === undefined) {
      workflowRunBackendId = randomUUID();
      this.#runBackendIds.set(runId, workflowRunBackendId);
      this.#runIdsByBackendId.set(workflowRunBackendId, runId);
    }
    const jobKey = `${runId}\n${jobId}`;
    let workflowJobRunBackendId = this.#jobBackendIds.get(jobKey);
    if (workflowJobRunBackendId === undefined) {
      workflowJobRunBackendId = randomUUID();
      this.#jobBackendIds.set(jobKey, workflowJobRunBackendId);
    }
    return { workflowRunBackendId, workflowJobRunBackendId };
  }

  runIdOf(workflowRunBackendId: string): number | undefined {
    return this.#runIdsByBackendId.get(workflowRunBackendId);
  }
}
