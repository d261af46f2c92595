// GitHub-facing pieces of the actions: baseline lookup (workflow runs, artifacts, git), check runs.
// Sticky comments live in "@mlops-actions/github/sticky-comment".
export { type DownloadArtifactOptions, downloadArtifactFiles, readFolderFiles } from "./artifact-files.ts";
export { type BaselineHistoryQuery, listBaselineHistory } from "./baseline-history.ts";
export { type BaselineSpec, parseBaselineSpec } from "./baseline-spec.ts";
export type {
  BaselineAttempt,
  BaselineFile,
  BaselineProvenance,
  BaselineSource,
  ResolvedBaseline,
} from "./baseline-types.ts";
export {
  ANNOTATIONS_PER_REQUEST,
  CHECK_OUTPUT_LIMIT,
  type CheckAnnotation,
  type CheckConclusion,
  type CheckRunRequest,
  type CheckRunResult,
  conclusionOf,
  fitCheckText,
  publishCheckRun,
} from "./check-run.ts";
export {
  type BaselineRunLookup,
  type BaselineRunMatch,
  type BaselineRunQuery,
  findBaselineRun,
} from "./find-baseline-run.ts";
export { commitDate, type GitResult, mergeBase, resolveCommit, runGit, showFileAt } from "./git.ts";
export { type GitHubAccess, type ResolveBaselineOptions, resolveBaseline } from "./resolve-baseline.ts";
export { ageInDays, STALE_AFTER_DAYS, type StalenessInput, stalenessReasons } from "./staleness.ts";
export {
  isPushToDefaultBranch,
  type UploadBaselineOptions,
  uploadBaselineArtifact,
} from "./upload-baseline.ts";
export { currentWorkflowId, workflowFileFromRef } from "./workflow-id.ts";
