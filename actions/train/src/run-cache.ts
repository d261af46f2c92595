import * as core from "@actions/core";

/**
 * The run cache over GitHub's cache service (`@actions/cache`, loaded only when a run is cached). The
 * paths are workspace-relative patterns known before the run (the `model` and `metrics` inputs), because
 * the service keys an entry by key *and* paths.
 */
/** Restores the entry of `key`; true on an exact hit. */
export async function restoreRun(paths: string[], key: string): Promise<boolean> {
  const { restoreCache } = await import("@actions/cache");
  const matched = await restoreCache(paths, key);
  return matched === key;
}

/** Saves the run's outputs under `key`; a failure to save is a warning, never a failed step. */
export async function saveRun(paths: string[], key: string): Promise<boolean> {
  const { saveCache } = await import("@actions/cache");
  try {
    return (await saveCache(paths, key)) > 0;
  } catch (error) {
    core.warning(`The run cache could not be saved: ${(error as Error).message}`);
    return false;
  }
}
