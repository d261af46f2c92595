import { createHash } from "node:crypto";
import type { HashedFile } from "./file-hash.ts";

export interface CacheKeyInput {
  command: string;
  shell: string;
  /** The working directory relative to the workspace: the same script elsewhere is another run. */
  workingDirectory: string;
  deps: HashedFile[];
  /** sha256 of the params file, when there is one. */
  paramsSha256?: string;
  /** The variables of the `env` input (what the user chose to pass), not the whole environment. */
  env: Record<string, string>;
  /** The backend the run would use: a model from the cluster is not the runner's model. */
  backend: string;
}

/** Bumped when what goes into the key changes, so old entries stop matching. */
const KEY_FORMAT = 1;
export const CACHE_KEY_PREFIX = "mlops-train-";

/**
 * The run-cache key, like DVC's run cache: a sha256 over a canonical JSON of everything that defines the
 * run. Deps are keyed by path and content, so renaming a dep or changing one byte gives a new key.
 */
export function runCacheKey(input: CacheKeyInput): string {
  const canonical = JSON.stringify({
    format: KEY_FORMAT,
    command: input.command,
    shell: input.shell,
    workingDirectory: input.workingDirectory,
    backend: input.backend,
    deps: [...input.deps]
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .map((dep) => [dep.path, dep.sha256]),
    params: input.paramsSha256 ?? null,
    env: Object.keys(input.env)
      .sort()
      .map((name) => [name, input.env[name]]),
  });
  return `${CACHE_KEY_PREFIX}${createHash("sha256").update(canonical).digest("hex")}`;
}
