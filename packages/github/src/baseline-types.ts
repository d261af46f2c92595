/** Where a baseline was found: a run's artifact, a commit, a workspace path; or deliberately none / not found. */
export type BaselineSource = "artifact" | "git" | "file" | "none" | "missing";

/** One place looked in while resolving a baseline, so that no fallback is ever silent. */
export interface BaselineAttempt {
  source: "artifact" | "git" | "file";
  found: boolean;
  detail: string;
}

/** One metrics file of the baseline: its name (relative to the artifact, commit or workspace) and text. */
export interface BaselineFile {
  name: string;
  text: string;
}

/** Where the baseline came from; every field but `source`, `description` and `attempts` is when known. */
export interface BaselineProvenance {
  source: BaselineSource;
  /** One line for people, e.g. `artifact ml-metrics of run 42 on main (abc1234)`. */
  description: string;
  sha?: string;
  ref?: string;
  runId?: number;
  runUrl?: string;
  artifact?: { id: number; name: string };
  files?: string[];
  createdAt?: string;
  ageDays?: number;
  /** Why the baseline may not be a fair comparison; empty when fine. */
  stale: string[];
  attempts: BaselineAttempt[];
}

export interface ResolvedBaseline {
  /** Undefined when there is no baseline (`none` or not found). */
  files?: BaselineFile[];
  provenance: BaselineProvenance;
}
