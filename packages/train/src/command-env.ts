/**
 * The environment a training command gets: the step's own, minus what only the action itself should see
 * (its inputs and saved state, and the runner's tokens for the results and OIDC services, which GitHub
 * gives to actions but not to `run:` steps), plus the `env` input and what the action adds (MLflow).
 */
const ACTION_ONLY = [
  /^INPUT_/,
  /^STATE_/,
  /^ACTIONS_RUNTIME_TOKEN$/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_CACHE_URL$/,
  /^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,
];

export function commandEnvironment(
  base: NodeJS.ProcessEnv,
  ...layers: Record<string, string>[]
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && !ACTION_ONLY.some((pattern) => pattern.test(name))) env[name] = value;
  }
  for (const layer of layers) Object.assign(env, layer);
  return env;
}

/**
 * An id for this training run that a retried step keeps: the workflow run, its attempt is left out
 * on purpose (a re-run must find the job it already started), the job and the step. Outside a
 * workflow, a random one.
 */
export function trainingRunId(
  env: NodeJS.ProcessEnv,
  random: () => string = () => crypto.randomUUID(),
): string {
  const { GITHUB_RUN_ID: runId, GITHUB_JOB: job, GITHUB_ACTION: step, GITHUB_REPOSITORY: repo } = env;
  if (!runId) return `local-${random()}`;
  const parts = [repo?.split("/")[1], runId, job, step].filter((part): part is string => Boolean(part));
  return parts
    .join("-")
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .slice(0, 120);
}
