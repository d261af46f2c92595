// The mlops-actions GitHub App: posts the metrics comments that fork pull requests' runs left in
// artifacts, with the same renderer and sticky-comment logic as the metrics-comment action.
export { type AppCredentials, installationClient } from "./app-client.ts";
export { type ArtifactComment, readArtifactComment } from "./artifact-comment.ts";
export { type BotConfig, readConfig } from "./config.ts";
export {
  isCompletedPullRequestRun,
  postRunComments,
  type SectionOutcome,
  type WorkflowRunEvent,
} from "./post-run-comments.ts";
export { type BotServer, type BotServerOptions, startBotServer } from "./server.ts";
