type Env = Record<string, string | undefined>;

/**
 * The runner gives a job its artifact and cache services through these variables; outside a runner
 * (the local CLI) they are unset, and actions skip what needs them with a notice instead of failing.
 */
export function artifactServiceAvailable(env: Env = process.env): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

export function cacheServiceAvailable(env: Env = process.env): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && (env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL));
}

export const ARTIFACT_SERVICE_MISSING =
  "the artifact service is not available (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset)";
