export type { FaultKind, FaultSpec } from "./faults.ts";
export { responseProblems } from "./openapi.ts";
export { type AppRecord, addApp } from "./routes/apps.ts";
export {
  defaultRepository,
  defaultToken,
  type GitHubServer,
  type GitHubServerOptions,
  type RecordedRequest,
  startGitHubServer,
} from "./server.ts";
export {
  GitHubState,
  githubActionsBot,
  type Permission,
  type PullRequestSeed,
  type WorkflowRunSeed,
} from "./state.ts";
