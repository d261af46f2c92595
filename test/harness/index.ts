export {
  type HarnessReport,
  ReportValidationError,
  readReports,
  reportsDir,
  validateReports,
} from "./reports.ts";
export {
  type ArtifactServiceLike,
  assertNode24,
  type BundledRun,
  type GitHubServerLike,
  placeholderToken,
  type RunBundledOptions,
  resolveBundledAction,
  runBundled,
  unreachableApiUrl,
} from "./run-bundled.ts";
export { eventPayload, type HarnessEventName, webhookExample, webhookExamples } from "./webhook-examples.ts";
