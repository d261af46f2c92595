import { resolve } from "node:path";
import * as core from "@actions/core";
import { cacheServiceAvailable, workspaceRelative } from "@mlops-actions/kit";
import {
  type HashedFile,
  hashFiles,
  type ParamsRecord,
  readParams,
  resolveFiles,
  runCacheKey,
} from "@mlops-actions/train";
import type { TrainInputs } from "./inputs.ts";

export interface RunPlan {
  deps: HashedFile[];
  params: ParamsRecord | undefined;
  /** The run-cache key when `cache` is on. */
  cacheKey: string | undefined;
  /** What an entry holds: the `model` and `metrics` patterns, workspace-relative. */
  cachePaths: string[];
  /** The cache is on, there is something to cache, and the cache service is there. */
  useCache: boolean;
}

/** What defines the run, known before it starts: deps and params hashed, the cache key. */
export async function planRun(inputs: TrainInputs): Promise<RunPlan> {
  const cwd = inputs.workingDirectory;
  const deps = await hashFiles(await resolveFiles(inputs.deps, cwd, "deps"), cwd);
  const paramsFile = inputs.params === undefined ? undefined : resolve(cwd, inputs.params);
  const params =
    paramsFile === undefined ? undefined : await readParams(paramsFile, workspaceRelative(paramsFile));
  const cacheKey = inputs.cache
    ? runCacheKey({
        command: inputs.run,
        shell: inputs.shell,
        workingDirectory: workspaceRelative(cwd),
        deps,
        ...(params ? { paramsSha256: params.sha256 } : {}),
        env: inputs.env,
        backend: inputs.backend,
      })
    : undefined;
  const cachePaths = [...inputs.model, ...(inputs.metrics ? [inputs.metrics] : [])].map((path) =>
    workspaceRelative(resolve(cwd, path)),
  );
  const useCache = cacheKey !== undefined && cachePaths.length > 0 && cacheServiceAvailable();
  if (cacheKey !== undefined && !useCache) {
    core.notice(
      cachePaths.length === 0
        ? "Run cache off: neither 'model' nor 'metrics' is given, so there is nothing to restore."
        : "Run cache off: the cache service is not available (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset).",
    );
  }
  return { deps, params, cacheKey, cachePaths, useCache };
}
