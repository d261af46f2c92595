import { actionsRoutes } from "./actions.ts";
import { checkRoutes } from "./checks.ts";
import { deploymentRoutes } from "./deployments.ts";
import { issueRoutes } from "./issues.ts";
import { pullRoutes } from "./pulls.ts";
import { repositoryRoutes } from "./repositories.ts";
import type { HandlerTable } from "./types.ts";

/** Every operation this server keeps state for; any other operation GitHub documents answers 501. */
export const handlers: HandlerTable = {
  ...repositoryRoutes,
  ...issueRoutes,
  ...pullRoutes,
  ...checkRoutes,
  ...deploymentRoutes,
  ...actionsRoutes,
};

/** GitHub App operations: authenticated by the app's JWT, answered without a repository in the path. */
export { type AppRecord, addApp, appHandlers, looksLikeJwt, verifyAppJwt } from "./apps.ts";
