export type AnnotationLevel = "error" | "warning" | "notice";

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export type StepStage = "pre" | "main" | "post";

/** What one stage (pre, main or post) of a node action produced. */
export interface StepRun {
  stage: StepStage;
  exitCode: number;
  /** The runner's verdict: a file command that cannot be parsed fails a step whose process exited 0. */
  outcome: "success" | "failure";
  outputs: Record<string, string>;
  /** The markdown written to GITHUB_STEP_SUMMARY, masked. */
  summary: string;
  annotations: Annotation[];
  /** Messages of `::debug::` commands (always collected; shown in `logs` only with RUNNER_DEBUG=1). */
  debug: string[];
  /** The step's log as the runner shows it: commands consumed, secrets masked, in arrival order. */
  logs: string[];
  /** Values registered with `::add-mask::` (and the token), unmasked. */
  masks: string[];
  /** Saved with GITHUB_STATE or `::save-state`; becomes STATE_<name> for the following stages. */
  state: Record<string, string>;
  /** Set with GITHUB_ENV; carried into the following stages. */
  env: Record<string, string>;
  /** Added with GITHUB_PATH; prepended to PATH of the following stages. */
  path: string[];
  workspace: string;
  runnerTemp: string;
  durationMs: number;
  timedOut: boolean;
  /** Differences from the real runner worth knowing about (e.g. required inputs it does not check). */
  notes: string[];
}

export interface ActionRun extends StepRun {
  pre?: StepRun;
  post?: StepRun;
}
